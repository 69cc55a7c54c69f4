// An article body seen as a sequence of lines, whether the publisher used paragraphs, <br> or bare
// newlines, so that lines at its edges can be taken out without re-serialising the rest.

import { decodeEntities, tidyWhitespace } from './htmlText';

export interface Block {
  /** The exact slice of the original HTML; joining all blocks gives the HTML back. */
  html: string;
  /** Its text on one line, entities decoded. */
  text: string;
  /** Images, video and other embeds count as content even without text. */
  hasMedia: boolean;
}

const BLOCK_END =
  /<\/(?:p|div|li|h[1-6]|blockquote|pre|section|article|header|footer|aside|figure|figcaption|table|ul|ol|dl|dd|dt)\s*>|<br\s*\/?>|<hr\b[^>]*>|\n/gi;
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(\/?)>/g;
const MEDIA = /<(?:img|video|audio|iframe|picture|svg|object|embed)\b/i;
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source', 'track', 'area', 'col', 'embed', 'param']);

/** The HTML cut into line-sized slices; joining them gives the HTML back. */
export function splitBlocks(html: string): string[] {
  const blocks: string[] = [];
  let start = 0;
  BLOCK_END.lastIndex = 0;
  for (let match = BLOCK_END.exec(html); match; match = BLOCK_END.exec(html)) {
    const end = match.index + match[0].length;
    blocks.push(html.slice(start, end));
    start = end;
  }
  if (start < html.length) blocks.push(html.slice(start));
  return blocks;
}

/** Reads one slice; done only for the few slices at the edges that are looked at. */
export function describeBlock(html: string): Block {
  const text = html.includes('<') ? html.replace(/<[^>]*>/g, ' ') : html;
  return { html, text: tidyWhitespace(decodeEntities(text)).replace(/\n/g, ' '), hasMedia: MEDIA.test(html) };
}

/**
 * What must stay of a block that is taken out: the tags it opens or closes for its neighbours (a
 * `<p>` whose text goes on after a `<br>`, the `</div>` of a wrapper), so the HTML stays balanced.
 */
export function structuralRemainder(html: string): string {
  const kept: { tag: string; name: string; closing: boolean }[] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const whole = match[0];
    const name = (match[1] ?? '').toLowerCase();
    if (VOID_ELEMENTS.has(name) || match[2] === '/') continue;
    const closing = whole.startsWith('</');
    if (closing) {
      const last = kept[kept.length - 1];
      if (last && !last.closing && last.name === name) kept.pop();
      else kept.push({ tag: whole, name, closing });
    } else {
      kept.push({ tag: whole, name, closing });
    }
  }
  return kept.map((entry) => entry.tag).join('');
}

const EMPTY_TAIL = /(?:\s|&nbsp;|<br\s*\/?>|<(p|div|span|strong|em|b|i)\b[^>]*>\s*(?:&nbsp;|<br\s*\/?>|\s)*<\/\1>)+$/i;

const BREAKS_BEFORE_CLOSING_TAGS = /(?:<br\s*\/?>|\s|&nbsp;)+((?:<\/[A-Za-z][A-Za-z0-9]*\s*>\s*)+)$/;

/** Drops the empty paragraphs, line breaks and whitespace left at the end, inside or after the last block. */
export function trimEmptyTail(html: string): string {
  let result = html;
  for (let previous = ''; previous !== result; ) {
    previous = result;
    result = result.replace(EMPTY_TAIL, '').replace(BREAKS_BEFORE_CLOSING_TAGS, '$1');
  }
  return result;
}
