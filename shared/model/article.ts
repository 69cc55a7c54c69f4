import { inEnglish, type MainMessage } from './mainMessage';

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
  /** The authors' names as the list shows them (`authors`, joined), or the byline the text gave. */
  author: string | null;
  authors: Person[];
  contributors: Person[];
  /** Lower-case BCP 47 primary subtag (`fr`), or null when unknown. */
  language: string | null;
  /** 0 to 1: how sure Tidings is of `language` (a declaration the text bears out, or the detector's confidence). */
  languageConfidence: number | null;
  /**
   * The article's HTML as the feed sent it, less the provenance lines. Not safe to show as it is: the reading pane
   * sanitises it (DOMPurify) when it is opened, the one place it meets a DOM.
   */
  contentHtml: string;
  /**
   * The item's summary as the feed sent it (HTML), when it has one apart from its content (Atom summary beside content,
   * RSS description beside content:encoded, itunes:summary or subtitle); null when the summary is the only body.
   */
  summaryHtml: string | null;
  /** What relative addresses in `contentHtml` resolve against: the item's `xml:base`, else its link, else the feed's. */
  baseUrl: string | null;
  /** Plain-text opening of the article, for the list. */
  excerpt: string;
  enclosures: Enclosure[];
  categories: Category[];
  /** The article's picture for the list (media:thumbnail, itunes:image, an image enclosure or media:content). */
  imageUrl: string | null;
  /** The page where readers comment (RSS `comments`), the count (`slash:comments`, `thr:total`) and their feed (`wfw:commentRss`). */
  comments: Comments | null;
  /** Where the article is about (`georss:point`, `geo:lat`/`geo:long`). */
  geo: GeoPoint | null;
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
  /**
   * The item carries only a summary of its page, as the feed alone shows (a cut, a "read more" link, or short items in
   * a feed of summaries): the page is worth fetching for the whole article. Absent where nothing judged it.
   */
  summaryOnly?: boolean;
}

export interface Enclosure {
  url: string;
  /** MIME type as declared (`audio/mpeg`), else Media RSS's `medium` (`image`, `video`). */
  type: string | null;
  /** Bytes. */
  length: number | null;
  /** Seconds (`itunes:duration`, media:content `duration`, JSON Feed `duration_in_seconds`). */
  duration: number | null;
  /** Media RSS `medium`, or what the type says: for showing audio and video in place. */
  medium?: 'image' | 'audio' | 'video' | 'document' | 'executable' | null;
  width?: number | null;
  height?: number | null;
}

/** A person as feeds name them: `Example editor (me@example.com)` is a name and an email. */
export interface Person {
  name: string | null;
  email: string | null;
  url: string | null;
}

/** RSS `<category domain>`, Atom `<category term scheme label>`, itunes:category, media:category, dc:subject, JSON tags. */
export interface Category {
  /** The value the feed files the article under. */
  term: string;
  /** The vocabulary the term belongs to (RSS `domain`, Atom `scheme`, Media RSS `scheme`); null when none is named. */
  scheme: string | null;
  /** What to show; null when the term itself is what to show. */
  label: string | null;
}

export interface Comments {
  url: string | null;
  count: number | null;
  feedUrl: string | null;
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
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
  /** Everything else the feed says of itself. */
  details: FeedDetails;
  articles: ParsedArticle[];
  /** What was wrong but recovered from, in words a user can act on, in English: `notes` worded (see feedNotes). */
  errors: string[];
  /** The same notes as codes, in the same order, for the window to word in the interface language. */
  notes?: MainMessage[];
  /** Most of the feed's items carry only a summary of their page; absent where nothing judged it. */
  summaryOnly?: boolean;
}

/**
 * A feed's notes and their English sentences, which main logs and stores beside them: worded here alone, so that
 * the two never disagree.
 */
export function feedNotes(notes: readonly MainMessage[]): { errors: string[]; notes: MainMessage[] } {
  return { errors: notes.map((note) => inEnglish(note)), notes: [...notes] };
}

/**
 * What a feed says of itself beyond its title, site and language. In a RawFeed the addresses are as the feed wrote
 * them and the dates as sent; normalisation resolves the addresses (http(s) or null) and makes the dates ISO 8601 UTC.
 */
export interface FeedDetails {
  /** Plain text: RSS description, Atom subtitle/tagline, JSON Feed description, itunes:subtitle/summary. */
  description: string | null;
  /** A small square picture for the sources pane: JSON Feed `favicon`, Atom `icon`. */
  iconUrl: string | null;
  /** A larger picture: JSON Feed `icon`, Atom `logo`, RSS `<image>`, `itunes:image`. */
  imageUrl: string | null;
  authors: Person[];
  categories: Category[];
  updated: string | null;
  published: string | null;
  /** Plain text: RSS copyright, Atom rights/copyright, dc:rights. */
  rights: string | null;
  /** Plain text: the software that wrote the feed, with its version when given. */
  generator: string | null;
  /** The feed's own address as it states it (Atom/RSS `atom:link rel="self"`, JSON Feed `feed_url`). */
  selfUrl: string | null;
}

export function emptyFeedDetails(): FeedDetails {
  return { description: null, iconUrl: null, imageUrl: null, authors: [], categories: [], updated: null, published: null, rights: null, generator: null, selfUrl: null };
}

/** A person's name, else their email, for showing. */
export function personLabel(person: Person): string | null {
  return person.name ?? person.email ?? null;
}

/** What a category shows. */
export function categoryLabel(category: Category): string {
  return category.label ?? category.term;
}
