import type { FetchOutcome, Validators } from '../../shared/model/feed';
import { feedNotes } from '../../shared/model/article';
import { mainMessage } from '../../shared/model/mainMessage';
import type { OriginLogin } from './auth/basicAuth';
import { FeedProblem, unreachable } from './http/feedProblem';
import { fetchWithRedirects, locationText } from './http/fetchWithRedirects';
import { acceptEncoding } from './http/httpGet';
import type { ProxyResolver } from './http/proxy/proxyRoute';
import { problemForStatus } from './http/statusMessages';
import type { KnownMarkup } from './parse/knownMarkup';
import type { ArticlesText } from './worker/articlesText';
import { sharedFeedReader, type FeedReader } from './worker/feedReader';

export interface FetchRequest {
  url: string;
  validators: Validators;
}

export interface FetchOptions {
  /** Whole request, redirects, headers and body, in milliseconds. Default 30 s. */
  timeoutMs?: number;
  /** Opening the connection, in milliseconds. Default 10 s. */
  connectTimeoutMs?: number;
  /** Largest body accepted, after decompression. Default 20 MB. */
  maxBodyBytes?: number;
  /** Full User-Agent header; otherwise built from appVersion. */
  userAgent?: string;
  appVersion?: string;
  /** Where documents are parsed; default the shared worker pool. */
  reader?: FeedReader;
  /**
   * True sanitises article HTML here, over jsdom (a development dependency): for the inspector. The app leaves it as
   * sent (the default) and sanitises an article when it is shown.
   */
  sanitise?: boolean;
  /** When the address is a web page advertising exactly one feed, read that feed instead. Default true. */
  followAdvertisedFeed?: boolean;
  /** Which proxy each address goes through; default none. */
  proxy?: ProxyResolver;
  /** The feed's user name and password, sent to their own origin only. */
  login?: OriginLogin;
  /**
   * The digests of the feed's items as the reader has stored them (normaliseFeedChanges): those items are left out of
   * the result, unannotated, and the result lists every item's digest. Absent, every item is read and none listed.
   */
  storedItems?: readonly string[];
  /** What the feed's items read as when last stored: their markup is not parsed again (knownMarkup.ts). */
  knownMarkup?: KnownMarkup;
  /**
   * True leaves a feed's articles as the JSON text the reader made of them (`articlesText`, `feed.articles` empty):
   * the poller's way, which passes them to the window without making objects of them in main (articlesText.ts).
   */
  articlesAsText?: boolean;
}

/**
 * A fetch outcome; a feed read with `storedItems` also lists the digest of every item it holds, and may give what to
 * remember of its items' markup once it is stored.
 */
export type FetchedOutcome = FetchOutcome & { itemDigests?: string[]; knownMarkup?: KnownMarkup; articlesText?: ArticlesText };

export const defaultMaxBodyBytes = 20 * 1024 * 1024;

export function tidingsUserAgent(version: string): string {
  return `Tidings/${version} (+https://github.com/tidings-reader/tidings)`;
}

const feedAccept =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.3';

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Where the server says the document it sent is (RFC 9110, 8.7), resolved against the address that answered: the base
 * for the relative links in it, as feed readers have long taken it. Null when it says nothing new or nothing usable.
 */
function contentLocation(value: string | null, answeredUrl: string): string | null {
  if (!value?.trim()) return null;
  try {
    const location = new URL(locationText(value.trim()), answeredUrl);
    // Only a web address can be a base: a file: or data: one would send the feed's links somewhere else entirely.
    if (location.protocol !== 'http:' && location.protocol !== 'https:') return null;
    return location.href === answeredUrl ? null : location.href;
  } catch {
    return null;
  }
}

function maxAgeSeconds(cacheControl: string | null): number | null {
  const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)/i.exec(cacheControl ?? '');
  const seconds = Number(match?.[1]);
  return match && seconds > 0 ? seconds : null;
}

/** Fetches and reads one feed. Never throws: every failure becomes a `failed` outcome with one readable line. */
export async function fetchFeed(request: FetchRequest, options: FetchOptions = {}): Promise<FetchedOutcome> {
  try {
    return await fetchAndRead(request, options, options.followAdvertisedFeed ?? true);
  } catch (error) {
    const problem = error instanceof FeedProblem ? error : unreachable(request.url, error);
    return {
      kind: 'failed',
      error: problem.message,
      message: problem.told,
      gone: problem.gone,
      reason: problem.reason,
      ...(problem.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: problem.retryAfterSeconds }),
      ...(problem.offers === undefined ? {} : { offers: problem.offers }),
    };
  }
}

