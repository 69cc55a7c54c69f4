import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Dexie as DexieDatabase } from 'dexie';
import { schemaVersions } from '../../renderer/db/migrations';
import { emptyFeedDetails } from '../../shared/model/article';
import { readStore } from '../fixtures/loopback/storeInPage';
import { expect, test } from './harness';
import { folderPathOf } from './treeRows';

const dexieScript = createRequire(import.meta.url).resolve('dexie/dist/dexie.js');
// Dexie opens version n as IndexedDB version 10n.
const newestVersion = Math.max(...schemaVersions.map((schema) => schema.version)) * 10;
/** Every version a store can have been written by: each has shipped (there are no releases to tell them apart). */
const olderVersions = schemaVersions.map((schema) => schema.version).filter((version) => version * 10 < newestVersion);

/** A French feed in a folder, with more articles than one batch of a data move; half read, every tenth starred. */
const journal = { id: 'old-feed', title: 'Le Vieux Journal', articles: 2_500, language: 'fr', folder: 'Archives' };
/** An English feed outside any folder; a third read, none starred. */
const times = { id: 'old-times', title: 'The Old Times', articles: 300, language: 'en', folder: null };
const isRead = (feedId: string, index: number) => (feedId === journal.id ? index % 2 === 0 : index % 3 === 0);
const isStarred = (feedId: string, index: number) => feedId === journal.id && index % 10 === 5;

function expectedCounts(feed: typeof journal | typeof times) {
  let unread = 0;
  let starred = 0;
  for (let index = 0; index < feed.articles; index += 1) {
    if (!isRead(feed.id, index)) unread += 1;
    if (isStarred(feed.id, index)) starred += 1;
  }
  return { total: feed.articles, unread, starred };
}

/**
 * Writes a store as Tidings did at `version`: the tables that version declared, rows with the fields it wrote (read
 * from the records of its time), the counts and finished data moves of the versions that had them. A blank page of
 * the app's own origin, so the database is the one the app opens.
 */
async function writeStoreOfVersion(page: Page, appUrl: string, version: number): Promise<void> {
  const blank = new URL('old-version', appUrl).href;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old version</title>' }));
  await page.goto(blank);
  await page.addScriptTag({ path: dexieScript });
  const stores = schemaVersions.filter((schema) => schema.version <= version).map(({ version: number, stores: declared }) => ({ number, declared }));
  const backfilled = schemaVersions.filter((schema) => schema.version <= version && schema.backfill).map((schema) => schema.version);
  await page.evaluate(
    async ({ version, stores, backfilled, feeds, details }) => {
      const { Dexie } = window as unknown as { Dexie: new (name: string) => DexieDatabase };
      const db = new Dexie('tidings');
      for (const { number, declared } of stores) db.version(number).stores(declared);
      await db.open();
      const base = Date.UTC(2025, 0, 1);
      const read = (feedId: string, index: number) => (feedId === 'old-feed' ? index % 2 === 0 : index % 3 === 0);
      const starred = (feedId: string, index: number) => feedId === 'old-feed' && index % 10 === 5;
      await db.table('folders').add({ id: 'old-folder', name: 'Archives', position: 0 });
      for (const feed of feeds) {
        await db.table('feeds').add({
          id: feed.id, url: `http://127.0.0.1:9/${feed.id}.xml`, title: feed.title, customTitle: null, siteUrl: null, language: feed.language,
          folderId: feed.folder ? 'old-folder' : null, addedAt: base, lastFetchedAt: Date.now(), etag: null, lastModified: null, error: null, gone: 0,
          ...(version >= 2 ? { languageOverride: null } : {}),
          ...(version >= 3 ? { warnings: [], pollIntervalMinutes: null, publisherIntervalSeconds: null } : {}),
          ...(version >= 6 ? { details } : {}),
        });
        const rows = Array.from({ length: feed.articles }, (_, index) => {
          const isRead = read(feed.id, index);
          const isStarred = starred(feed.id, index);
          const sortTime = base + index * 60_000;
          return {
            key: `${feed.id} a${index}`, feedId: feed.id, articleId: `a${index}`, title: `${feed.title} ${index}`, url: null, author: null, published: null,
            sortTime, firstSeenAt: base, read: isRead ? 1 : 0, starred: isStarred ? 1 : 0, language: feed.language, translationFrom: null, excerpt: `Text ${index}.`,
            ...(version >= 2 ? { detectedLanguage: feed.language, languageConfidence: 0.9, storyKey: null } : {}),
            ...(version >= 4 ? { digest: `digest ${index}`, ...(isRead ? {} : { unreadTime: sortTime }), ...(isStarred ? { starredTime: sortTime } : {}) } : {}),
            ...(version >= 6 ? { imageUrl: null } : {}),
          };
        });
        await db.table('articles').bulkAdd(rows);
        await db.table('bodies').bulkAdd(
          rows.map((row) => ({ key: row.key, contentHtml: `<p>${row.excerpt}</p>`, baseUrl: null, enclosures: [], categories: [], alternates: [], translation: null, sourceLinks: [], credits: [] })),
        );
        if (version >= 4) {
          const unread = rows.filter((row) => row.read === 0).length;
          const starredRows = rows.filter((row) => row.starred === 1).length;
          await db.table('counts').add({ key: `${feed.id}|${feed.language}`, feedId: feed.id, language: feed.language, total: rows.length, unread, starred: starredRows });
        }
      }
      // A store created by a version with data moves had nothing to move: its rows were written with every field.
      if (backfilled.length > 0) await db.table('backfills').bulkAdd(backfilled.map((number) => ({ version: number, moved: 0, done: true })));
      db.close();
    },
    { version, stores, backfilled, feeds: [journal, times], details: emptyFeedDetails() },
  );
  await page.unroute(blank);
}

