import { foldText } from './fold';
import { parseSearchQuery, type QueryTerm } from './parseQuery';
import { scanFolded, type TextVisitor } from './scanText';

/** A stretch of a text, as offsets into it: [start, end). */
export type TextRange = [start: number, end: number];

const matches = (term: QueryTerm, text: string): boolean => (term.prefix ? text.startsWith(term.text) : text === term.text);
/** Whether `term` matches `joined` (words run together) and reaches past its first `head` units into the last word. */
const matchesJoined = (term: QueryTerm, joined: string, head: number): boolean => term.text.length > head && matches(term, joined);

/**
 * Where a query's terms are in a text (a title, an excerpt, an article's text), for the list and the reading pane to
 * mark: ranges of the text as written, in order and apart, found as search finds them (`hanoi` marks `Hà Nội`,
 * `ecole` marks `École`, `京` marks it within `東京都`).
 */
export function highlightRanges(text: string, query: string | readonly QueryTerm[]): TextRange[] {
  const terms = typeof query === 'string' ? parseSearchQuery(query) : query;
  if (terms.length === 0 || text.length === 0) return [];
  // Folded a character at a time, so that each folded unit knows the stretch of the text it came from.
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let index = 0; index < text.length; ) {
    const width = (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    const piece = foldText(text.slice(index, index + width));
    if (piece.length === 0 && to.length > 0) to[to.length - 1] = index + width; // a mark folded away stays with its letter
    for (let unit = 0; unit < piece.length; unit += 1) {
      from.push(index);
      to.push(index + width);
    }
    folded += piece;
    index += width;
  }
  const found: TextRange[] = [];
  const mark = (start: number, end: number): void => {
    if (end > start) found.push([from[start] ?? 0, to[end - 1] ?? text.length]);
  };
  scanFolded({ text: folded, vietnamese: null }, new HighlightVisitor(terms, mark));
  found.sort((a, b) => a[0] - b[0]);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

class HighlightVisitor implements TextVisitor {
  private previous = '';
  private previousStart = 0;
  private compound = '';
  private compoundStart = 0;

  constructor(
    private readonly terms: readonly QueryTerm[],
    private readonly mark: (start: number, end: number) => void,
  ) {}

  word(token: string, _marked: boolean, after: 'compound' | 'space' | 'none', start: number, end: number): void {
    if (this.terms.some((term) => matches(term, token))) this.mark(start, end);
    // Words the index also holds joined: a hyphenated or apostrophed word whole, and two syllables (`hanoi`).
    if (after !== 'none' && this.terms.some((term) => matchesJoined(term, this.previous + token, this.previous.length))) this.mark(this.previousStart, end);
    if (after === 'compound') {
      const head = this.compound.length;
      this.compound += token;
      if (this.terms.some((term) => matchesJoined(term, this.compound, head))) this.mark(this.compoundStart, end);
    } else {
      this.compound = token;
      this.compoundStart = start;
    }
    this.previous = token;
    this.previousStart = start;
  }

  run(characters: readonly string[], starts: readonly number[]): void {
    characters.forEach((character, index) => {
      const pair = character + (characters[index + 1] ?? '');
      for (const term of this.terms) {
        if (term.text === character || (term.prefix && character.startsWith(term.text))) this.mark(starts[index] ?? 0, starts[index + 1] ?? 0);
        else if (matches(term, pair) && index + 1 < characters.length) this.mark(starts[index] ?? 0, starts[index + 2] ?? 0);
      }
    });
    this.previous = '';
    this.compound = '';
  }
}
