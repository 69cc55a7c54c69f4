import { decodeEntities } from './xmlText';

/**
 * A forgiving reader of XML markup, enough for OPML: tags with their attributes, and text. It runs where the page runs
 * and where Node runs, without a DOM, and it takes what strict parsers refuse in exports seen in the wild: bare `&`,
 * HTML entities, quotes left unescaped inside attribute values, unquoted values, a stray `<`, missing end tags. It
 * gives up only where the file stops in the middle of markup, since what followed is lost.
 */

export type MarkupToken =
  | {
      kind: 'open';
      /** Lower case, prefix kept (`outline`, `rdf:rdf`). */
      name: string;
      /** Names in lower case, prefix kept; values with entities decoded; the first of repeated names wins. */
      attributes: Map<string, string>;
      selfClosing: boolean;
      line: number;
    }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string };

export interface MarkupScan {
  tokens: MarkupToken[];
  /** Every `xmlns:prefix="uri"` seen anywhere, prefix in lower case. */
  namespaces: Array<{ prefix: string; uri: string }>;
  /** Set when the file stops inside markup; the tokens are those read before that point. */
  damage: { line: number; problem: string } | null;
}

const cutShort = 'it may have been cut short';

export function scanMarkup(text: string): MarkupScan {
  const tokens: MarkupToken[] = [];
  const namespaces: MarkupScan['namespaces'] = [];
  const lines = lineCounter(text);
  let position = 0;

  const damaged = (at: number, problem: string): MarkupScan => ({ tokens, namespaces, damage: { line: lines.at(at), problem } });

  while (position < text.length) {
    const start = text.indexOf('<', position);
    const textEnd = start === -1 ? text.length : start;
    if (textEnd > position) pushText(tokens, text.slice(position, textEnd));
    if (start === -1) break;

    if (text.startsWith('<!--', start)) {
      const end = text.indexOf('-->', start + 4);
      if (end === -1) return damaged(start, `a comment is never closed; ${cutShort}`);
      position = end + 3;
    } else if (text.startsWith('<![CDATA[', start)) {
      const end = text.indexOf(']]>', start + 9);
      if (end === -1) return damaged(start, `a CDATA section is never closed; ${cutShort}`);
      tokens.push({ kind: 'text', text: text.slice(start + 9, end) });
      position = end + 3;
    } else if (text.startsWith('<?', start)) {
      const end = text.indexOf('?>', start + 2);
      if (end === -1) return damaged(start, `a processing instruction is never closed; ${cutShort}`);
      position = end + 2;
    } else if (text.startsWith('<!', start)) {
      const end = declarationEnd(text, start);
      if (end === -1) return damaged(start, `a declaration is never closed; ${cutShort}`);
      position = end + 1;
    } else if (text.charCodeAt(start + 1) === slash) {
      const end = text.indexOf('>', start + 2);
      if (end === -1) return damaged(start, `the file ends inside a closing tag; ${cutShort}`);
      tokens.push({ kind: 'close', name: text.slice(start + 2, end).trim().toLowerCase(), line: lines.at(start) });
      position = end + 1;
    } else if (isNameStart(text.charCodeAt(start + 1))) {
      const line = lines.at(start);
      const tag = readTag(text, start + 1);
      if (tag.kind === 'cut') return damaged(start, `the file ends in the middle of <${tag.name}>; ${cutShort}`);
      if (tag.kind === 'unclosed-value') return damaged(tag.at, `the value of ${tag.attribute} in <${tag.name}> is never closed; ${cutShort}`);
      for (const [name, value] of tag.attributes) {
        if (name.startsWith('xmlns:')) namespaces.push({ prefix: name.slice(6), uri: value.trim() });
      }
      tokens.push({ kind: 'open', name: tag.name, attributes: tag.attributes, selfClosing: tag.selfClosing, line });
      position = tag.end;
    } else {
      // A `<` that starts no markup (`a < b`) is text, as browsers read it.
      pushText(tokens, '<');
      position = start + 1;
    }
  }
  return { tokens, namespaces, damage: null };
}

