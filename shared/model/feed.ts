import type { ParsedFeed } from './article';
import type { MainMessage } from './mainMessage';

/** The HTTP validators that make the next fetch conditional. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** What the poller needs to know of one subscribed feed. */
export interface Subscription {
  feedId: string;
  url: string;
  validators: Validators;
  /** Epoch milliseconds of the last completed fetch, so a restart polls only what is overdue. */
  lastFetchedAt: number | null;
  /** The reader's interval for this feed, in minutes; null or absent for the default (PollSettings). */
  intervalMinutes?: number | null;
  /**
   * How often the publisher last asked to be polled at most (ttl, sy:updatePeriod, max-age), in seconds, as stored:
   * so that the hint holds from the first check after a restart, not only from the second.
   */
  publisherIntervalSeconds?: number | null;
  /** False when the reader chose not to keep this feed's pictures for reading offline; absent, they are kept. */
  cacheImages?: boolean;
}

/** The outcome of fetching one feed once. */
export type FetchOutcome =
  | {
      kind: 'updated';
      feed: ParsedFeed;
      validators: Validators;
      /** Set when the server moved the feed permanently: store this address from now on. */
      movedTo: string | null;
      /** How often the publisher asks to be polled (RSS `ttl`, `sy:updatePeriod`, Cache-Control max-age), in seconds. */
      suggestedIntervalSeconds?: number;
      /** The size of the document read, in bytes after decompression: what the health view averages per feed. */
      bytes?: number;
    }
  | {
      kind: 'not-modified';
      validators: Validators;
      /**
       * Set when permanent redirects led to the answer, as for `updated`: a server that keeps answering 304 at the new
       * address would otherwise never get the move stored.
       */
      movedTo?: string;
    }
  | {
      kind: 'failed';
      /** One line in English, e.g. "Not a feed: the address answered with a web page": the log's, and what a window shows without `message`. */
      error: string;
      /** The same as a code and its parameters, which the window words in the interface language; absent from older versions' results. */
      message?: MainMessage;
      /** True when the server said the feed is gone for good (410). */
      gone: boolean;
      /** What kind of failure it was; absent from results of versions that did not say. */
      reason?: FeedErrorKind;
      /** Seconds the server asked us to wait before the next try (Retry-After on 429/503). */
      retryAfterSeconds?: number;
      /** Set when the address is a web page rather than a feed: the feeds the page advertises (maybe none). */
      offers?: DiscoveredFeed[];
    };

/**
 * Why a fetch failed, for sorting and grouping in the health view: the name could not be resolved, the secure
 * connection failed, the server answered with an error status, the answer was no feed, the feed could not be read,
 * nothing came in time, the server said the feed is gone, or the connection failed otherwise.
 */
export type FeedErrorKind = 'dns' | 'tls' | 'http' | 'not-a-feed' | 'parse' | 'timeout' | 'gone' | 'network';

/** What one fetch of a subscribed feed brought, as the renderer stores it. */
export interface FeedPollResult {
  feedId: string;
  url: string;
  /** Epoch milliseconds. */
  fetchedAt: number;
  outcome: FetchOutcome;
}

/**
 * A result as the poller pushes it. The main process holds it until the window that stores results acknowledges its
 * delivery number (`poller:stored`), and sends it again to the next such window until then. A feed's result carries
 * only the articles that are new or changed since the last acknowledged one: the store never deletes what a fetch
 * leaves out.
 */
export interface DeliveredPollResult extends FeedPollResult {
  /** Numbers grow with every result pushed; one still held keeps its number when it is sent again. */
  delivery: number;
}

export interface PollProgress {
  running: boolean;
  done: number;
  total: number;
}

/** A feed a web page advertises or a site serves at a usual address. */
export interface DiscoveredFeed {
  url: string;
  title: string | null;
  type: 'rss' | 'atom' | 'json' | 'unknown';
}

export type Discovery = { kind: 'found'; feeds: DiscoveredFeed[] } | { kind: 'failed'; error: string; message?: MainMessage };