async function fetchAndRead(request: FetchRequest, options: FetchOptions, mayFollowPage: boolean): Promise<FetchedOutcome> {
  const headers: Record<string, string> = {
    Accept: feedAccept,
    'Accept-Encoding': acceptEncoding,
    'User-Agent': options.userAgent ?? tidingsUserAgent(options.appVersion ?? '0.0.0'),
  };
  if (request.validators.etag) headers['If-None-Match'] = request.validators.etag;
  if (request.validators.lastModified) headers['If-Modified-Since'] = request.validators.lastModified;

  const answer = await fetchWithRedirects(request.url, {
    headers,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    deadline: Date.now() + (options.timeoutMs ?? 30_000),
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
    wantsBody: (status) => status >= 200 && status < 300,
    ...(options.proxy ? { proxy: options.proxy } : {}),
    ...(options.login ? { login: options.login } : {}),
  });
  const fetchedAt = Date.now();
  const validators: Validators = {
    etag: header(answer.headers.etag) ?? (answer.status === 304 ? request.validators.etag : null),
    lastModified: header(answer.headers['last-modified']) ?? (answer.status === 304 ? request.validators.lastModified : null),
  };
  if (answer.status === 304) return { kind: 'not-modified', validators, ...(answer.movedTo ? { movedTo: answer.movedTo } : {}) };
  if (answer.status < 200 || answer.status >= 300) {
    throw problemForStatus(answer.status, answer.statusText, answer.url, header(answer.headers['retry-after']) ?? undefined, answer.sentLogin);
  }

  const baseUrl = contentLocation(header(answer.headers['content-location']), answer.url);
  const reading = await (options.reader ?? sharedFeedReader()).read({
    body: answer.body,
    contentType: header(answer.headers['content-type']),
    url: answer.url,
    ...(baseUrl ? { baseUrl } : {}),
    fetchedAt,
    sanitise: options.sanitise ?? false,
    ...(options.storedItems ? { storedItems: options.storedItems } : {}),
    ...(options.knownMarkup ? { knownMarkup: options.knownMarkup } : {}),
    ...(options.articlesAsText ? { articlesAsText: true } : {}),
  });

  if (reading.kind === 'unreadable') throw new FeedProblem(reading.told, reading.reason);
  if (reading.kind === 'web-page') {
    const [only, ...others] = reading.feeds;
    if (!only) throw new FeedProblem(mainMessage('webPage'), 'not-a-feed', { offers: [] });
    if (others.length > 0) {
      const listed = reading.feeds.slice(0, 3).map((feed) => feed.url).join(', ');
      throw new FeedProblem(
        mainMessage('webPageListingFeeds', { count: reading.feeds.length, listed: `${listed}${reading.feeds.length > 3 ? ', …' : ''}` }),
        'not-a-feed',
        { offers: reading.feeds },
      );
    }
    if (!mayFollowPage) throw new FeedProblem(mainMessage('webPageToWebPage', { url: only.url }), 'not-a-feed');
    const followed = await fetchAndRead({ url: only.url, validators: { etag: null, lastModified: null } }, options, false);
    if (followed.kind !== 'updated') return followed;
    const note = mainMessage('followedWebPage', { url: only.url });
    const feed = { ...followed.feed, ...feedNotes([note, ...(followed.feed.notes ?? [])]) };
    return { ...followed, movedTo: followed.movedTo ?? only.url, feed };
  }

  // Both are lower bounds on how often to ask, so the larger wins: a ttl of 5 min under max-age=7200 still means 2 h.
  const bounds = [reading.suggestedIntervalSeconds, maxAgeSeconds(header(answer.headers['cache-control']))].filter((seconds) => seconds !== null);
  const suggested = bounds.length > 0 ? Math.max(...bounds) : null;
  return {
    kind: 'updated',
    feed: reading.feed,
    validators,
    movedTo: answer.movedTo,
    ...(suggested === null ? {} : { suggestedIntervalSeconds: suggested }),
    bytes: answer.body.byteLength,
    ...(reading.itemDigests ? { itemDigests: reading.itemDigests } : {}),
    ...(reading.knownMarkup ? { knownMarkup: reading.knownMarkup } : {}),
    ...(reading.articlesText ? { articlesText: reading.articlesText } : {}),
  };
}
