import type { DeclaredSource } from '../../../shared/lang/annotate';
import type { MainMessage } from '../../../shared/model/mainMessage';
import { emptyFeedDetails, type Category, type Comments, type Enclosure, type FeedDetails, type GeoPoint, type Person } from '../../../shared/model/article';

/**
 * What a format reader hands to normalisation: the feed's own values, untouched but for picking the
 * right element. Titles and content may still be HTML; dates are still strings; URLs may be relative.
 */
export interface RawFeed {
  /** `rss-json` is RSS 2.0 written in JSON syntax (scripting.com's RSS-in-JSON). */
  format: 'rss' | 'rdf' | 'atom' | 'json-feed' | 'rss-json';
  title: string | null;
  siteUrl: string | null;
  language: string | null;
  /**
   * xml:base in force for the feed element (the channel's or Atom feed's own, else the root element's), already
   * resolved against the feed's address; null when the document has none.
   */
  base: string | null;
  /** From RSS `ttl`, `sy:updatePeriod` and `sy:updateFrequency`. */
  suggestedIntervalSeconds: number | null;
  /** Addresses as written, dates as sent, the description as HTML (see FeedDetails). */
  details: FeedDetails;
  items: RawItem[];
  /** Problems the reader recovered from; ParsedFeed words them in English. */
  errors: MainMessage[];
  /**
   * Everything outside an item that the reading of an item depends on (format, namespaces, bases, the feed's authors),
   * as one string; XML feeds only. Two readings with the same context read the same item markup the same.
   */
  itemContext?: string;
}

export interface RawItem {
  guid: string | null;
  title: string | null;
  link: string | null;
  /** xml:base in force for the item (resolved), else null. */
  base: string | null;
  /**
   * xml:base on the element the body comes from (Atom `<content xml:base="…">`), resolved; null when it has none. Its
   * relative images and links mean that address, not the item's link.
   */
  contentBase: string | null;
  published: string | null;
  updated: string | null;
  /** Names may still carry markup or entities. */
  authors: Person[];
  contributors: Person[];
  /** The fullest HTML the item has (content:encoded, Atom content, content_html). */
  contentHtml: string | null;
  /** The shorter form (description, Atom summary, JSON summary). */
  summaryHtml: string | null;
  /** Addresses as written. */
  enclosures: Enclosure[];
  categories: Category[];
  /** As written; see ParsedArticle.imageUrl. */
  imageUrl: string | null;
  comments: Comments | null;
  geo: GeoPoint | null;
  alternates: Array<{ language: string; url: string }>;
  language: string | null;
  /** Where the item says, in the feed's structure, that it comes from: dc:source, <source>, external_url, canonical links. */
  declaredSources: DeclaredSource[];
}

export function emptyItem(): RawItem {
  return {
    guid: null,
    title: null,
    link: null,
    base: null,
    contentBase: null,
    published: null,
    updated: null,
    authors: [],
    contributors: [],
    contentHtml: null,
    summaryHtml: null,
    enclosures: [],
    categories: [],
    imageUrl: null,
    comments: null,
    geo: null,
    alternates: [],
    language: null,
    declaredSources: [],
  };
}

export { emptyFeedDetails };
