import { defaultMaxBodyBytes, tidingsUserAgent } from '../fetchFeed';
import { FeedProblem, unreachable } from '../http/feedProblem';
import { fetchWithRedirects } from '../http/fetchWithRedirects';
import { acceptEncoding } from '../http/httpGet';
import type { ProxyResolver } from '../http/proxy/proxyRoute';
import { problemForStatus } from '../http/statusMessages';
import { sharedFeedReader, type FeedReader } from '../worker/feedReader';
import { inEnglish } from '../../../shared/model/mainMessage';
import type { Discovery } from '../../../shared/model/feed';
import type { DocumentReading } from '../parse/documentReading';
import { findFeedLinks, type DiscoveredFeed } from './findFeedLinks';
import { isSubscriptionList, subscriptionListMessage } from './subscriptionLists';

export interface DiscoverOptions {
  userAgent?: string;
  timeoutMs?: number;
  /** Where candidate documents are parsed: the worker threads by default, as for polling. */
  reader?: FeedReader;
  /** Which proxy each address goes through; default none. */
  proxy?: ProxyResolver;
}

export type { Discovery } from '../../../shared/model/feed';

/** Where feeds usually live when a site does not advertise them. */
export const commonFeedPaths = ['/feed', '/rss', '/atom.xml', '/feed.xml', '/feed.json', '/index.xml', '/rss.xml'];

interface FetchedDocument {
  /** The address to subscribe to: the one asked for, or where it moved permanently. */
  url: string;
  /** The address that answered, which relative links are resolved against. */
  answeredUrl: string;
  body: Buffer;
  contentType: string | null;
}

async function fetchDocument(url: string, options: DiscoverOptions): Promise<FetchedDocument> {
  const answer = await fetchWithRedirects(url, {
    headers: { 'User-Agent': options.userAgent ?? tidingsUserAgent('0.0.0'), Accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json;q=0.9, */*;q=0.5', 'Accept-Encoding': acceptEncoding },
    connectTimeoutMs: 10_000,
    deadline: Date.now() + (options.timeoutMs ?? 20_000),
    maxBodyBytes: defaultMaxBodyBytes,
    wantsBody: (status) => status >= 200 && status < 300,
    ...(options.proxy ? { proxy: options.proxy } : {}),
  });
  if (answer.status < 200 || answer.status >= 300) throw problemForStatus(answer.status, answer.statusText, answer.url, undefined, answer.sentLogin);
  const type = answer.headers['content-type'];
  return { url: answer.movedTo ?? url, answeredUrl: answer.url, body: answer.body, contentType: (Array.isArray(type) ? type[0] : type) ?? null };
}

function feedType(opening: string): DiscoveredFeed['type'] {
  return /^\uFEFF?\s*[{[]/.test(opening) ? 'json' : /<feed[\s>]/.test(opening) ? 'atom' : 'rss';
}

/**
 * Reads a fetched document; `asFeed` is set when it is a feed, listed under the address to subscribe to. The opening is
 * looked at first: a worker takes the bytes with it.
 */
async function readDocument(document: FetchedDocument, reader: FeedReader): Promise<{ reading: DocumentReading; asFeed: DiscoveredFeed | null; opening: string }> {
  const opening = document.body.subarray(0, 512 * 1024).toString('utf8');
  const { answeredUrl, body, contentType } = document;
  const reading = await reader.read({ url: answeredUrl, body, contentType, fetchedAt: Date.now(), sanitise: false });
  const asFeed = reading.kind === 'feed' ? { url: document.url, title: reading.feed.title, type: feedType(opening.slice(0, 2048)) } : null;
  return { reading, asFeed, opening };
}

async function probe(url: string, options: DiscoverOptions): Promise<{ feed: DiscoveredFeed; answeredUrl: string } | null> {
  try {
    const document = await fetchDocument(url, options);
    const { asFeed } = await readDocument(document, options.reader ?? sharedFeedReader());
    return asFeed && { feed: asFeed, answeredUrl: document.answeredUrl };
  } catch {
    return null;
  }
}

/**
 * The feeds of a site: the address itself when it is a feed, else the feeds its page advertises,
 * else whichever of the common feed paths answer with a feed. Like polling, only a permanent redirect changes the
 * address listed.
 */
export async function discoverFeeds(siteUrl: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const reader = options.reader ?? sharedFeedReader();
  let page: FetchedDocument;
  try {
    page = await fetchDocument(siteUrl, options);
  } catch (error) {
    const problem = error instanceof FeedProblem ? error : unreachable(siteUrl, error);
    return { kind: 'failed', error: problem.message, message: problem.told };
  }
  // Looked at before reading: the worker takes the bytes with it.
  if (isSubscriptionList(page.body)) return { kind: 'failed', error: inEnglish(subscriptionListMessage), message: subscriptionListMessage };
  const { reading, asFeed, opening } = await readDocument(page, reader);
  if (asFeed) return { kind: 'found', feeds: [asFeed] };
  const advertised = reading.kind === 'web-page' ? reading.feeds : findFeedLinks(opening, page.answeredUrl);
  if (advertised.length > 0) return { kind: 'found', feeds: advertised };
  const candidates = commonFeedPaths.map((path) => new URL(path, page.answeredUrl).href);
  const probed = await Promise.all(candidates.map((candidate) => probe(candidate, options)));
  // Two paths redirecting to one feed list it once.
  const seen = new Set<string>();
  const feeds = probed.flatMap((found) => (found === null || seen.has(found.answeredUrl) ? [] : (seen.add(found.answeredUrl), [found.feed])));
  return { kind: 'found', feeds };
}