const feedsTree = (page: Page) => page.getByRole('tree', { name: 'Feeds' });
const shown = (count: number) => count.toLocaleString('en-US');

for (const version of olderVersions) {
  test(`a store written by schema version ${version} opens in this version with every article, its marks, its folder and its counts`, async ({ page, harness }) => {
    test.setTimeout(120_000);
    await writeStoreOfVersion(page, harness.appUrl, version);
    const journalCounts = expectedCounts(journal);
    const timesCounts = expectedCounts(times);

    await page.goto(harness.appUrl);
    const journalRow = feedsTree(page).getByRole('treeitem', { name: /Le Vieux Journal/ });
    await expect(journalRow).toContainText(shown(journalCounts.unread), { timeout: 30_000 });
    await expect(feedsTree(page).getByRole('treeitem', { name: /The Old Times/ })).toHaveAccessibleName(`The Old Times ${shown(timesCounts.unread)}`);
    // The flat folder of the older versions is a top-level folder now, open, its feed in it and its count theirs.
    const folder = feedsTree(page).getByRole('treeitem', { name: /^Archives/ });
    await expect(folder).toHaveAttribute('aria-expanded', 'true');
    await expect(folder).toHaveAccessibleName(`Archives ${shown(journalCounts.unread)}`);
    await expect(feedsTree(page).getByRole('treeitem', { name: /Le Vieux Journal/ })).toBeVisible();
    expect(await folderPathOf(feedsTree(page), 'Le Vieux Journal')).toEqual(['Archives']);
    await expect(page.getByRole('button', { name: /^Starred/ })).toHaveText(new RegExp(`Starred\\s*${shown(journalCounts.starred)}`));

    // Every row, body and mark is there, and the stored counters are the rows' own counts.
    const store = await readStore(page);
    expect(store.articles).toBe(journal.articles + times.articles);
    expect(store.bodies).toBe(journal.articles + times.articles);
    expect(store.duplicateItems).toBe(0);
    expect(store.unreadPerFeed).toEqual({ [journal.id]: journalCounts.unread, [times.id]: timesCounts.unread });
    expect(store.countersPerFeed).toEqual({ [journal.id]: journalCounts, [times.id]: timesCounts });
    expect(await databaseVersion(page)).toBe(newestVersion);

    await journalRow.click();
    await expect(page.locator('.pane-title')).toContainText(`${shown(journal.articles)} articles`);
    const newest = page.getByRole('row', { name: new RegExp(`Le Vieux Journal ${journal.articles - 1}\\b`) });
    await newest.click();
    await expect(page.getByText(`Text ${journal.articles - 1}.`).first()).toBeVisible();
    // Reading one (it was unread) takes it out of the unread count at once.
    await expect(journalRow).toContainText(shown(journalCounts.unread - 1));
    if (version < 5) {
      // Indexed after opening: a store older than search finds its articles too.
      await page.getByRole('searchbox', { name: 'Search articles' }).fill('journal 2017');
      await expect(page.getByRole('row', { name: /Le Vieux Journal 2017\b/ })).toBeVisible();
    }
  });
}

function databaseVersion(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tidings');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const version = open.result.version;
          open.result.close();
          resolve(version);
        };
      }),
  );
}

test('a store that cannot be opened says what failed and offers to try again, rather than an empty window', async ({ page, harness }) => {
  // A store whose version is ahead of its tables: opening it, the app finds none of the tables it reads.
  const blank = new URL('broken-store', harness.appUrl).href;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>broken store</title>' }));
  await page.goto(blank);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tidings', 5_000);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
  );
  await page.goto(harness.appUrl);
  const screen = page.getByRole('main', { name: 'Tidings could not start' });
  await expect(screen.getByRole('heading', { name: 'Tidings could not open your articles' })).toBeVisible();
  await expect(screen).toContainText('Nothing was changed');
  await expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  // Nothing was changed: the store is as it was.
  expect(await databaseVersion(page)).toBe(5_000);
});
