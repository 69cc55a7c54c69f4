// Plain text out of article HTML in one forward pass, without a DOM: this runs for every article of a refresh
// (40,000 on a first one), for titles, excerpts and the language sample, and stops as soon as it has enough text.

import { decodeHTML } from 'entities';

const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article',
  'header', 'footer', 'aside', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'hr', 'dd', 'dt', 'dl',
]);
/** Elements whose content is never read as text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);

const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y;
const TAG_NAME = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/y;

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000;
const isLineBreak = (code: number): boolean => code === 10 || code === 13;

/** Builds the text, keeping at most one separator between runs of words and none at either end. */
class TextBuilder {
  text = '';
  private pending: '' | ' ' | '\n' = '';

  constructor(private readonly lines: boolean) {}

  append(run: string): void {
    if (this.pending && this.text) this.text += this.pending;
    this.pending = '';
    this.text += run;
  }

  space(): void {
    if (!this.pending) this.pending = ' ';
  }

  lineBreak(): void {
    this.pending = this.lines ? '\n' : ' ';
  }
}

/**
 * Scans `html` for its text: tags dropped (block elements end a line, or a word when `lines` is false), hidden
 * elements, comments and CDATA markers skipped, entities decoded, white space collapsed. Stops once `maxChars`
 * characters of text are in hand; a tag cut off at the end of the input counts as markup, not text.
 */
function scanText(html: string, maxChars: number, lines: boolean): string {
  const out = new TextBuilder(lines);
  const length = html.length;
  let index = 0;
  while (index < length && out.text.length < maxChars) {
    const code = html.charCodeAt(index);
    if (code === 60 /* < */) {
      index = skipMarkup(html, index, out);
    } else if (code === 38 /* & */) {
      ENTITY.lastIndex = index;
      const entity = ENTITY.exec(html);
      if (entity) {
        const decoded = decodeHTML(entity[0]);
        if (decoded.length === 1 && isSpace(decoded.charCodeAt(0))) out.space();
        else if (decoded) out.append(decoded);
        index += entity[0].length;
      } else {
        out.append('&');
        index += 1;
      }
    } else if (isSpace(code)) {
      if (isLineBreak(code)) out.lineBreak();
      else out.space();
      index += 1;
    } else if (code === 93 /* ] */ && html.startsWith(']]>', index)) {
      index += 3;
    } else {
      let end = index + 1;
      while (end < length) {
        const next = html.charCodeAt(end);
        if (next === 60 || next === 38 || next === 93 || isSpace(next)) break;
        end++;
      }
      out.append(html.slice(index, end));
      index = end;
    }
  }
  return out.text.length > maxChars ? out.text.slice(0, maxChars).trimEnd() : out.text;
}

/** Skips the markup starting at `start` (a `<`), noting line breaks in `out`; returns where text resumes. */
function skipMarkup(html: string, start: number, out: TextBuilder): number {
  if (html.startsWith('<!--', start)) {
    const end = html.indexOf('-->', start + 4);
    return end < 0 ? html.length : end + 3;
  }
  if (html.startsWith('<![CDATA[', start)) return start + 9;
  TAG_NAME.lastIndex = start;
  const tag = TAG_NAME.exec(html);
  if (!tag && html.charCodeAt(start + 1) !== 33 /* ! */) {
    out.append('<'); // a bare `<` in text, as in "a < b"
    return start + 1;
  }
  const close = html.indexOf('>', start + 1);
  if (close < 0) return html.length;
  const name = (tag?.[2] ?? '').toLowerCase();
  const closing = tag?.[1] === '/';
  if (!closing && HIDDEN_ELEMENTS.has(name)) {
    const end = indexOfClosingTag(html, name, close + 1);
    return end < 0 ? html.length : end;
  }
  if (BLOCK_ELEMENTS.has(name)) out.lineBreak();
  return close + 1;
}

const closingTags = new Map([...HIDDEN_ELEMENTS].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]));

/** Where the text after `</name>` starts, searching from `from`, case-insensitively; -1 when it never closes. */
function indexOfClosingTag(html: string, name: string, from: number): number {
  const pattern = closingTags.get(name);
  if (!pattern) return -1;
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? match.index + match[0].length : -1;
}

/**
 * The text of an HTML fragment, one line per block. With `maxChars`, the scan stops once it has that much text,
 * which is all language detection needs from a long article.
 */
export function htmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): string {
  return scanText(html, maxChars, true);
}

/** The text of an HTML fragment on one line, as titles and excerpts show it. */
export function htmlToLine(html: string, maxChars = Number.POSITIVE_INFINITY): string {
  return scanText(html, maxChars, false);
}

/** Decodes numeric and named character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

const RUNS_OF_SPACE = / [ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+|[\t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000][ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]*/g;
const LINE_ENDS = / ?\r?\n\s*/g;

/** Collapses runs of spaces within lines and drops empty lines. */
export function tidyWhitespace(text: string): string {
  // The patterns match only what needs changing, so ordinary single spaces cost no replacement.
  return text.replace(RUNS_OF_SPACE, ' ').replace(LINE_ENDS, '\n').trim();
}
