import 'fake-indexeddb/auto';
import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { runBackfills } from '../../../renderer/db/backfill';
import { bodyOf } from '../../../renderer/db/bodies';
import { openDatabase } from '../../../renderer/db/database';
import { schemaVersions } from '../../../renderer/db/migrations';
import { indexArticles, searchTables } from '../../../renderer/db/search/searchIndex';
import type { ArticleRecord, BodyRecord } from '../../../renderer/db/records';
import { feedRowBeforeVersion6, upgradePopulatedDatabase } from '../foundation/support/schemaUpgrade';
import { found } from './support';

const upToVersionFour = schemaVersions.filter((schema) => schema.version <= 4);
const t0 = Date.UTC(2025, 0, 1);
const words = ['storm', 'election', 'harbour', 'budget', 'festival'];
const timeOf = (index: number): number => t0 + ((index * 37) % 101) * 60_000;
const expectedOrder = new Map(Array.from({ length: 60 }, (_, index) => [`a${index}`, timeOf(index)]));

/** A body as version 4 stored it, before schema 6 added fields. */
type Version4Body = Omit<BodyRecord, 'summaryHtml' | 'authors' | 'contributors' | 'imageUrl' | 'comments' | 'geo'>;

/** Article `index` as version 4 stored it: keys in one order, times in another, so that key order is not time order. */
function storedArticle(index: number): { row: ArticleRecord; body: Version4Body } {
  const feedId = index % 2 === 0 ? 'fr' : 'vi';
  const key = `${feedId} a${String(index).padStart(3, '0')}`;
  const sortTime = timeOf(index);
  const title = index % 7 === 0 ? 'Hà Nội hôm nay' : `${words[index % words.length]} news ${index}`;
  return {
    row: {
      key,
      feedId,
      articleId: `a${index}`,
      title,
      url: `https://${feedId}.example/a${index}`,
      author: null,
      published: null,
      sortTime,
      firstSeenAt: sortTime,
      read: 1,
      starred: 0,
      language: feedId,
      detectedLanguage: feedId,
      languageConfidence: 0.9,
      translationFrom: null,
      storyKey: null,
      excerpt: 'Text.',
      digest: `digest-${index}`,
    },
    body: { key, contentHtml: `<p>Body of article number${index} about the ${words[(index + 1) % words.length]}.</p>`, baseUrl: null, enclosures: [], categories: [], alternates: [], translation: null, sourceLinks: [], credits: [] },
  };
}

/** A database as version 4 stored it: plain records, written without today's helpers. */
async function populateVersion4(db: Dexie, articles: number): Promise<void> {
  await db.table('feeds').bulkAdd(
    ['fr', 'vi'].map((id) => feedRowBeforeVersion6(id, t0)),
  );
  const stored = Array.from({ length: articles }, (_, index) => storedArticle(index));
  await db.table('articles').bulkAdd(stored.map(({ row }) => row));
  await db.table('bodies').bulkAdd(stored.map(({ body }) => body));
}

/** What a search must find, worked out from the stored rows and bodies. */
async function expected(db: Dexie, word: string): Promise<string[]> {
  const rows = (await db.table('articles').toArray()) as ArticleRecord[];
  const bodies = new Map(((await db.table('bodies').toArray()) as BodyRecord[]).map((body) => [body.key, body.contentHtml]));
  return rows
    .filter((row) => `${row.title} ${bodies.get(row.key) ?? ''}`.toLowerCase().includes(word))
    .sort((a, b) => b.sortTime - a.sortTime || (a.key < b.key ? 1 : -1))
    .map((row) => row.articleId);
}

describe('schema version 5', () => {
  it('upgrades a populated version-4 database: every row survives, and every stored article is found', async () => {
    // The backfills table gains version 5's progress; every other table keeps exactly its rows.
    const tables = ['feeds', 'folders', 'articles', 'bodies', 'settings', 'counts'];
    const { db, before } = await upgradePopulatedDatabase({ from: upToVersionFour, to: schemaVersions, populate: (old) => populateVersion4(old, 60), tables });
    try {
      expect(before.get('articles')?.size).toBe(60);
      for (const word of words) expect(await found(db, word, null, 9)).toEqual(await expected(db, word));
      expect(await found(db, 'hanoi')).toHaveLength(9);
      expect(await found(db, 'number1')).toEqual(['a19', 'a18', 'a17', 'a16', 'a15', 'a14', 'a13', 'a12', 'a11', 'a10', 'a1'].sort((a, b) => (expectedOrder.get(b) ?? 0) - (expectedOrder.get(a) ?? 0)));
    } finally {
      await db.delete();
    }
  });

  it('resumes indexing stored articles after a crash, and indexes each once', async () => {
    const name = `search-catch-up-${crypto.randomUUID()}`;
    const old = openDatabase(name, upToVersionFour);
    await old.open();
    await populateVersion4(old, 45);
    old.close();
    let db = openDatabase(name);
    await db.open();
    let batches = 0;
    // The window closes after the second batch has committed.
    await expect(
      runBackfills(
        db,
        () => {
          batches += 1;
          if (batches === 2) throw new Error('the window closed');
        },
        schemaVersions,
        10,
      ),
    ).rejects.toThrow('the window closed');
    db.close();
    db = openDatabase(name);
    await db.open();
    expect((await db.searchSegments.toArray()).reduce((sum, segment) => sum + segment.size, 0)).toBe(20);
    await runBackfills(db, () => undefined, schemaVersions, 10);
    const segments = (await db.searchSegments.toArray()).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    expect(segments.map((segment) => segment.size)).toEqual([10, 10, 10, 10, 5]);
    // Indexed in time order: each segment covers its own span of time, so a newest-first search reads the newest.
    segments.slice(1).forEach((segment, index) => expect(segment.lo).toBeGreaterThanOrEqual(segments[index]?.hi ?? 0));
    for (const word of words) expect(await found(db, word)).toEqual(await expected(db, word));
    await db.delete();
  });

  it('writes an article and its index entry together or not at all', async () => {
    const db = openDatabase(`search-atomic-${crypto.randomUUID()}`);
    await db.open();
    await populateVersion4(db, 0);
    // Written by today's ingest: bodies in today's shape.
    const written = [storedArticle(1), storedArticle(2)].map(({ row, body }) => ({ row, body: bodyOf(body) }));
    // Ingest fails after the index entry is written: the transaction takes both back.
    await expect(
      db.transaction('rw', [db.articles, db.bodies, ...searchTables(db)], async () => {
        await db.articles.bulkPut(written.map(({ row }) => row));
        await db.bodies.bulkPut(written.map(({ body }) => body));
        await indexArticles(db, written);
        throw new Error('storage is full');
      }),
    ).rejects.toThrow('storage is full');
    expect(await db.articles.count()).toBe(0);
    expect(await db.searchSegments.count()).toBe(0);
    expect(await db.searchBlocks.count()).toBe(0);
    await db.transaction('rw', [db.articles, db.bodies, ...searchTables(db)], async () => {
      await db.articles.bulkPut(written.map(({ row }) => row));
      await db.bodies.bulkPut(written.map(({ body }) => body));
      await indexArticles(db, written);
    });
    expect(await found(db, 'news')).toEqual(['a2', 'a1']);
    await db.delete();
  });

  it('has nothing to catch up in a database created by this version', async () => {
    const db = openDatabase(`search-fresh-${crypto.randomUUID()}`);
    await db.open();
    expect((await db.backfills.get(5))?.done).toBe(true);
    await db.delete();
  });
});
