import { capped, scanText, type TextVisitor } from './scanText';

/**
 * Adds the terms a text is found by to `terms`:
 * - every word of two characters or more, folded (`École` → `ecole`); one-letter words are left out, as a query of
 *   one letter is too short to search;
 * - a word written with a hyphen or an apostrophe also whole (`COVID-19` → `covid`, `19`, `covid19`);
 * - in unspaced scripts, every pair of adjacent characters and the last character of the run, so that any run of
 *   two or more is found by its pairs and a single character by prefix (`東京都` → `東京`, `京都`, `都`);
 * - Vietnamese syllables also joined with the next one (`Hà Nội` → `ha`, `noi`, `hanoi`; `Việt Nam` → `vietnam`),
 *   because Vietnamese words and names are written as separate syllables that other languages, and people typing,
 *   write as one word. In a Vietnamese text every pair is joined; elsewhere a pair where one syllable has a letter
 *   only Vietnamese writes (`Nội`). Pairs only: joining threes as well (`hochiminh`) doubled a Vietnamese article's
 *   terms again (490 to 1,020 on the benchmark's text). And only Vietnamese: joining every pair of English words
 *   would double the index and have `ofte` find every text with "of the".
 */
export function addIndexTerms(text: string, terms: Set<string>, vietnamese: boolean): void {
  scanText(text, new IndexVisitor(terms, vietnamese));
}

class IndexVisitor implements TextVisitor {
  private compound = '';
  private previous = '';
  private previousMarked = false;

  constructor(
    private readonly terms: Set<string>,
    private readonly vietnamese: boolean,
  ) {}

  word(token: string, marked: boolean, after: 'compound' | 'space' | 'none'): void {
    if (token.length >= 2) this.terms.add(capped(token));
    if (after === 'compound') {
      this.compound += token;
      this.terms.add(capped(this.compound));
    } else {
      this.compound = token;
    }
    if (after === 'space' && (this.vietnamese || marked || this.previousMarked)) this.terms.add(capped(this.previous + token));
    this.previous = token;
    this.previousMarked = marked;
  }

  run(characters: readonly string[]): void {
    for (let index = 0; index + 1 < characters.length; index += 1) this.terms.add(`${characters[index]}${characters[index + 1]}`);
    const last = characters.at(-1);
    if (last) this.terms.add(last);
    this.compound = '';
    this.previous = '';
    this.previousMarked = false;
  }
}