function pushText(tokens: MarkupToken[], raw: string): void {
  if (raw.trim() === '') return;
  tokens.push({ kind: 'text', text: decodeEntities(raw) });
}

const slash = 0x2f;
const greaterThan = 0x3e;
const lessThan = 0x3c;
const equals = 0x3d;
const doubleQuote = 0x22;
const singleQuote = 0x27;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a || code > 0x7f;
}

/** Where an attribute or element name stops. */
function isNameEnd(code: number): boolean {
  return Number.isNaN(code) || isSpace(code) || code === equals || code === greaterThan || code === slash || code === lessThan || code === doubleQuote || code === singleQuote;
}

/** `<!DOCTYPE …>` may hold an internal subset in brackets, with `>` inside it. */
function declarationEnd(text: string, start: number): number {
  const close = text.indexOf('>', start);
  const bracket = text.indexOf('[', start);
  if (bracket === -1 || close === -1 || close < bracket) return close;
  const subsetEnd = text.indexOf(']', bracket);
  return subsetEnd === -1 ? -1 : text.indexOf('>', subsetEnd);
}

type Tag =
  | { kind: 'tag'; name: string; attributes: Map<string, string>; selfClosing: boolean; end: number }
  | { kind: 'cut'; name: string }
  | { kind: 'unclosed-value'; name: string; attribute: string; at: number };

function readTag(text: string, nameStart: number): Tag {
  let position = nameStart;
  while (!isNameEnd(text.charCodeAt(position))) position += 1;
  const name = text.slice(nameStart, position).toLowerCase();
  const attributes = new Map<string, string>();
  for (;;) {
    while (isSpace(text.charCodeAt(position))) position += 1;
    if (position >= text.length) return { kind: 'cut', name };
    const code = text.charCodeAt(position);
    if (code === greaterThan) return { kind: 'tag', name, attributes, selfClosing: false, end: position + 1 };
    if (code === slash && text.charCodeAt(position + 1) === greaterThan) return { kind: 'tag', name, attributes, selfClosing: true, end: position + 2 };
    // A tag that runs into the next one was not closed: end it there rather than swallow the next.
    if (code === lessThan) return { kind: 'tag', name, attributes, selfClosing: false, end: position };
    const attributeStart = position;
    while (!isNameEnd(text.charCodeAt(position))) position += 1;
    if (position === attributeStart) {
      position += 1; // a stray quote or slash between attributes
      continue;
    }
    const written = text.slice(attributeStart, position);
    const attribute = written.toLowerCase();
    let afterName = position;
    while (isSpace(text.charCodeAt(afterName))) afterName += 1;
    if (text.charCodeAt(afterName) !== equals) {
      if (!attributes.has(attribute)) attributes.set(attribute, ''); // HTML's bare attribute
      continue;
    }
    position = afterName + 1;
    while (isSpace(text.charCodeAt(position))) position += 1;
    const quote = text.charCodeAt(position);
    let value: string;
    if (quote === doubleQuote || quote === singleQuote) {
      const end = closingQuote(text, position + 1, text[position] ?? '"');
      if (end === -1) return { kind: 'unclosed-value', name, attribute: written, at: position };
      value = text.slice(position + 1, end);
      position = end + 1;
    } else {
      const valueStart = position;
      while (position < text.length && !isSpace(text.charCodeAt(position)) && text.charCodeAt(position) !== greaterThan) position += 1;
      if (text.charCodeAt(position) === greaterThan && text.charCodeAt(position - 1) === slash && position - 1 > valueStart) position -= 1;
      value = text.slice(valueStart, position);
    }
    if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(value));
  }
}

