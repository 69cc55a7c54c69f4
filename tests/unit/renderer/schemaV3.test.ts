import 'fake-indexeddb/auto';
import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { toSubscriptions } from '../../../renderer/db/feeds';
import { schemaVersions } from '../../../renderer/db/migrations';
import { readPreferences } from '../../../renderer/db/preferences';
import { listArticles } from '../../../renderer/db/queries';
import { defaultPollSettings } from '../../../shared/model/pollSettings';
import { upgradePopulatedDatabase } from '../foundation/support/schemaUpgrade';

const upToVersionTwo = schemaVersions.filter((schema) => schema.version <= 2);

/** A database as version 2 stored it: plain records, written without today's helpers. */
async function populateVersion2(db: Dexie): Promise<void> {
  await db.table('feeds').bulkAdd(
    ['fr', 'failing'].map((id) => ({
      id,
      url: `https://${id}.example/rss`,
      title: `${id} news`,
      customTitle: id === 'fr' ? 'Mon journal' : null,
      siteUrl: null,
      language: id === 'fr' ? 'fr' : null,
      languageOverride: id === 'fr' ? 'fr' : null,
      folderId: null,
      addedAt: 1_700_000_000_000,
      lastFetchedAt: 1_700_000_600_000,
      etag: `"${id}"`,
      lastModified: null,
      error: id === 'failing' ? 'The server answered 500' : null,
      gone: 0,
    })),
  );
  await db.table('articles').add({
    key: 'fr a1',
    feedId: 'fr',
    articleId: 'a1',
    title: 'Un article',
    url: 'https://fr.example/a1',
    author: null,
    published: '2024-06-25T10:00:00.000Z',
    sortTime: 1_719_309_600_000,
    firstSeenAt: 1_719_309_600_000,
    read: 1,
    starred: 1,
    language: 'fr',
    detectedLanguage: 'fr',
    languageConfidence: 0.9,
    translationFrom: 'vi',
    storyKey: 'nguoiduatin.vn/a',
    excerpt: 'Le texte.',
  });
  await db.table('bodies').add({ key: 'fr a1', contentHtml: '<p>Le texte.</p>', baseUrl: 'https://fr.example/a1', enclosures: [], categories: [], alternates: [], translation: null, sourceLinks: [], credits: ['AFP'] });
  await db.table('settings').bulkAdd([
    { key: 'preferredLanguages', value: ['fr', 'vi'] },
    { key: 'hiddenLanguages', value: ['de'] },
  ]);
}

describe('schema version 3', () => {
  it('upgrades a populated version-2 database: everything survives, and every feed gets empty health and its default interval', async () => {
    const { db, before } = await upgradePopulatedDatabase({ from: upToVersionTwo, to: schemaVersions, populate: populateVersion2 });
    try {
      expect(before.get('feeds')?.size).toBe(2);
      expect(before.get('settings')?.size).toBe(2);
      for (const feed of await db.feeds.toArray()) {
        expect(feed.warnings).toEqual([]);
        expect(feed.pollIntervalMinutes).toBeNull();
        expect(feed.publisherIntervalSeconds).toBeNull();
      }
      // The failing feed keeps its error, the other its name and override; the poller is told the same as before.
      expect((await db.feeds.get('failing'))?.error).toBe('The server answered 500');
      expect(toSubscriptions(await db.feeds.toArray()).map((s) => [s.feedId, s.intervalMinutes, s.validators.etag])).toEqual([
        ['failing', null, '"failing"'],
        ['fr', null, '"fr"'],
      ]);
      // Read and starred marks, and the reader's languages, are as they were; checking starts on the defaults.
      expect((await listArticles(db, { kind: 'all' })).map((row) => [row.key, row.read, row.starred])).toEqual([['fr a1', 1, 1]]);
      const preferences = await readPreferences(db);
      expect(preferences.preferredLanguages).toEqual(['fr', 'vi']);
      expect(preferences.hiddenLanguages).toEqual(['de']);
      expect(preferences.pollSettings).toEqual(defaultPollSettings);
    } finally {
      await db.delete();
    }
  });

  it('opens an empty version-2 database too', async () => {
    const { db } = await upgradePopulatedDatabase({ from: upToVersionTwo, to: schemaVersions, populate: async () => undefined });
    expect(await db.feeds.count()).toBe(0);
    await db.delete();
  });
});
