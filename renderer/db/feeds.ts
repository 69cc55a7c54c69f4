import { emptyFeedDetails } from '../../shared/model/article';
import type { Subscription } from '../../shared/model/feed';
import type { TidingsDb } from './database';
import { searchTables, unindexArticles } from './search/searchIndex';
import type { FeedRecord } from './records';

/**
 * Adds a subscription; the same address twice gives back the feed already there.
 * `now` counts as its first fetch, which the caller makes at once, so the poller does not fetch it a second time.
 */
export async function addFeed(db: TidingsDb, url: string, now = Date.now()): Promise<FeedRecord> {
  const known = await db.feeds.where('url').equals(url).first();
  if (known && known.unsubscribedAt !== null) {
    // Unsubscribed, its starred articles kept: following it again brings the row back with them.
    const revived = { ...known, unsubscribedAt: null, lastFetchedAt: now, etag: null, lastModified: null };
    await db.feeds.put(revived);
    return revived;
  }
  if (known) return known;
  const feed = newFeedRecord(url, { addedAt: now });
  await db.feeds.add(feed);
  return feed;
}

/** The feed already followed under any of these addresses, if one is. */
export async function followedFeedAt(db: TidingsDb, addresses: readonly string[]): Promise<FeedRecord | undefined> {
  const distinct = [...new Set(addresses)];
  return distinct.length === 0 ? undefined : db.feeds.where('url').anyOf(distinct).filter((feed) => feed.unsubscribedAt === null).first();
}

/**
 * A subscription as first stored: named after its host until its first fetch names it. Added through the window, it
 * counts as fetched when added (the window fetches it at once); imported, `lastFetchedAt` null makes it due at once.
 */
export function newFeedRecord(
  url: string,
  { addedAt, lastFetchedAt = addedAt, id = crypto.randomUUID() }: { addedAt: number; lastFetchedAt?: number | null; id?: string },
): FeedRecord {
  return {
    id,
    url,
    title: new URL(url).hostname,
    customTitle: null,
    siteUrl: null,
    language: null,
    details: emptyFeedDetails(),
    languageOverride: null,
    folderId: null,
    addedAt,
    lastFetchedAt,
    etag: null,
    lastModified: null,
    error: null,
    gone: 0,
    warnings: [],
    pollIntervalMinutes: null,
    publisherIntervalSeconds: null,
    position: null,
    paused: 0,
    unsubscribedAt: null,
    lastSucceededAt: null,
    failures: 0,
    errorKind: null,
    icon: null,
    iconCheckedAt: null,
    fullText: 'auto',
    cacheImages: 1,
    keepLast: null,
  };
}

/** Removes a feed with its articles, their bodies, counts and search postings. */
export async function removeFeed(db: TidingsDb, feedId: string): Promise<void> {
  await db.transaction('rw', [db.feeds, db.articles, db.bodies, db.counts, ...searchTables(db)], async () => {
    const keys = await db.articles.where('[feedId+sortTime]').between([feedId, -Infinity], [feedId, Infinity]).primaryKeys();
    await Promise.all([
      db.bodies.bulkDelete(keys),
      db.articles.bulkDelete(keys),
      db.counts.where('feedId').equals(feedId).delete(),
      unindexArticles(db, keys),
      db.feeds.delete(feedId),
    ]);
  });
}

/** What the poller is told; feeds the server declared gone, paused ones and unsubscribed ones are left out. */
export function toSubscriptions(feeds: readonly FeedRecord[]): Subscription[] {
  return feeds
    .filter((feed) => feed.gone === 0 && feed.paused === 0 && feed.unsubscribedAt === null)
    .map((feed) => ({
      feedId: feed.id,
      url: feed.url,
      validators: { etag: feed.etag, lastModified: feed.lastModified },
      lastFetchedAt: feed.lastFetchedAt,
      intervalMinutes: feed.pollIntervalMinutes,
      publisherIntervalSeconds: feed.publisherIntervalSeconds,
      // Said only when off, so that main's background keeping of pictures skips the feed.
      ...(feed.cacheImages === 0 ? { cacheImages: false } : {}),
    }));
}

/** Sets (or, with null, removes) how often one feed is checked, in minutes. */
export async function setFeedInterval(db: TidingsDb, feedId: string, minutes: number | null): Promise<void> {
  await db.feeds.update(feedId, { pollIntervalMinutes: minutes });
}

/** Stops or starts checking a feed; its articles stay either way. */
export async function setFeedPaused(db: TidingsDb, feedId: string, paused: boolean): Promise<void> {
  await db.feeds.update(feedId, { paused: paused ? 1 : 0 });
}

/** The name to show: the user's, else the feed's own. */
export function feedName(feed: Pick<FeedRecord, 'title' | 'customTitle'>): string {
  return feed.customTitle ?? feed.title;
}
