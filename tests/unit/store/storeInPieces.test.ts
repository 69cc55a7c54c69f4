import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addFeed } from '../../../renderer/db/feeds';
import { openDatabase } from '../../../renderer/db/database';
import { articlesPerTransaction, nextSliceSize, storePollResult, storePollResults } from '../../../renderer/db/ingest';
import { searchPage } from '../../../renderer/db/search/searchIndex';
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

describe('puts all at once, as the writer’s worker stores', () => {
  it('stores what storing in slices stores: the same rows, bodies, counts and search terms, a huge feed still in pieces', async () => {
    const stores = [openDatabase(`slices-${crypto.randomUUID()}`), openDatabase(`at-once-${crypto.randomUUID()}`)];
    try {
      const stored = [];
      for (const [index, db] of stores.entries()) {
        const small = await addFeed(db, 'https://small.example/feed', t0);
        const huge = await addFeed(db, 'https://huge.example/feed', t0);
        const options = { inSlices: index === 0 };
        const results = [
          pollResult(small.id, small.url, updated([parsedArticle('s1', { title: 'Tides in Hà Nội' }), parsedArticle('s2')], { validators }), t0 + 1),
          pollResult(huge.id, huge.url, updated(manyArticles(40)), t0 + 1),
        ];
        const transaction = vi.spyOn(db, 'transaction');
        await storePollResults(db, results, options);
        await storePollResults(db, [pollResult(huge.id, huge.url, updated(manyArticles(articlesPerTransaction + 30)), t0 + 2)], options);
        expect(transaction).toHaveBeenCalledTimes(3);
        expect(await storedCounts(db)).toEqual(await recount(db));
        const found = await searchPage(db, 'hanoi', { feedIds: null, after: null, limit: 5 });
        const strip = <T extends { key: string }>(rows: T[]) => rows.map((row) => ({ ...row, key: row.key.replace(/^\S+/, '') })).sort((a, b) => (a.key < b.key ? -1 : 1));
        stored.push({
          articles: strip((await db.articles.toArray()).map(({ feedId: _feedId, ...row }) => row)),
          bodies: strip(await db.bodies.toArray()),
          found: found.map((row) => row.title),
        });
      }
      expect(stored[0]?.articles).toHaveLength(articlesPerTransaction + 32);
      expect(stored[0]?.found).toEqual(['Tides in Hà Nội']);
      expect(stored[1]).toEqual(stored[0]);
    } finally {
      for (const db of stores) await db.delete();
    }
  });
});
