import { pageProvenance, type PageProvenance } from '../../../shared/lang/pageProvenance';
import type { ArticleRecord, BodyRecord } from '../../db/records';

/** Where an article comes from, as far as it says: what the provenance box shows. */
export interface ArticleProvenance {
  /** The original when the article is a translation, else the first source it names. */
  original: string | null;
  /** Further sources it names besides the original. */
  otherSources: string[];
  /** The original's language, for a translation. */
  originalLanguage: string | null;
  /** Agencies and outlets credited, in the article's order. */
  credits: string[];
  /** The author, or for a translation usually the translator. */
  byline: string | null;
  /** What the article's page said of itself, when its full text was read and it says more than the feed. */
  page: PageProvenance | null;
}

/**
 * What the box shows, or null when the article names no origin: a byline alone stays in the header, where it always was.
 * `feedName` is the feed's name as shown, against which the page's own name for its site is told apart.
 */
export function provenanceOf(article: ArticleRecord, body: BodyRecord, feedName: string | null = null): ArticleProvenance | null {
  const sources = body.sourceLinks.map((link) => link.url);
  const page = body.fullText ? pageProvenance(body.fullText, { url: article.url, language: article.language }, feedName) : null;
  // The feed's own word on a translation comes first; the page's canonical link stands in when the feed said nothing.
  const original = body.translation?.originalUrl ?? sources[0] ?? page?.translation?.originalUrl ?? null;
  const originalLanguage = body.translation?.from ?? article.translationFrom ?? page?.translation?.from ?? null;
  if (original === null && originalLanguage === null && body.credits.length === 0 && page === null) return null;
  return {
    original,
    otherSources: [...new Set(sources.filter((url) => url !== original))],
    originalLanguage,
    credits: body.credits,
    byline: article.author,
    page,
  };
}
