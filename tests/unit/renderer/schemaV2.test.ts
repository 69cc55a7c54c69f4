import 'fake-indexeddb/auto';
import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { schemaVersions } from '../../../renderer/db/migrations';
import { languageCounts, listArticles } from '../../../renderer/db/queries';
import { upgradePopulatedDatabase } from '../foundation/support/schemaUpgrade';
import { original } from './support';

const versionOne = schemaVersions.filter((schema) => schema.version === 1);
const originalIdentity = 'nguoiduatin.vn/bo-truong-quoc-phong-my-dien-dam-voi-bo-truong-quoc-phong-nga-a670059.html';

interface StoredArticle {
  key: string;
  url: string | null;
  language: string | null;
  translationFrom: string | null;
  sortTime: number;
  read: 0 | 1;
}

/** A database as version 1 stored it: plain records, written without today's helpers. */
async function populateVersion1(db: Dexie): Promise<void> {
  await db.table('folders').add({ id: 'folder-1', name: 'World', position: 0 });
  await db.table('feeds').bulkAdd(
    ['fr', 'en', 'vi', 'misc'].map((id) => ({
      id,
      url: `https://${id}.example/rss`,
      title: `${id} news`,
      customTitle: id === 'misc' ? 'Mine' : null,
      siteUrl: null,
      language: id === 'misc' ? null : id,
      folderId: id === 'fr' ? 'folder-1' : null,
      addedAt: 1_700_000_000_000,
      lastFetchedAt: 1_700_000_600_000,
      etag: `"${id}"`,
      lastModified: null,
      error: null,
      gone: 0,
    })),
  );
  const article = (feedId: string, articleId: string, url: string | null, language: string | null, translationFrom: string | null, sortTime: number) => ({
    key: `${feedId} ${articleId}`,
    feedId,
    articleId,
    title: `Title ${articleId}`,
    url,
    author: null,
    published: new Date(sortTime).toISOString(),
    sortTime,
    firstSeenAt: sortTime,
    read: articleId === 'read' ? 1 : 0,
    starred: 0,
    language,
    translationFrom,
    excerpt: `Excerpt ${articleId}`,
  });
  const rows = [
    article('fr', 'translated', 'https://fr.example/a', 'fr', 'vi', 3000), // names its original as a translation
    article('en', 'cited', 'https://en.example/a?utm_source=x', 'en', null, 2000), // names it as a source
    article('vi', 'original', original, 'vi', null, 1000), // is the original
    article('misc', 'hreflang', 'https://misc.example/de/b', 'de', null, 4000), // an hreflang sibling
    article('misc', 'read', null, null, null, 500), // nothing ties it to anything
    article('misc', 'bodiless', 'https://misc.example/c', 'de', null, 600), // its body never arrived
  ];
  await db.table('articles').bulkAdd(rows);
  const body = (key: string, evidence: Record<string, unknown>) => ({
    key,
    contentHtml: `<p>${key}</p>`,
    enclosures: [],
    categories: ['world'],
    alternates: [],
    translation: null,
    sourceLinks: [],
    credits: ['AFP'],
    ...evidence,
  });
  await db.table('bodies').bulkAdd([
    body('fr translated', { translation: { from: 'vi', originalUrl: original } }),
    body('en cited', { sourceLinks: [{ url: original, label: 'Người Đưa Tin' }] }),
    body('vi original', {}),
    body('misc hreflang', { alternates: [{ language: 'en', url: 'https://misc.example/en/b' }] }),
    body('misc read', {}),
  ]);
}

describe('schema version 2', () => {
  it('upgrades a populated version-1 database: every feed, row and body survives, and every row gets its story key', async () => {
    const { db, before } = await upgradePopulatedDatabase({ from: versionOne, to: schemaVersions, populate: populateVersion1 });
    try {
      expect(before.get('feeds')?.size).toBe(4);
      expect(before.get('articles')?.size).toBe(6);
      expect(before.get('bodies')?.size).toBe(5);
      expect(before.get('folders')?.size).toBe(1);

      const storyKeys = Object.fromEntries((await db.articles.toArray()).map((row) => [row.key, row.storyKey]));
      expect(storyKeys).toEqual({
        'fr translated': originalIdentity,
        'en cited': originalIdentity,
        'vi original': originalIdentity,
        'misc hreflang': 'misc.example/de/b', // the first of its own and its siblings' addresses
        'misc read': null,
        'misc bodiless': 'misc.example/c',
      });
      expect(await db.articles.where('storyKey').equals(originalIdentity).count()).toBe(3);

      // What the pipeline said is kept apart from the language shown, and no feed has an override yet.
      for (const row of await db.articles.toArray()) expect(row.detectedLanguage).toBe((before.get('articles')?.get(row.key) as StoredArticle).language);
      for (const feed of await db.feeds.toArray()) expect(feed.languageOverride).toBeNull();

      // The new indexes answer the language views, and the settings table is there.
      expect((await listArticles(db, { kind: 'language', language: 'de' })).map((row) => row.articleId)).toEqual(['hreflang', 'bodiless']);
      expect((await languageCounts(db)).map(({ language }) => language).sort()).toEqual(['de', 'en', 'fr', 'vi']);
      expect(await db.settings.count()).toBe(0);
    } finally {
      await db.delete();
    }
  });

  it('opens an empty version-1 database too', async () => {
    const { db } = await upgradePopulatedDatabase({ from: versionOne, to: schemaVersions, populate: async () => undefined });
    expect(await db.articles.count()).toBe(0);
    await db.delete();
  });
});
