import { mainMessage } from '../../../shared/model/mainMessage';
import { FeedProblem } from '../http/feedProblem';

// The XML parser under rss-parser (sax, then xml2js) holds a frame for every open element and an object for every
// element it reads: a 19.6 MB document of nested elements, within the size limit, took 1.6 GB and 12 s of one parse
// worker. So before any parser sees a document, one linear pass over its text counts its elements and how deep they
// nest, and a document beyond either bound is that feed's error. JSON nested as deep (`[[[[…]]]]`) costs JSON.parse
// as much, so JSON documents have the same bound on their depth.

/**
 * Real feeds nest fewer than 10 levels (channel, item, a media group, XHTML content and its inline elements: 9 is the
 * deepest of some 300 real-world feeds and pages measured, web pages 28; a JSON Feed's authors are 5 deep); 256 leaves
 * room for any of them and keeps a nested document's cost small.
 */
export const maxElementDepth = 256;

/**
 * The densest real-world feed measured has about 17,000 elements per megabyte (340,000 at the 20 MB size limit), an
 * ordinary 20 MB feed of 15,000 items about 150,000, and a 20 MB Atom feed of XHTML articles, denser than any seen,
 * 850,000. A million leaves room for all of them while holding a hostile document of empty elements, which fits five
 * million in 20 MB, to about 270 MB of the parser's memory.
 */
export const maxElementCount = 1_000_000;

export interface MarkupShape {
  elements: number;
  /** The deepest nesting met, up to the point where a bound stopped the count. */
  depth: number;
  /** Which bound the document went past, if any. */
  beyond: 'depth' | 'elements' | null;
}

const greaterThan = 0x3e;
const slash = 0x2f;
const doubleQuote = 0x22;
const singleQuote = 0x27;

/** A character that can start an element's name: a letter, `_` or `:`, or anything beyond ASCII. */
function startsName(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a || code > 0x7f;
}

/** A character that ends an element's name in a tag: white space, `/` or `>`. */
function endsName(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === slash || code === greaterThan;
}

/** Where the construct opened at `from` ends (just past `closing`), or the end of the text when it never does. */
function past(text: string, closing: string, from: number): number {
  const at = text.indexOf(closing, from);
  return at < 0 ? text.length : at + closing.length;
}

/** Where a start tag's `>` is, past any `>` inside a quoted attribute value; -1 when the text ends first. */
function tagEnd(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === greaterThan) return index;
    if (code === doubleQuote || code === singleQuote) {
      const close = text.indexOf(code === doubleQuote ? '"' : "'", index + 1);
      if (close < 0) return -1;
      index = close;
    }
  }
  return -1;
}

/**
 * The elements of a document and how deep they nest, as a forgiving parser would read them: CDATA, comments,
 * processing instructions and the DOCTYPE hold none; an end tag closes the innermost open element of its name and any
 * left open inside it (feeds paste HTML with `<br>` and `<p>` unclosed), and one that closes nothing open is ignored.
 * Stops counting at the first bound passed.
 */
export function markupShape(text: string, bounds = { depth: maxElementDepth, elements: maxElementCount }): MarkupShape {
  const open: string[] = [];
  // How many elements of each name are open, so that an end tag matching none costs nothing to pass over.
  const openByName = new Map<string, number>();
  let elements = 0;
  let depth = 0;
  let index = text.indexOf('<');
  while (index >= 0 && index < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<![CDATA[', index)) index = past(text, ']]>', index + 9);
      else if (text.startsWith('<!--', index)) index = past(text, '-->', index + 4);
      else index = declarationEnd(text, index);
    } else if (next === 0x3f /* ? */) {
      index = past(text, '?>', index + 2);
    } else if (next === slash) {
      let nameEnd = index + 2;
      while (nameEnd < text.length && !endsName(text.charCodeAt(nameEnd))) nameEnd += 1;
      const name = text.slice(index + 2, nameEnd);
      if ((openByName.get(name) ?? 0) > 0) {
        for (let closed = open.pop(); closed !== undefined; closed = open.pop()) {
          openByName.set(closed, (openByName.get(closed) ?? 1) - 1);
          if (closed === name) break;
        }
      }
      index = past(text, '>', nameEnd);
    } else if (startsName(next)) {
      let nameEnd = index + 2;
      while (nameEnd < text.length && !endsName(text.charCodeAt(nameEnd))) nameEnd += 1;
      const end = tagEnd(text, nameEnd);
      if (end < 0) break;
      elements += 1;
      if (elements > bounds.elements) return { elements, depth, beyond: 'elements' };
      if (text.charCodeAt(end - 1) !== slash) {
        const name = text.slice(index + 1, nameEnd);
        open.push(name);
        openByName.set(name, (openByName.get(name) ?? 0) + 1);
        depth = Math.max(depth, open.length);
        if (depth > bounds.depth) return { elements, depth, beyond: 'depth' };
      }
      index = end + 1;
    } else {
      // A bare `<` in text, which the repairs escape.
      index += 1;
    }
    index = text.indexOf('<', index);
  }
  return { elements, depth, beyond: null };
}

/** Past a `<!DOCTYPE …>` or other declaration, its internal subset (`[…]`, where `>` is common) included. */
function declarationEnd(text: string, from: number): number {
  const close = text.indexOf('>', from);
  const subset = text.indexOf('[', from);
  if (subset >= 0 && (close < 0 || subset < close)) return past(text, '>', past(text, ']', subset));
  return close < 0 ? text.length : close + 1;
}

/** Throws the feed's error when its markup goes past a bound (see markupShape). */
export function refuseUnboundedMarkup(text: string): void {
  const shape = markupShape(text);
  if (shape.beyond === 'depth') {
    throw new FeedProblem(mainMessage('nestedTooDeep', { depth: maxElementDepth }), 'parse');
  }
  if (shape.beyond === 'elements') {
    throw new FeedProblem(mainMessage('tooManyElements', { count: maxElementCount }), 'parse');
  }
}

/** How deep a JSON document's arrays and objects nest, counted up to `bound` + 1; brackets inside strings are text. */
export function jsonDepth(text: string, bound = maxElementDepth): number {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === doubleQuote) {
      index = stringEnd(text, index + 1);
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      depth += 1;
      deepest = Math.max(deepest, depth);
      if (deepest > bound) return deepest;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      depth -= 1;
    }
  }
  return deepest;
}

/** Where the JSON string whose text starts at `from` closes: its quote not escaped by a backslash. */
function stringEnd(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
  return text.length;
}

/** Throws the feed's error when a JSON document nests deeper than any feed does. */
export function refuseUnboundedJson(text: string): void {
  if (jsonDepth(text) > maxElementDepth) {
    throw new FeedProblem(mainMessage('jsonNestedTooDeep', { depth: maxElementDepth }), 'parse');
  }
}