/**
 * The quote that ends a value begun at `from`. Exports write titles like `text="Газета "Коммерсантъ""` without escaping
 * the inner quotes, so a quote ends the value only where the tag can go on after it: the end of the tag, or another
 * attribute, and not inside HTML written raw into the value. When none fits on the same line, the first quote does, as
 * strict XML would have it: a value missing its closing quote cannot swallow the outlines after it.
 */
function closingQuote(text: string, from: number, quote: string): number {
  const first = text.indexOf(quote, from);
  if (first === -1) return -1;
  // The common case, settled without looking past the value: no `<` in it, and the tag goes on after it.
  const valueHasMarkup = holdsCode(text, lessThan, from, first);
  if (!valueHasMarkup && tagGoesOnAfter(text, first + 1)) return first;
  const limit = lineEndBefore(text, first, Math.min(text.length, from + longestValueSearched));
  for (let candidate = valueHasMarkup ? first : text.indexOf(quote, first + 1); candidate !== -1 && candidate < limit; candidate = text.indexOf(quote, candidate + 1)) {
    if (!insideEmbeddedTag(text, from, candidate) && tagGoesOnAfter(text, candidate + 1)) return candidate;
  }
  return first;
}

/** Titles and descriptions with stray quotes are short; the bound keeps a one-line export of thousands of feeds linear. */
const longestValueSearched = 16_384;

/** Where the line holding `from` ends, looking no further than `bound`. */
function lineEndBefore(text: string, from: number, bound: number): number {
  for (let position = from; position < bound; position += 1) if (text.charCodeAt(position) === 0x0a) return position;
  return bound;
}

function holdsCode(text: string, code: number, from: number, to: number): boolean {
  for (let position = from; position < to; position += 1) if (text.charCodeAt(position) === code) return true;
  return false;
}

/**
 * Whether the quote at `position` belongs to HTML written raw into the value (`description="see <a href="…">this</a>"`):
 * a tag opened after the value began and not yet closed.
 */
function insideEmbeddedTag(text: string, valueStart: number, position: number): boolean {
  const opened = text.lastIndexOf('<', position);
  if (opened < valueStart) return false;
  const next = text.charCodeAt(opened + 1);
  if (!isAsciiNameStart(next) && next !== slash) return false;
  const closed = text.indexOf('>', opened);
  return closed === -1 || closed > position;
}

function tagGoesOnAfter(text: string, position: number): boolean {
  if (position >= text.length) return true;
  let next = position;
  while (isSpace(text.charCodeAt(next))) next += 1;
  const code = text.charCodeAt(next);
  if (next >= text.length || code === greaterThan || (code === slash && text.charCodeAt(next + 1) === greaterThan)) return true;
  // Another attribute: `name=` after a space, or right after the quote (`a="1"b="2"`, a missing space seen in the wild).
  if (!isAsciiNameStart(code)) return false;
  let end = next + 1;
  while (isAsciiNameChar(text.charCodeAt(end))) end += 1;
  while (isSpace(text.charCodeAt(end))) end += 1;
  if (text.charCodeAt(end) !== equals) return false;
  if (next > position) return true;
  end += 1;
  while (isSpace(text.charCodeAt(end))) end += 1;
  const quote = text.charCodeAt(end);
  return quote === doubleQuote || quote === singleQuote;
}

function isAsciiNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isAsciiNameChar(code: number): boolean {
  return isAsciiNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x3a || code === 0x2d || code === 0x2e;
}

/** Line numbers for positions visited in increasing order, counted once over the whole file. */
function lineCounter(text: string): { at(position: number): number } {
  let counted = 0;
  let line = 1;
  return {
    at(position: number): number {
      if (position < counted) return lineBefore(text, position);
      for (let newline = text.indexOf('\n', counted); newline !== -1 && newline < position; newline = text.indexOf('\n', newline + 1)) line += 1;
      counted = position;
      return line;
    },
  };
}

function lineBefore(text: string, position: number): number {
  let line = 1;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < position; newline = text.indexOf('\n', newline + 1)) line += 1;
  return line;
}
