import { addIndexTerms } from './indexTerms';
import { searchableText } from './searchableText';

/**
 * How much of an article's text is indexed: some 3,000 words, the whole of nearly every news article. A longer one is
 * found by its opening, and its index entry stays bounded.
 */
export const indexedTextChars = 20_000;

export interface IndexedText {
  title: string;
  contentHtml: string;
  /** The article's language: Vietnamese text has its syllables joined (see addIndexTerms). */
  language: string | null;
}

/**
 * The distinct terms an article is found by, from its title and text, separated by spaces (no term holds one): one
 * string crosses from the feed worker to the page far more cheaply than an array of hundreds.
 */
export function articleSearchTerms({ title, contentHtml, language }: IndexedText): string {
  const terms = new Set<string>();
  const vietnamese = language === 'vi';
  addIndexTerms(title, terms, vietnamese);
  addIndexTerms(searchableText(contentHtml, indexedTextChars), terms, vietnamese);
  return [...terms].join(' ');
}
