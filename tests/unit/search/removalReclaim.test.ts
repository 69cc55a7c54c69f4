import 'fake-indexeddb/auto';
import type { DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { storePollResult } from '../../../renderer/db/ingest';
import { markRead } from '../../../renderer/db/marks';
import { applyRetention } from '../../../renderer/db/retention';
import { compactSearchIndex } from '../../../renderer/db/search/searchIndex';
import type { FeedRecord } from '../../../renderer/db/records';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';
import { found } from './support';

const day = 24 * 60 * 60_000;
const now = Date.UTC(2025, 5, 1);
const noPause = () => Promise.resolve();

/** Rows written (put, added or deleted) per table since the count was last cleared. */
const writes = new Map<string, number>();

function rowsOf(request: DBCoreMutateRequest): number {
  if (request.type === 'deleteRange') return 1;
  return request.type === 'delete' ? request.keys.length : request.values.length;
}

let db: TidingsDb;
beforeEach(async () => {
  db = openDatabase(`reclaim-${crypto.randomUUID()}`);
  db.use({
    stack: 'dbcore',
    name: 'countWrites',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (request) => (writes.set(name, (writes.get(name) ?? 0) + rowsOf(request)), table.mutate(request)) };
      },
    }),
  });
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** A feed of `count` articles, one a day, `a0` the newest; each is found by its own word `zebra<index>`. */
async function feedOf(count: number): Promise<FeedRecord> {
  const feed = await addFeed(db, 'https://a.example/feed', now - 4_000 * day);
  const articles = Array.from({ length: count }, (_, index) =>
    parsedArticle(`a${index}`, { title: `Story zebra${index}`, contentHtml: `<p>Common words of every story, and quagga${index}</p>`, published: new Date(now - (index + 1) * day).toISOString() }),
  );
  await storePollResult(db, pollResult(feed.id, feed.url, updated(articles), now - 4_000 * day));
  await compactSearchIndex(db, noPause);
  return feed;
}

const keysOf = (feed: FeedRecord, from: number, to: number) => Array.from({ length: to - from }, (_, index) => `${feed.id} a${from + index}`);

async function indexedArticles(): Promise<{ live: number; removed: number }> {
  const chunks = await db.searchDocs.toArray();
  const digests = chunks.flatMap((chunk) => chunk.digests);
  return { live: digests.filter((digest) => digest !== '').length, removed: digests.filter((digest) => digest === '').length };
}

async function indexedTerms(): Promise<Set<string>> {
  return new Set((await db.searchBlocks.toArray()).flatMap((block) => block.terms.split('\n')));
}

describe('cleanup and the search index', () => {
  it('marks a removed article in its docs chunk alone: no block of terms is rewritten, whatever the segment holds', async () => {
    const feed = await feedOf(3_000);
    const segments = await db.searchSegments.toArray();
    expect(Math.max(...segments.map((segment) => segment.size))).toBeGreaterThanOrEqual(600);
    await markRead(db, keysOf(feed, 2_999, 3_000));
    writes.clear();

    const run = await applyRetention(db, { now, pause: noPause });

    expect(run.removed).toBe(1);
    expect(writes.get('searchBlocks') ?? 0).toBe(0);
    expect(writes.get('searchDocs')).toBe(1);
    expect(writes.get('searchSegments')).toBe(1);
    expect(await indexedArticles()).toEqual({ live: 2_999, removed: 1 });
  });

  it('gives back the space of removed articles once compaction rewrites their segment', async () => {
    const feed = await feedOf(2_000);
    expect((await indexedTerms()).has('quagga1999')).toBe(true);
    await markRead(db, keysOf(feed, 1_000, 2_000));
    const run = await applyRetention(db, { now, pause: noPause });
    expect(run.removed).toBe(1_000);
    expect(await indexedArticles()).toEqual({ live: 1_000, removed: 1_000 });

    await compactSearchIndex(db, noPause);

    expect(await indexedArticles()).toEqual({ live: 1_000, removed: 0 });
    const terms = await indexedTerms();
    expect(terms.has('quagga1999')).toBe(false);
    expect(terms.has('quagga999')).toBe(true);
    expect(await found(db, 'zebra1500')).toEqual([]);
    expect(await found(db, 'zebra999')).toEqual(['a999']);
    expect((await found(db, 'common words')).length).toBe(1_000);
    expect((await db.searchSegments.toArray()).every((segment) => (segment.removed ?? 0) === 0)).toBe(true);
  });

  it('leaves a segment alone while few of its articles are gone', async () => {
    const feed = await feedOf(1_000);
    await markRead(db, keysOf(feed, 990, 1_000));
    await applyRetention(db, { now, pause: noPause });
    writes.clear();
    expect(await compactSearchIndex(db, noPause)).toBe(0);
    expect(writes.get('searchBlocks') ?? 0).toBe(0);
    expect(await indexedArticles()).toEqual({ live: 990, removed: 10 });
  });
});
