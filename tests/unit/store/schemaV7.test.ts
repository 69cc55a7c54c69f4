import 'fake-indexeddb/auto';
import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyFeedDetails } from '../../../shared/model/article';
import { feedsInFolder, moveFeed } from '../../../renderer/db/folders';
import { storePollResult } from '../../../renderer/db/ingest';
import { schemaVersions } from '../../../renderer/db/migrations';
import { feedRowBeforeVersion6, upgradePopulatedDatabase } from '../foundation/support/schemaUpgrade';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';

const upToVersionSix = schemaVersions.filter((schema) => schema.version <= 6);
const t0 = 1_719_309_600_000;
const day = 86_400_000;

/** A store as version 6 kept it: flat folders without parents, feeds without place, pause, health or icon. */
async function populateVersion6(db: Dexie): Promise<void> {
  await db.table('folders').bulkAdd([
    { id: 'news', name: 'News', position: 0 },
    { id: 'tech', name: 'Tech', position: 1 },
  ]);
  await db.table('feeds').bulkAdd([
    feedRowBeforeVersion6('fine', t0, { folderId: 'news', details: emptyFeedDetails(), lastFetchedAt: t0 + day }),
    feedRowBeforeVersion6('broken', t0, { folderId: 'tech', details: emptyFeedDetails(), error: 'The server answered 500', lastFetchedAt: t0 + day }),
    feedRowBeforeVersion6('gone', t0, { details: emptyFeedDetails(), error: 'The feed is gone', gone: 1 }),
  ]);
}

describe('schema version 7: folders that nest, feeds that remember their place and their health', () => {
  it('keeps every folder and feed of a version 6 store, at the top level, with the health the last fetch implies', async () => {
    const { db } = await upgradePopulatedDatabase({ from: upToVersionSix, to: schemaVersions, populate: populateVersion6 });
    expect(await db.folders.get('news')).toEqual({ id: 'news', name: 'News', position: 0, parentId: null, collapsed: 0 });
    expect(await db.feeds.get('fine')).toMatchObject({ folderId: 'news', position: null, paused: 0, unsubscribedAt: null, lastSucceededAt: t0 + day, failures: 0, errorKind: null, icon: null, fullText: 'auto', cacheImages: 1, keepLast: null });
    expect(await db.feeds.get('broken')).toMatchObject({ folderId: 'tech', lastSucceededAt: null, failures: 1, errorKind: 'network' });
    expect(await db.feeds.get('gone')).toMatchObject({ errorKind: 'gone', failures: 1 });
    await db.delete();
  });

  it('nests and counts failures on the upgraded store', async () => {
    const { db } = await upgradePopulatedDatabase({ from: upToVersionSix, to: schemaVersions, populate: populateVersion6 });
    await db.folders.update('tech', { parentId: 'news' });
    expect((await feedsInFolder(db, 'news')).sort()).toEqual(['broken', 'fine']);
    await moveFeed(db, 'gone', { folderId: 'tech' });
    expect((await feedsInFolder(db, 'news')).sort()).toEqual(['broken', 'fine', 'gone']);

    await storePollResult(db, pollResult('broken', 'https://broken.example/rss', { kind: 'failed', error: 'Nothing came in time', gone: false, reason: 'timeout' }, t0 + 2 * day));
    expect(await db.feeds.get('broken')).toMatchObject({ failures: 2, errorKind: 'timeout', lastSucceededAt: null });
    await storePollResult(db, pollResult('broken', 'https://broken.example/rss', updated([parsedArticle('a')]), t0 + 3 * day));
    expect(await db.feeds.get('broken')).toMatchObject({ failures: 0, errorKind: null, error: null, lastSucceededAt: t0 + 3 * day });
    await db.delete();
  });
});
