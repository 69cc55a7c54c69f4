/**
 * An article's HTML in pieces of at most `pieceLength` characters, so that a huge body (16 MB in one article, from a
 * feed or a page) costs the window one bounded piece at a time: the pane sanitises and shows the first, and the next
 * when the reader gets near the end. The body stays stored whole.
 *
 * A piece ends where an element ends, as near its limit as the markup allows: first choice, a cut outside any open
 * element; else the shallowest cut between two tags; else, in a run of text longer than a piece, at a space. A cut
 * inside elements re-opens them at the head of the next piece (`<table>`, `<ul>`, the `<p>` a huge paragraph is in),
 * so its rows and items stay in their place. This is a cheap scan, not a parser, and it need not be one: each piece is
 * sanitised on its own, so a cut in the wrong place can cost some layout, never safety.
 */

/** At most this many characters of HTML are sanitised and put in the page at a time. */
export const pieceLength = 256 * 1024;

/** An element open where a piece was cut: its name, and where its start tag is in the text, to re-open it with. */
interface OpenElement {
  name: string;
  start: number;
  end: number;
}

/** Where the next piece starts, and the elements open there. */
export interface PieceCursor {
  readonly at: number;
  readonly open: readonly OpenElement[];
}

export interface HtmlPiece {
  /** The piece's HTML, its open elements re-opened first; not safe to show until sanitised. */
  html: string;
  /** Where the next piece starts; null after the last. */
  next: PieceCursor | null;
}

export const firstPieceCursor: PieceCursor = { at: 0, open: [] };

/** Re-opened at the head of the next piece: the outermost open elements, as many as fit. */
const reopenedElements = 32;
const reopenedLength = 8 * 1024;

/** Elements that show wrongly when cut (a drawing, a formula, a picture's sources, a player's): cut elsewhere if possible. */
const keptWhole = new Set(['svg', 'math', 'picture', 'video', 'audio', 'ruby', 'figure']);
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'image', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'frame']);
/** Elements whose text is not markup: their end tag is looked for, nothing inside them. */
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** A start tag of one of these ends an open `<p>`, as the HTML parser does. */
const closesParagraph = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
/** A start tag of one of these ends an open sibling of its kind (`<li>` an open `<li>`, `<td>` an open `<th>`). */
const siblingKinds: Record<string, readonly string[]> = {
  li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'], rt: ['rt', 'rp'], rp: ['rt', 'rp'],
};
/** How far down the open elements an end tag is matched: deeper nesting than this is rare, and a stray end tag stays cheap. */
const endTagReach = 100;

/** A place a piece may end: between two tags, or in a long text. */
interface Cut {
  at: number;
  /** How many elements are open there, and a half more in the middle of a text: between tags is better. */
  depth: number;
  /** Inside an element that should stay whole. */
  inWhole: boolean;
}

/** Whether a cut is a better place to end a piece than `than`: outside elements kept whole, then shallower, then later. */
function better(at: number, depth: number, inWhole: boolean, than: Cut | null): boolean {
  if (!than) return true;
  if (inWhole !== than.inWhole) return !inWhole;
  if (depth !== than.depth) return depth < than.depth;
  return at > than.at;
}

/** The open elements of a scan, with how many of them are kept whole. */
class OpenStack {
  readonly elements: OpenElement[];
  whole = 0;

  constructor(open: readonly OpenElement[]) {
    this.elements = [...open];
    for (const element of open) if (keptWhole.has(element.name)) this.whole += 1;
  }

  push(element: OpenElement): void {
    this.elements.push(element);
    if (keptWhole.has(element.name)) this.whole += 1;
  }

  /** Closes the top `count` elements. */
  pop(count = 1): void {
    for (let index = 0; index < count; index += 1) {
      const element = this.elements.pop();
      if (element && keptWhole.has(element.name)) this.whole -= 1;
    }
  }

  get top(): string | undefined {
    return this.elements.at(-1)?.name;
  }

  /** How many elements from the top an end tag for `name` closes; 0 when none open near the top has that name. */
  reach(name: string): number {
    const { elements } = this;
    for (let depth = 1; depth <= Math.min(endTagReach, elements.length); depth += 1) if (elements[elements.length - depth]?.name === name) return depth;
    return 0;
  }
}

