import { inEnglish, type MainMessage } from '../../../shared/model/mainMessage';
import type { ParsedFeed } from '../../../shared/model/article';
import type { FeedErrorKind } from '../../../shared/model/feed';
import type { DiscoveredFeed } from '../discover/findFeedLinks';
import type { ArticlesText } from '../worker/articlesText';
import type { KnownMarkup } from './knownMarkup';

// What reading a feed document takes and gives, apart from the reading itself: the main process needs these without
// loading the parsers and the language tables, which the parse workers load.

/** One document to read: what the fetch brought back. Plain data, so it can cross to a worker. */
export interface FeedDocument {
  body: Uint8Array;
  contentType: string | null;
  /** The address the document came from: the feed's identity, and the base for relative links unless baseUrl is set. */
  url: string;
  /**
   * Where the server said the document is (its Content-Location), when that is not `url`: the base for relative links
   * in it. The feed stays known by `url`, so that a server naming a mirror or a dated copy does not move the feed.
   */
  baseUrl?: string;
  /** Epoch milliseconds. */
  fetchedAt: number;
  /** See NormaliseOptions.sanitise. */
  sanitise: boolean;
  /** The digests of the items the reader has stored: those are left out (see normaliseFeedChanges). */
  storedItems?: readonly string[];
  /** What the items of the feed's last stored reading read as: their markup is left unparsed (knownMarkup.ts). */
  knownMarkup?: KnownMarkup;
  /** True gives the articles as JSON text (`articlesText`, with `feed.articles` empty): see articlesText.ts. */
  articlesAsText?: boolean;
}

export type DocumentReading =
  | {
      kind: 'feed';
      feed: ParsedFeed;
      suggestedIntervalSeconds: number | null;
      /** Every item's digest, stored ones included; only when the document came with `storedItems`. */
      itemDigests?: string[];
      /** What to remember of this reading for the next, once it is stored; only with `storedItems`, and not for every feed. */
      knownMarkup?: KnownMarkup;
      /** The feed's articles, when the document asked for them as text; `feed.articles` is empty then. */
      articlesText?: ArticlesText;
    }
  | { kind: 'web-page'; feeds: DiscoveredFeed[] }
  | { kind: 'unreadable'; error: string; told: MainMessage; reason: UnreadableReason };

/** Why a document gave no feed: it is something else (a page, plain text, nothing), or a feed too damaged to read. */
export type UnreadableReason = Extract<FeedErrorKind, 'not-a-feed' | 'parse'>;

/** A document that gives no feed, with its reason in English and as a code. */
export function unreadable(told: MainMessage, reason: UnreadableReason): DocumentReading {
  return { kind: 'unreadable', error: inEnglish(told), told, reason };
}
