import { capped, isUnspacedCharacter, scanText, type TextVisitor } from './scanText';

/** One term of a query: the articles found have a term equal to `text`, or starting with it when `prefix`. */
export interface QueryTerm {
  text: string;
  prefix: boolean;
}

/**
 * The terms of what the reader typed, all of which an article must have, in any order. The last word is a prefix,
 * as the reader is still typing it; so is a single character of an unspaced script. A query needs a word of two
 * characters, or one character of an unspaced script: anything shorter gives no terms and finds nothing.
 */
export function parseSearchQuery(query: string): QueryTerm[] {
  const visitor = new QueryVisitor();
  scanText(query, visitor);
  const last = visitor.terms.at(-1);
  if (last) last.prefix = true;
  return withoutRedundant(visitor.terms);
}

class QueryVisitor implements TextVisitor {
  readonly terms: QueryTerm[] = [];

  word(token: string): void {
    if (token.length >= 2) this.terms.push({ text: capped(token), prefix: false });
    // A last word of one letter is still being typed: the query stands on the words before it.
    else this.terms.push({ text: token, prefix: true });
  }

  run(characters: readonly string[]): void {
    if (characters.length === 1) this.terms.push({ text: characters[0] ?? '', prefix: true });
    for (let index = 0; index + 1 < characters.length; index += 1) this.terms.push({ text: `${characters[index]}${characters[index + 1]}`, prefix: false });
  }
}

/** Drops one-letter words and terms another implies: with `hanoi` exact, a prefix `ha` adds nothing. */
function withoutRedundant(terms: QueryTerm[]): QueryTerm[] {
  const kept = terms.filter((term) => term.text.length >= 2 || isUnspacedCharacter(term.text));
  return kept.filter((term, index) => {
    const implied = kept.some((other, at) => {
      if (at === index) return false;
      if (!term.prefix) return !other.prefix && other.text === term.text && at < index;
      if (!other.prefix) return other.text.startsWith(term.text);
      return other.text.length > term.text.length ? other.text.startsWith(term.text) : other.text === term.text && at < index;
    });
    return !implied;
  });
}