/** One markup token at `at` (which holds `<`): where it ends, and the element it opens or closes, if any. */
interface Token {
  end: number;
  start?: { name: string; selfClosing: boolean };
  endTag?: string;
}

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Where the tag from `at` ends (after its `>`), quoted attribute values skipped; the document's end when it never does. */
function tagEnd(html: string, at: number): number {
  for (let index = at + 1; index < html.length; index += 1) {
    const code = html.charCodeAt(index);
    if (code === 62 /* > */) return index + 1;
    if (code === 34 /* " */ || code === 39 /* ' */) {
      // Only in an attribute's value: after `=` (spaces allowed between).
      let before = index - 1;
      while (before > at && /\s/.test(html[before] ?? '')) before -= 1;
      if (html[before] !== '=') continue;
      const close = html.indexOf(html[index] as string, index + 1);
      if (close === -1) return html.length;
      index = close;
    }
  }
  return html.length;
}

/**
 * The text from `from` to `to`, in which to look for the next `<`: a long text without one is then not searched to
 * its end once for each piece.
 */
function searchedPart(html: string, from: number, to: number): { tagStart(at: number): number } {
  const part = html.slice(from, to + 1);
  return {
    /** Where the next `<` from `at` is, up to `to`; -1 when there is none. */
    tagStart(at) {
      const found = part.indexOf('<', at - from);
      return found === -1 ? -1 : from + found;
    },
  };
}

/** The lower-case name of the tag whose name starts at `at`. */
function tagName(html: string, at: number): string {
  let end = at;
  for (; end < html.length && end < at + 64; end += 1) {
    const code = html.charCodeAt(end);
    if (code <= 32 || code === 47 /* / */ || code === 62 /* > */) break;
  }
  return html.slice(at, end).toLowerCase();
}

/** Reads the markup token at `at`; null when `<` there starts no markup (it is text). */
function readToken(html: string, at: number): Token | null {
  const next = html.charCodeAt(at + 1);
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    return { end: close === -1 ? html.length : close + 3 };
  }
  if (html.startsWith('<![CDATA[', at)) {
    const close = html.indexOf(']]>', at + 9);
    return { end: close === -1 ? html.length : close + 3 };
  }
  if (next === 33 /* ! */ || next === 63 /* ? */) {
    const close = html.indexOf('>', at + 2);
    return { end: close === -1 ? html.length : close + 1 };
  }
  if (next === 47 /* / */) {
    if (!isLetter(html.charCodeAt(at + 2))) {
      const close = html.indexOf('>', at + 2);
      return { end: close === -1 ? html.length : close + 1 };
    }
    return { end: tagEnd(html, at), endTag: tagName(html, at + 2) };
  }
  if (!isLetter(next)) return null;
  const name = tagName(html, at + 1);
  const end = tagEnd(html, at);
  const selfClosing = html.charCodeAt(end - 1) === 62 /* > */ && html.charCodeAt(end - 2) === 47 /* / */;
  if (rawText.has(name) && !selfClosing) {
    if (name === 'plaintext') return { end: html.length };
    const closing = new RegExp(`</${name}[\\s/>]`, 'gi');
    closing.lastIndex = end;
    const found = closing.exec(html);
    return { end: found ? tagEnd(html, found.index) : html.length };
  }
  return { end, start: { name, selfClosing } };
}

/** Applies a token to the open elements, as the HTML parser would, roughly. */
function apply(stack: OpenStack, html: string, at: number, token: Token): void {
  if (token.endTag !== undefined) {
    const depth = stack.reach(token.endTag);
    if (depth > 0) stack.pop(depth);
    return;
  }
  const start = token.start;
  if (!start) return;
  const top = stack.top;
  if (top === 'p' && closesParagraph.has(start.name)) stack.pop();
  const kinds = siblingKinds[start.name];
  if (kinds && stack.top !== undefined && kinds.includes(stack.top)) stack.pop();
  if (voidElements.has(start.name) || start.selfClosing) return;
  stack.push({ name: start.name, start: at, end: token.end });
}

