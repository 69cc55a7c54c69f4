import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addFeed } from '../../../renderer/db/feeds';
import { articlesPerTransaction, nextSliceSize, storePollResult } from '../../../renderer/db/ingest';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';
import { recount, storedCounts } from './recount';

const database = useFreshDatabase();
const t0 = Date.UTC(2025, 4, 1, 9);
const manyArticles = (count: number) => Array.from({ length: count }, (_, index) => parsedArticle(`a${index}`));
const validators = { etag: '"v2"', lastModified: null };

describe('a feed larger than one transaction', () => {
  it('is stored a piece at a time, every article once, with its counts, and the feed marked read with the last piece', async () => {
    const db = database();
    const feed = await addFeed(db, 'https://huge.example/feed', t0);
    const count = articlesPerTransaction * 2 + 17;
    const transaction = vi.spyOn(db, 'transaction');

    const { added } = await storePollResult(db, pollResult(feed.id, feed.url, updated(manyArticles(count), { validators }), t0 + 1));

    expect(added).toBe(count);
    expect(await db.articles.where('feedId').equals(feed.id).count()).toBe(count);
    expect(await db.bodies.count()).toBe(count);
    expect(await storedCounts(db)).toEqual(await recount(db));
    expect(transaction).toHaveBeenCalledTimes(3);
    expect(await db.feeds.get(feed.id)).toMatchObject({ lastFetchedAt: t0 + 1, etag: '"v2"', error: null });
  });

  it('left half stored by a crash stays due, and its next read stores the rest once', async () => {
    const db = database();
    const feed = await addFeed(db, 'https://huge.example/feed', t0);
    const count = articlesPerTransaction * 2 + 5;
    const feedState = async () => {
      const row = await db.feeds.get(feed.id);
      return { lastFetchedAt: row?.lastFetchedAt, etag: row?.etag };
    };
    const asAdded = await feedState();
    const real = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let calls = 0;
    // The window dies while the second piece is stored: its transaction never commits.
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      calls += 1;
      return calls === 2 ? Promise.reject(new Error('the window closed')) : real(...args);
    }) as typeof db.transaction);

    await expect(storePollResult(db, pollResult(feed.id, feed.url, updated(manyArticles(count), { validators }), t0 + 1))).rejects.toThrow('the window closed');
    expect(await db.articles.count()).toBe(articlesPerTransaction);
    // The feed's read is not recorded: its validators and when it was read stay as they were, so it is due again.
    expect(await feedState()).toEqual(asAdded);
    expect(asAdded.etag).toBeNull();

    vi.restoreAllMocks();
    const { added } = await storePollResult(db, pollResult(feed.id, feed.url, updated(manyArticles(count), { validators }), t0 + 2));
    expect(added).toBe(count - articlesPerTransaction);
    expect(await db.articles.count()).toBe(count);
    expect(await storedCounts(db)).toEqual(await recount(db));
    expect(await db.feeds.get(feed.id)).toMatchObject({ lastFetchedAt: t0 + 2, etag: '"v2"' });
  });
});

describe('the slices of puts inside a transaction', () => {
  it('shrink after a slice that took too long and grow after a quick one, a twofold step at most, within bounds', () => {
    expect(nextSliceSize(100, 64)).toBe(50);
    expect(nextSliceSize(100, 24)).toBeLessThan(100);
    expect(nextSliceSize(100, 24)).toBeGreaterThan(50);
    expect(nextSliceSize(50, 2)).toBe(100);
    expect(nextSliceSize(200, 1)).toBe(200);
    expect(nextSliceSize(12, 500)).toBe(10);
    expect(nextSliceSize(40, 0)).toBe(80);
  });
});
