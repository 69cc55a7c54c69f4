/** What the feed pipeline makes of one item, before it is stored. */
export interface ParsedArticle {
  /** Stable within its feed: guid/id, else link, else a hash of title + date. */
  id: string;
  /** Plain text, never HTML. */
  title: string;
  url: string | null;
  /** ISO 8601 in UTC. */
  published: string | null;
  updated: string | null;
  author: string | null;
  /** Lower-case BCP 47 primary subtag (`fr`), or null when unknown. */
  language: string | null;
  /** 0 to 1: how sure Tidings is of `language` (a declaration the text bears out, or the detector's confidence). */
  languageConfidence: number | null;
  /** Sanitised HTML: safe to show as it is. */
  contentHtml: string;
  /** Plain-text opening of the article, for the list. */
  excerpt: string;
  enclosures: Enclosure[];
  categories: string[];
  alternates: LanguageAlternate[];
  translation: Translation | null;
  sourceLinks: SourceLink[];
  credits: string[];
}

export interface Enclosure {
  url: string;
  type: string | null;
  length: number | null;
}

/** Another language's version of the same article (Atom `link rel="alternate" hreflang`). */
export interface LanguageAlternate {
  language: string;
  url: string;
}

/** Set when the article says it was translated; `from` is the original's language. */
export interface Translation {
  from: string | null;
  originalUrl: string | null;
}

export interface SourceLink {
  url: string;
  label: string | null;
}

/** What the feed pipeline makes of one document. */
export interface ParsedFeed {
  title: string;
  siteUrl: string | null;
  language: string | null;
  articles: ParsedArticle[];
  /** What was wrong but recovered from, in words a user can act on. */
  errors: string[];
}
