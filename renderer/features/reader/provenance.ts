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
}

/**
 * What the box shows, or null when the article names no origin: a byline alone stays in the header, where it always was.
 */
export function provenanceOf(article: ArticleRecord, body: BodyRecord): ArticleProvenance | null {
  const sources = body.sourceLinks.map((link) => link.url);
  const original = body.translation?.originalUrl ?? sources[0] ?? null;
  const originalLanguage = body.translation?.from ?? article.translationFrom;
  if (original === null && originalLanguage === null && body.credits.length === 0) return null;
  return {
    original,
    otherSources: [...new Set(sources.filter((url) => url !== original))],
    originalLanguage,
    credits: body.credits,
    byline: article.author,
  };
}
