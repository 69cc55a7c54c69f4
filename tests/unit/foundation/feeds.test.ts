import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../renderer/db/database';
import { addFeed, newFeedRecord, removeFeed, toSubscriptions } from '../../../renderer/db/feeds';
import { storePollResult } from '../../../renderer/db/ingest';
import type { FeedRecord } from '../../../renderer/db/records';
import { useFreshDatabase } from './support/database';
import { parsedArticle, pollResult, updated } from './support/fixtures';

const database = useFreshDatabase();
const now = Date.UTC(2025, 3, 2, 7, 30, 0);

describe('addFeed', () => {
  it('starts a feed with its host as title, free of errors, and counts now as its first fetch', async () => {
    const feed = await addFeed(database(), 'https://www.example.com/feed.xml', now);
    expect(feed).toMatchObject({
      url: 'https://www.example.com/feed.xml',
      title: 'www.example.com',
      addedAt: now,
      lastFetchedAt: now,
      error: null,
      gone: 0,
      etag: null,
      lastModified: null,
    });
    expect(await database().feeds.get(feed.id)).toEqual(feed);
  });

  it('gives back the feed already there when the same address is added twice', async () => {
    const first = await addFeed(database(), 'https://example.com/feed.xml', now);
    const second = await addFeed(database(), 'https://example.com/feed.xml', now + 60_000);
    expect(second.id).toBe(first.id);
    expect(second.addedAt).toBe(now);
    expect(await database().feeds.count()).toBe(1);
  });

  it('adds different addresses as different feeds', async () => {
    const a = await addFeed(database(), 'https://example.com/feed.xml', now);
    const b = await addFeed(database(), 'https://example.com/comments.xml', now);
    expect(a.id).not.toBe(b.id);
    expect(await database().feeds.count()).toBe(2);
  });
});

describe('removeFeed', () => {
  it('removes the feed with its articles and their bodies, and leaves other feeds alone', async () => {
    const db = database();
    const gone = await addFeed(db, 'https://gone.example/rss', now);
    const kept = await addFeed(db, 'https://kept.example/rss', now);
    await storePollResult(db, pollResult(gone.id, gone.url, updated([parsedArticle('1'), parsedArticle('2', { published: '2025-01-01T00:00:00Z' })]), now));
    await storePollResult(db, pollResult(kept.id, kept.url, updated([parsedArticle('1'), parsedArticle('3')]), now));

    await removeFeed(db, gone.id);

    expect(await db.feeds.toCollection().primaryKeys()).toEqual([kept.id]);
    expect((await db.articles.toArray()).map((row) => row.feedId)).toEqual([kept.id, kept.id]);
    expect((await db.bodies.toCollection().primaryKeys()).sort()).toEqual([articleKey(kept.id, '1'), articleKey(kept.id, '3')].sort());
  });

  it('is harmless for a feed that is not there', async () => {
    const kept = await addFeed(database(), 'https://kept.example/rss', now);
    await expect(removeFeed(database(), 'no-such-feed')).resolves.toBeUndefined();
    expect(await database().feeds.get(kept.id)).toBeDefined();
  });
});

describe('toSubscriptions', () => {
  const record = (id: string, overrides: Partial<FeedRecord> = {}): FeedRecord => ({
    ...newFeedRecord(`https://${id}.example/feed`, { id, addedAt: now, lastFetchedAt: now - 1000 }),
    title: id,
    ...overrides,
  });

  it('tells the poller each feed with its address, validators, last fetch and intervals', () => {
    const feed = record('a', {
      etag: '"e"',
      lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
      lastFetchedAt: 1234,
      error: 'old error',
      pollIntervalMinutes: 240,
      publisherIntervalSeconds: 3600,
    });
    expect(toSubscriptions([feed])).toEqual([
      {
        feedId: 'a',
        url: 'https://a.example/feed',
        validators: { etag: '"e"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' },
        lastFetchedAt: 1234,
        intervalMinutes: 240,
        publisherIntervalSeconds: 3600,
      },
    ]);
  });

  it('leaves out feeds the server declared gone, but keeps feeds that merely failed', () => {
    const subscriptions = toSubscriptions([record('a'), record('gone', { gone: 1 }), record('failing', { error: 'The server answered 500' })]);
    expect(subscriptions.map((s) => s.feedId)).toEqual(['a', 'failing']);
  });
});
