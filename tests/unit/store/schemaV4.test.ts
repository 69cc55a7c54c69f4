import 'fake-indexeddb/auto';
import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { runBackfills, type BackfillProgress } from '../../../renderer/db/backfill';
import { openDatabase } from '../../../renderer/db/database';
import { schemaVersions } from '../../../renderer/db/migrations';
import { readPage } from '../../../renderer/db/paging';
import { feedRowBeforeVersion6, upgradePopulatedDatabase } from '../foundation/support/schemaUpgrade';
import { recount, storedCounts } from './recount';

const upToVersionThree = schemaVersions.filter((schema) => schema.version <= 3);
const t0 = 1_719_309_600_000;

/** A database as version 3 stored it: plain records, written without today's helpers. */
async function populateVersion3(db: Dexie, articles = 25): Promise<void> {
  await db.table('feeds').bulkAdd(
    ['fr', 'vi'].map((id) => feedRowBeforeVersion6(id, t0)),
  );
  const rows = Array.from({ length: articles }, (_, index) => {
    const feedId = index % 2 === 0 ? 'fr' : 'vi';
    return {
      key: `${feedId} a${String(index).padStart(3, '0')}`,
      feedId,
      articleId: `a${index}`,
      title: `Article ${index}`,
      url: `https://${feedId}.example/a${index}`,
      author: null,
      published: null,
      sortTime: t0 + index * 60_000,
      firstSeenAt: t0,
      read: index % 3 === 0 ? 1 : 0,
      starred: index % 4 === 0 ? 1 : 0,
      language: index % 5 === 0 ? null : feedId,
      detectedLanguage: feedId,
      languageConfidence: 0.9,
      translationFrom: null,
      storyKey: null,
      excerpt: 'Text.',
    };
  });
  await db.table('articles').bulkAdd(rows);
  await db.table('bodies').bulkAdd(rows.map((row) => ({ key: row.key, contentHtml: `<p>${row.title}</p>`, baseUrl: row.url, enclosures: [], categories: [], alternates: [], translation: null, sourceLinks: [], credits: [] })));
}

describe('schema version 4', () => {
  it('upgrades a populated version-3 database: every row survives, and the counts and sparse indexes are built', async () => {
    const { db, before } = await upgradePopulatedDatabase({ from: upToVersionThree, to: schemaVersions, populate: (old) => populateVersion3(old) });
    try {
      expect(before.get('articles')?.size).toBe(25);
      expect(await storedCounts(db)).toEqual(await recount(db));
      expect(await db.articles.where('unreadTime').above(-Infinity).count()).toBe(await db.articles.filter((row) => row.read === 0).count());
      expect(await db.articles.where('starredTime').above(-Infinity).count()).toBe(await db.articles.filter((row) => row.starred === 1).count());
      const unread = await readPage(db, { source: { kind: 'feed', feedId: 'fr' }, filter: 'unread', sort: 'newest' });
      const stored = [...(before.get('articles')?.values() ?? [])] as Array<{ key: string; feedId: string; read: number }>;
      expect(unread.map((row) => row.key)).toEqual(
        stored
          .filter((row) => row.feedId === 'fr' && row.read === 0)
          .map((row) => row.key)
          .reverse(),
      );
    } finally {
      await db.delete();
    }
  });

  it('moves a large store in batches that resume where a crash stopped them, counting no row twice', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = openDatabase(name, upToVersionThree);
    await old.open();
    await populateVersion3(old, 230);
    old.close();

    const db = openDatabase(name);
    await db.open();
    const seen: BackfillProgress[] = [];
    // The window is closed after the second batch has committed.
    const crash = (progress: BackfillProgress) => {
      seen.push(progress);
      if (seen.length === 2) throw new Error('closed');
    };
    await expect(runBackfills(db, crash, schemaVersions, 50)).rejects.toThrow('closed');
    expect(await db.backfills.get(4)).toMatchObject({ moved: 100, done: false });

    const resumed: BackfillProgress[] = [];
    await runBackfills(db, (progress) => resumed.push(progress), schemaVersions, 50);
    expect(resumed.filter((progress) => progress.version === 4).map((progress) => progress.moved)).toEqual([150, 200, 230]);
    expect(resumed.filter((progress) => progress.version === 4).at(-1)).toMatchObject({ total: 230 });
    expect(await storedCounts(db)).toEqual(await recount(db));

    // Done is done: opening again moves nothing.
    const again: BackfillProgress[] = [];
    await runBackfills(db, (progress) => again.push(progress), schemaVersions, 50);
    expect(again).toEqual([]);
    expect(await storedCounts(db)).toEqual(await recount(db));
    await db.delete();
  });

  it('has nothing to move in a database this version creates', async () => {
    const db = openDatabase(`fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(await db.backfills.get(4)).toMatchObject({ done: true });
    await db.delete();
  });
});
