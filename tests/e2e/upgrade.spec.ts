import { createRequire } from 'node:module';
import type { Dexie as DexieDatabase } from 'dexie';
import { schemaVersions } from '../../renderer/db/migrations';
import { expect, test } from './harness';

const dexieScript = createRequire(import.meta.url).resolve('dexie/dist/dexie.js');
const oldStores = schemaVersions.filter((schema) => schema.version <= 3).map(({ version, stores }) => ({ version, stores }));
const articleCount = 4_500;
// Dexie opens version n as IndexedDB version 10n.
const newestVersion = Math.max(...schemaVersions.map((schema) => schema.version)) * 10;

test('a store written by schema version 3 opens in this version with every article, its folder, its counts and its lists', async ({ page, harness }) => {
  // A blank page of the app's own origin, so the old database is the one the app opens, written by Dexie as version 3 did.
  const blank = new URL('old-version', harness.appUrl).href;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old version</title>' }));
  await page.goto(blank);
  await page.addScriptTag({ path: dexieScript });
  await page.evaluate(
    async ({ stores, count }) => {
      const { Dexie } = window as unknown as { Dexie: new (name: string) => DexieDatabase };
      const db = new Dexie('tidings');
      for (const { version, stores: declared } of stores) db.version(version).stores(declared);
      await db.open();
      const base = Date.UTC(2025, 0, 1);
      await db.table('folders').add({ id: 'old-folder', name: 'Archives', position: 0 });
      await db.table('feeds').add({
        id: 'old-feed', url: 'http://127.0.0.1:9/old.xml', title: 'Le Vieux Journal', customTitle: null, siteUrl: null, language: 'fr', languageOverride: null,
        folderId: 'old-folder', addedAt: base, lastFetchedAt: Date.now(), etag: null, lastModified: null, error: null, gone: 0, warnings: [], pollIntervalMinutes: null,
        publisherIntervalSeconds: null,
      });
      const rows = Array.from({ length: count }, (_, index) => ({
        key: `old-feed a${index}`, feedId: 'old-feed', articleId: `a${index}`, title: `Ancien article ${index}`, url: null, author: null, published: null,
        sortTime: base + index * 60_000, firstSeenAt: base, read: index % 2 === 0 ? 1 : 0, starred: 0, language: 'fr', detectedLanguage: 'fr',
        languageConfidence: 0.9, translationFrom: null, storyKey: null, excerpt: `Texte ${index}.`,
      }));
      await db.table('articles').bulkAdd(rows);
      await db.table('bodies').bulkAdd(rows.map((row) => ({ key: row.key, contentHtml: `<p>${row.excerpt}</p>`, baseUrl: null, enclosures: [], categories: [], alternates: [], translation: null, sourceLinks: [], credits: [] })));
      db.close();
    },
    { stores: oldStores, count: articleCount },
  );
  await page.unroute(blank);

  await page.goto(harness.appUrl);
  const feedRow = page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Le Vieux Journal/ });
  await expect(feedRow).toContainText((articleCount / 2).toLocaleString('en-US')); // the unread ones, counted by the upgrade
  // The flat folder of version 3 is a top-level folder now, open, its feed in it and its count theirs.
  const folder = page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /^Archives/ });
  await expect(folder).toHaveAttribute('aria-expanded', 'true');
  await expect(folder).toHaveAccessibleName(`Archives ${(articleCount / 2).toLocaleString('en-US')}`);
  await expect(folder.getByRole('treeitem', { name: /Le Vieux Journal/ })).toBeVisible();
  await feedRow.click();
  await expect(page.getByRole('option', { name: new RegExp(`Ancien article ${articleCount - 1}\\b`) })).toBeVisible();
  await expect(page.locator('.pane-title')).toContainText(`${articleCount.toLocaleString('en-US')} articles`);

  const stored = await page.evaluate(
    () =>
      new Promise<{ articles: number; bodies: number; version: number }>((resolve, reject) => {
        const open = indexedDB.open('tidings');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(['articles', 'bodies']);
          const articles = transaction.objectStore('articles').count();
          const bodies = transaction.objectStore('bodies').count();
          transaction.oncomplete = () => resolve({ articles: articles.result, bodies: bodies.result, version: db.version });
        };
      }),
  );
  expect(stored).toEqual({ articles: articleCount, bodies: articleCount, version: newestVersion });

  // Reading one takes it out of the unread count at once.
  await page.getByRole('option', { name: new RegExp(`Ancien article ${articleCount - 1}\\b`) }).click();
  await expect(feedRow).toContainText((articleCount / 2 - 1).toLocaleString('en-US'));
});
