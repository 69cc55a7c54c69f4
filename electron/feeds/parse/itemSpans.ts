// Where each item of an XML feed lies in its text, found by a scan that knows tags, comments, CDATA and processing
// instructions and nothing else. A reader that has the items of the last fetch can so leave the unchanged ones out
// before parsing (knownMarkup.ts): parsing is most of the cost of reading a feed again.

/** The start and end offsets of one item's markup: `<item …>` to its `</item>`, or an empty `<item/>`. */
export type ItemSpan = readonly [start: number, end: number];

const itemNames = new Set(['item', 'entry']);

/** The end of the tag opened at `start` (the index of its `>`), stepping over quoted attribute values; -1 if none. */
function tagEnd(text: string, start: number): number {
  let quote = 0;
  for (let index = start + 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return index;
    else if (code === 60) return -1;
  }
  return -1;
}

const nameEnd = /[\s/>]/g;

function tagName(text: string, start: number, end: number): string {
  nameEnd.lastIndex = start;
  const match = nameEnd.exec(text);
  return text.slice(start, match && match.index < end ? match.index : end);
}

/** What a declaration (`<!DOCTYPE …>`, with its internal subset) spans, from `start`: the index after it; -1 if unended. */
function declarationEnd(text: string, start: number): number {
  const close = text.indexOf('>', start);
  const subset = text.indexOf('[', start);
  if (subset < 0 || (close >= 0 && close < subset)) return close < 0 ? -1 : close + 1;
  const subsetEnd = text.indexOf(']', subset);
  const after = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
  return after < 0 ? -1 : after + 1;
}

/**
 * The items (`item` or `entry`, any prefix) of an XML feed's text, in document order, each the outermost such element;
 * null when the text is not well-formed enough to tell (an unended tag, comment or CDATA section, a close without an
 * open, an element left open): the caller then reads the whole document as it always does.
 */
export function itemSpans(text: string): ItemSpan[] | null {
  const spans: ItemSpan[] = [];
  let depth = 0;
  let itemDepth = -1;
  let itemStart = 0;
  let position = 0;
  for (;;) {
    const open = text.indexOf('<', position);
    if (open < 0) break;
    const next = text.charCodeAt(open + 1);
    if (next === 33 /* ! */) {
      if (text.startsWith('<!--', open)) {
        const end = text.indexOf('-->', open + 4);
        if (end < 0) return null;
        position = end + 3;
      } else if (text.startsWith('<![CDATA[', open)) {
        const end = text.indexOf(']]>', open + 9);
        if (end < 0) return null;
        position = end + 3;
      } else {
        if (depth > 0) return null;
        position = declarationEnd(text, open);
        if (position < 0) return null;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = text.indexOf('?>', open + 2);
      if (end < 0) return null;
      position = end + 2;
      continue;
    }
    const close = tagEnd(text, open);
    if (close < 0) return null;
    position = close + 1;
    if (next === 47 /* / */) {
      depth -= 1;
      if (depth < 0) return null;
      if (depth === itemDepth) {
        spans.push([itemStart, position]);
        itemDepth = -1;
      }
      continue;
    }
    const name = tagName(text, open + 1, close);
    if (name === '') return null;
    const selfClosing = text.charCodeAt(close - 1) === 47;
    if (itemDepth < 0 && itemNames.has(name.slice(name.indexOf(':') + 1))) {
      if (selfClosing) spans.push([open, position]);
      else {
        itemDepth = depth;
        itemStart = open;
      }
    }
    if (!selfClosing) depth += 1;
  }
  return depth === 0 && itemDepth < 0 ? spans : null;
}

/** The text without the markup of these spans (in document order, not overlapping). */
export function withoutSpans(text: string, spans: readonly ItemSpan[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    parts.push(text.slice(from, start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
