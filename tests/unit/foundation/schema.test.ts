import 'fake-indexeddb/auto';
import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../renderer/db/database';
import { schemaVersions } from '../../../renderer/db/migrations';
import type { SchemaVersion } from '../../../renderer/db/migrations/schemaVersion';
import { listArticles, unreadCounts } from '../../../renderer/db/queries';
import { upgradePopulatedDatabase } from './support/schemaUpgrade';

describe('schema versions', () => {
  it('are listed oldest first, numbered upwards from 1', () => {
    expect(schemaVersions.length).toBeGreaterThan(0);
    expect(schemaVersions[0]?.version).toBe(1);
    schemaVersions.forEach((schema, index) => {
      expect(Number.isInteger(schema.version)).toBe(true);
      if (index > 0) expect(schema.version).toBeGreaterThan(schemaVersions[index - 1]?.version ?? Number.POSITIVE_INFINITY);
    });
  });

  it('declare the tables the app reads, each with a primary key', () => {
    const tables = new Map<string, string | null>();
    for (const schema of schemaVersions) for (const [name, spec] of Object.entries(schema.stores)) tables.set(name, spec);
    for (const name of ['feeds', 'folders', 'articles', 'bodies']) {
      const spec = tables.get(name);
      expect(spec, `table ${name}`).toEqual(expect.any(String));
      expect(spec?.split(',')[0]?.trim().length).toBeGreaterThan(0);
    }
  });
});

/** Records exactly as the first released schema stored them. */
async function populateVersion1(db: Dexie): Promise<void> {
  const feed = (id: string, url: string, extra: Record<string, unknown> = {}) => ({
    id,
    url,
    title: id,
    siteUrl: null,
    language: null,
    folderId: null,
    addedAt: 1_700_000_000_000,
    lastFetchedAt: 1_700_000_600_000,
    etag: null,
    lastModified: null,
    error: null,
    gone: 0,
    ...extra,
  });
  await db.table('folders').add({ id: 'folder-1', name: 'News', position: 0 });
  await db.table('feeds').bulkAdd([
    feed('feed-a', 'https://a.example/rss', { folderId: 'folder-1', etag: '"a1"', title: 'A Daily' }),
    feed('feed-b', 'https://b.example/atom', { error: 'The server answered 503', gone: 1 }),
  ]);
  const article = (feedId: string, articleId: string, sortTime: number, read: 0 | 1, starred: 0 | 1) => ({
    key: articleKey(feedId, articleId),
    feedId,
    articleId,
    title: `Title ${articleId}`,
    url: `https://example.com/${articleId}`,
    author: null,
    published: new Date(sortTime).toISOString(),
    sortTime,
    firstSeenAt: sortTime + 1,
    read,
    starred,
    language: 'de',
    translationFrom: articleId === 'a2' ? 'fr' : null,
    excerpt: `Excerpt ${articleId}`,
  });
  const articles = [
    article('feed-a', 'a1', 1_700_000_100_000, 1, 1),
    article('feed-a', 'a2', 1_700_000_200_000, 0, 0),
    article('feed-b', 'b1', 1_700_000_300_000, 0, 1),
  ];
  await db.table('articles').bulkAdd(articles);
  await db.table('bodies').bulkAdd(
    articles.map(({ key, articleId }) => ({
      key,
      contentHtml: `<p>${articleId}</p>`,
      enclosures: [{ url: `https://example.com/${articleId}.mp3`, type: 'audio/mpeg', length: 10 }],
      categories: ['x'],
      alternates: [{ language: 'en', url: `https://example.com/en/${articleId}` }],
      translation: articleId === 'a2' ? { from: 'fr', originalUrl: 'https://example.fr/a2' } : null,
      sourceLinks: [],
      credits: ['AFP'],
    })),
  );
}

describe('upgrading a populated database', () => {
  it('keeps every feed, folder, article and body when a version-1 database is opened with every schema version', async () => {
    const { db, before } = await upgradePopulatedDatabase({ from: schemaVersions.slice(0, 1), to: schemaVersions, populate: populateVersion1 });
    try {
      expect(before.get('feeds')?.size).toBe(2);
      expect(before.get('articles')?.size).toBe(3);
      expect(before.get('bodies')?.size).toBe(3);
      // And the upgraded data is usable through today's queries.
      expect((await listArticles(db, { kind: 'all' })).map((row) => row.articleId)).toEqual(['b1', 'a2', 'a1']);
      expect((await unreadCounts(db)).total).toBe(2);
    } finally {
      await db.delete();
    }
  });
});

describe('the upgrade check itself', () => {
  // Made-up next versions, to show that the check passes a faithful upgrade and catches a lossy one.
  const [first] = schemaVersions;
  const next = (upgrade: SchemaVersion['upgrade']): SchemaVersion => ({
    version: (first?.version ?? 1) + 1,
    stores: { articles: 'key, sortTime, [feedId+sortTime], [read+sortTime], [feedId+read], starred' },
    upgrade,
  });

  it('passes an upgrade that adds to rows and keeps them', async () => {
    const adds = next(async (tx) => {
      await tx.table('articles').toCollection().modify((row: Record<string, unknown>) => {
        row.pinned = 0;
      });
    });
    const { db } = await upgradePopulatedDatabase({ from: schemaVersions.slice(0, 1), to: [...schemaVersions.slice(0, 1), adds], populate: populateVersion1 });
    expect(db.verno).toBe(adds.version);
    await db.delete();
  });

  it('catches an upgrade that loses a body', async () => {
    const loses = next(async (tx) => {
      await tx.table('bodies').limit(1).delete();
    });
    await expect(
      upgradePopulatedDatabase({ from: schemaVersions.slice(0, 1), to: [...schemaVersions.slice(0, 1), loses], populate: populateVersion1 }),
    ).rejects.toThrow(/bodies/);
  });

  it('catches an upgrade that changes what a row said', async () => {
    const changes = next(async (tx) => {
      await tx.table('articles').toCollection().modify((row: Record<string, unknown>) => {
        row.read = 0;
      });
    });
    await expect(
      upgradePopulatedDatabase({ from: schemaVersions.slice(0, 1), to: [...schemaVersions.slice(0, 1), changes], populate: populateVersion1 }),
    ).rejects.toThrow(/articles/);
  });
});
