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
  /**
   * The article's HTML as the feed sent it, less the provenance lines. Not safe to show as it is: the reading pane
   * sanitises it (DOMPurify) when it is opened, the one place it meets a DOM.
   */
  contentHtml: string;
  /** What relative addresses in `contentHtml` resolve against: the item's `xml:base`, else its link, else the feed's. */
  baseUrl: string | null;
  /** Plain-text opening of the article, for the list. */
  excerpt: string;
  enclosures: Enclosure[];
  categories: string[];
  alternates: LanguageAlternate[];
  translation: Translation | null;
  sourceLinks: SourceLink[];
  credits: string[];
  /** articleDigest of the rest, when the pipeline has computed it (off the window's thread); else the store computes it. */
  digest?: string;
  /**
   * The distinct terms search finds the article by, separated by spaces (shared/search/articleTerms.ts), computed in
   * the feed worker so that the page only stores them; absent where nothing computed them.
   */
  searchTerms?: string;
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