/**
 * A place to cut a text that runs past `to`: after its last space from `earliest` on, else at `to`; never inside a
 * character reference (`&amp;`) or between the halves of a surrogate pair.
 */
function textCut(html: string, earliest: number, to: number): number {
  let at = to;
  for (let index = to - 1; index >= earliest; index -= 1) {
    if (html.charCodeAt(index) <= 32) {
      at = index + 1;
      break;
    }
  }
  // A reference is short: only the last few characters are looked at.
  const tailStart = Math.max(earliest, at - 40);
  const tail = html.slice(tailStart, at);
  const ampersand = tail.lastIndexOf('&');
  if (ampersand !== -1 && ampersand > tail.lastIndexOf(';')) at = tailStart + ampersand;
  const code = html.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff) at -= 1;
  return at > earliest ? at : to;
}

/** The start tags that re-open `open` at the head of a piece: the outermost that fit the bounds above. */
function reopenable(open: readonly OpenElement[]): OpenElement[] {
  const kept: OpenElement[] = [];
  let length = 0;
  for (const element of open) {
    const tagLength = element.end - element.start;
    if (kept.length === reopenedElements || length + tagLength > reopenedLength) break;
    kept.push(element);
    length += tagLength;
  }
  return kept;
}

/**
 * The piece of `html` from `cursor`, of at most `limit` characters of the body (plus the start tags it re-opens).
 * A single tag, comment or script longer than a piece is left out: nothing in one is shown.
 */
export function cutPiece(html: string, cursor: PieceCursor = firstPieceCursor, limit = pieceLength): HtmlPiece {
  const head = cursor.open.map((element) => html.slice(element.start, element.end)).join('');
  if (html.length - cursor.at <= limit) return { html: head + html.slice(cursor.at), next: null };
  let from = cursor.at;
  let end = from + limit;
  const stack = new OpenStack(cursor.open);
  // Cuts in the first half are taken only when the second has none: pieces stay large, so they stay few.
  const best: { early: Cut | null; late: Cut | null } = { early: null, late: null };
  const consider = (at: number, inText: boolean) => {
    if (at <= from) return;
    const half = at >= from + limit / 2 ? 'late' : 'early';
    const depth = stack.elements.length + (inText ? 0.5 : 0);
    const inWhole = stack.whole > 0;
    if (better(at, depth, inWhole, best[half])) best[half] = { at, depth, inWhole };
  };
  let part = searchedPart(html, from, end);
  let at = from;
  while (at < end) {
    const open = part.tagStart(at);
    if (open === -1 || open >= end) {
      // A text runs past the piece's end: cut in it, late in the piece, or where the next tag starts.
      const inText = open !== end;
      const place = inText ? textCut(html, Math.max(at, from + Math.floor(limit / 2)), end) : end;
      consider(place, inText);
      break;
    }
    consider(open, false);
    const token = readToken(html, open);
    if (!token) {
      at = open + 1;
      continue;
    }
    if (token.end > end) {
      if (open > from) break;
      // One token longer than a piece, at the piece's very start: left out, and the piece starts after it.
      from = token.end;
      end = from + limit;
      part = searchedPart(html, from, end);
      at = from;
      if (html.length - from <= limit) return { html: head + html.slice(from), next: null };
      continue;
    }
    apply(stack, html, open, token);
    at = token.end;
    consider(at, false);
  }
  const cut: Cut = best.late ?? best.early ?? { at: end, depth: stack.elements.length, inWhole: false };
  return { html: head + html.slice(from, cut.at), next: { at: cut.at, open: reopenable(openAt(html, cursor, from, cut.at)) } };
}

/** The elements open at `to`, scanning from `from` with the cursor's open elements. */
function openAt(html: string, cursor: PieceCursor, from: number, to: number): OpenElement[] {
  const stack = new OpenStack(cursor.open);
  const part = searchedPart(html, from, to);
  let at = from;
  while (at < to) {
    const open = part.tagStart(at);
    if (open === -1 || open >= to) break;
    const token = readToken(html, open);
    if (!token) {
      at = open + 1;
      continue;
    }
    apply(stack, html, open, token);
    at = token.end;
  }
  return stack.elements;
}
