import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { removeFeed } from '../../../renderer/db/feeds';
import { nextMerge } from '../../../renderer/db/search/compaction';
import { compactSearchIndex } from '../../../renderer/db/search/searchIndex';
import type { SearchSegmentRecord } from '../../../renderer/db/search/searchRecords';
import { deleteSegment, indexTables } from '../../../renderer/db/search/segments';
import type { TidingsDb } from '../../../renderer/db/database';
import { useFreshDatabase } from '../foundation/support/database';
import { article, feedWith, fetchAgain, found } from './support';

const database = useFreshDatabase();
const queries = ['storm', 'report', 'rep', 'harbour fire', 'hanoi', 'ha noi', '東京', 'nothing'];

/** Six articles of one feed, with words shared across feeds. */
function articlesOf(feed: number) {
  return Array.from({ length: 6 }, (_, index) => {
    const title = index % 2 ? 'Storm report' : 'Market report';
    const body = `${index % 3 ? 'fire in the harbour' : 'Hà Nội'} ${feed % 5 ? '' : '東京都'}`;
    return article(`${feed}-${index}`, title, body, feed * 10 + index, { language: index % 3 ? 'en' : 'vi' });
  });
}

/** Feeds stored one fetch at a time, a segment each. */
async function manySegments(db: TidingsDb, from = 0, to = 20) {
  const feeds = [];
  for (let feed = from; feed < to; feed += 1) feeds.push(await feedWith(db, `feed${feed}`, articlesOf(feed)));
  return feeds;
}

async function answers(db: TidingsDb): Promise<string[][]> {
  return Promise.all(queries.map((query) => found(db, query, null, 7)));
}

async function indexedArticles(db: TidingsDb): Promise<number> {
  return (await db.searchSegments.toArray()).reduce((sum, segment) => sum + segment.size, 0);
}

describe('compaction', () => {
  it('merges segments into few, and every search answers as before', async () => {
    const db = database();
    await manySegments(db);
    const before = await answers(db);
    expect(await db.searchSegments.count()).toBe(20);
    expect(await compactSearchIndex(db)).toBeGreaterThan(0);
    expect(await db.searchSegments.count()).toBeLessThan(8);
    expect(await answers(db)).toEqual(before);
    expect(before[0]).toHaveLength(60);
  });

  it('drops the entries of removed feeds and the older versions of changed articles', async () => {
    const db = database();
    const feeds = await manySegments(db, 0, 4);
    await removeFeed(db, feeds[3]?.id ?? '');
    const changed = feeds[1];
    if (!changed) throw new Error('no feed');
    await fetchAgain(db, changed, [article('1-0', 'Storm report revised', 'nothing left of the harbour', 10)]);
    await manySegments(db, 4, 20);
    expect(await indexedArticles(db)).toBe(121);
    const before = await answers(db);
    await compactSearchIndex(db);
    expect(await indexedArticles(db)).toBe(114);
    expect(await indexedArticles(db)).toBe(await db.articles.count());
    expect(await answers(db)).toEqual(before);
  });

  it('leaves the index as it was when a merge is cut short, and drops a merge whose sources changed meanwhile', async () => {
    const db = database();
    await manySegments(db);
    const before = await answers(db);
    const segments = await db.searchSegments.count();
    // A crash while the merge is computed: nothing of it was written.
    await expect(compactSearchIndex(db, () => Promise.reject(new Error('the window closed')))).rejects.toThrow('the window closed');
    expect(await db.searchSegments.count()).toBe(segments);
    expect(await answers(db)).toEqual(before);
    // A source that disappears while the merge is computed: that merge is not written, and nothing is duplicated.
    let removed = false;
    await compactSearchIndex(db, async () => {
      if (removed) return;
      removed = true;
      const [first] = await db.searchSegments.toArray();
      await db.transaction('rw', indexTables(db), () => deleteSegment(db, first?.id ?? 0));
    });
    const after = await answers(db);
    for (const [index, ids] of after.entries()) {
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => before[index]?.includes(id))).toBe(true);
    }
  });
});

describe('which segments merge', () => {
  const segment = (id: number, size: number): SearchSegmentRecord => ({ id, size, lo: id, hi: id, blockFirstTerms: [], chunkTimes: new Float64Array(0) });

  it('merges small neighbours once they reach the next size, or once there are eight', () => {
    expect(nextMerge([segment(1, 100), segment(2, 100)])).toBeNull();
    expect(nextMerge([segment(1, 300), segment(2, 300)])?.map((s) => s.id)).toEqual([1, 2]);
    expect(nextMerge(Array.from({ length: 8 }, (_, index) => segment(index + 1, 10)))?.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('merges only neighbours, in indexing order, and never past 65,536 articles', () => {
    expect(nextMerge([segment(1, 300), segment(2, 40_000), segment(3, 300)])).toBeNull();
    expect(nextMerge([segment(1, 40_000), segment(2, 40_000)])).toBeNull();
    expect(nextMerge([segment(1, 40_000), segment(2, 20_000), segment(3, 5_000)])).toBeNull();
    expect(nextMerge([segment(1, 20_000), segment(2, 6_000), segment(3, 8_000)])?.map((s) => s.id)).toEqual([1, 2, 3]);
    expect(nextMerge(Array.from({ length: 8 }, (_, index) => segment(index + 1, 20_000)))?.map((s) => s.id)).toEqual([1, 2]);
    expect(nextMerge([{ ...segment(9, 300), order: 1 }, segment(5, 30_000), { ...segment(7, 300), order: 2 }])?.map((s) => s.id)).toEqual([9, 7]);
  });
});
