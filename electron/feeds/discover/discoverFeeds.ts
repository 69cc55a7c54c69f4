import { defaultMaxBodyBytes, tidingsUserAgent } from '../fetchFeed';
import { FeedProblem, unreachable } from '../http/feedProblem';
import { fetchWithRedirects } from '../http/fetchWithRedirects';
import { problemForStatus } from '../http/statusMessages';
import { sharedFeedReader, type FeedReader } from '../worker/feedReader';
import type { Discovery } from '../../../shared/model/feed';
import { findFeedLinks, type DiscoveredFeed } from './findFeedLinks';

export interface DiscoverOptions {
  userAgent?: string;
  timeoutMs?: number;
  /** Where candidate documents are parsed: the worker threads by default, as for polling. */
  reader?: FeedReader;
}

export type { Discovery } from '../../../shared/model/feed';

/** Where feeds usually live when a site does not advertise them. */
export const commonFeedPaths = ['/feed', '/rss', '/atom.xml', '/feed.xml', '/index.xml', '/rss.xml'];

async function fetchDocument(url: string, options: DiscoverOptions): Promise<{ url: string; body: Buffer; contentType: string | null }> {
  const answer = await fetchWithRedirects(url, {
    headers: { 'User-Agent': options.userAgent ?? tidingsUserAgent('0.0.0'), Accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json;q=0.9, */*;q=0.5', 'Accept-Encoding': 'gzip, deflate, br' },
    connectTimeoutMs: 10_000,
    deadline: Date.now() + (options.timeoutMs ?? 20_000),
    maxBodyBytes: defaultMaxBodyBytes,
    wantsBody: (status) => status >= 200 && status < 300,
  });
  if (answer.status < 200 || answer.status >= 300) throw problemForStatus(answer.status, answer.statusText, answer.url, undefined);
  const type = answer.headers['content-type'];
  return { url: answer.url, body: answer.body, contentType: (Array.isArray(type) ? type[0] : type) ?? null };
}

function feedType(format: string | undefined): DiscoveredFeed['type'] {
  if (format === 'atom') return 'atom';
  if (format === 'json') return 'json';
  return format ? 'rss' : 'unknown';
}

async function probe(url: string, options: DiscoverOptions): Promise<DiscoveredFeed | null> {
  try {
    const document = await fetchDocument(url, options);
    const reading = await (options.reader ?? sharedFeedReader()).read({ ...document, fetchedAt: Date.now(), sanitise: false });
    if (reading.kind !== 'feed') return null;
    const text = document.body.subarray(0, 2048).toString('latin1');
    const format = /^\s*[{[]/.test(text) ? 'json' : /<feed[\s>]/.test(text) ? 'atom' : 'rss';
    return { url: document.url, title: reading.feed.title, type: feedType(format) };
  } catch {
    return null;
  }
}

/**
 * The feeds of a site: the address itself when it is a feed, else the feeds its page advertises,
 * else whichever of the common feed paths answer with a feed.
 */
export async function discoverFeeds(siteUrl: string, options: DiscoverOptions = {}): Promise<Discovery> {
  let page: { url: string; body: Buffer; contentType: string | null };
  try {
    page = await fetchDocument(siteUrl, options);
  } catch (error) {
    return { kind: 'failed', error: (error instanceof FeedProblem ? error : unreachable(siteUrl, error)).message };
  }
  const reading = await (options.reader ?? sharedFeedReader()).read({ ...page, fetchedAt: Date.now(), sanitise: false });
  if (reading.kind === 'feed') return { kind: 'found', feeds: [{ url: page.url, title: reading.feed.title, type: 'unknown' }] };
  const advertised = reading.kind === 'web-page' ? reading.feeds : findFeedLinks(page.body.toString('utf8'), page.url);
  if (advertised.length > 0) return { kind: 'found', feeds: advertised };
  const candidates = commonFeedPaths.map((path) => new URL(path, page.url).href);
  const probed = await Promise.all(candidates.map((candidate) => probe(candidate, options)));
  const seen = new Set<string>();
  const feeds = probed.filter((feed): feed is DiscoveredFeed => feed !== null && !seen.has(feed.url) && Boolean(seen.add(feed.url)));
  return { kind: 'found', feeds };
}
