import type { Page } from '@playwright/test';
import { manyFeedsFolder } from '../fixtures/loopback/manyFeeds';
import { addFeed, expect, test } from './harness';
import { folderPathOf, readTree } from './treeRows';

const feedsTree = (page: Page) => page.getByRole('tree', { name: 'Feeds' });
const feedButton = (page: Page, name: string) =>
  feedsTree(page)
    .locator('.feed-row')
    .filter({ has: page.locator('.source-title', { hasText: new RegExp(`^${name}$`) }) });
const folderRow = (page: Page, name: string) => feedsTree(page).locator('.folder-row', { has: page.locator(`:scope > .folder-line .source-title`, { hasText: new RegExp(`^${name}$`) }) });

/** The folder path a feed is shown in, outermost first, read from the tree as a reader scrolls it. */
async function folderOf(page: Page, name: string): Promise<string[] | null> {
  return folderPathOf(feedsTree(page), name);
}

/** Every feed shown, with its folder path, after opening every folder. */
async function shownTree(page: Page): Promise<string[]> {
  while ((await feedsTree(page).locator('.folder-row[aria-expanded="false"]').count()) > 0) {
    await feedsTree(page).locator('.folder-row[aria-expanded="false"] > .folder-line > .disclosure').first().click();
  }
  const lines = (await readTree(feedsTree(page))).filter((line) => line.kind === 'feed').map((line) => `${line.path.join('/')}: ${line.name}`);
  return lines.sort();
}

async function importOpml(page: Page, name: string, body: string | Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import subscriptions…' }).first().click();
  await (await chooser).setFiles({ name, mimeType: 'text/x-opml', buffer: Buffer.from(body) });
}

test('fifty feeds in three folders: imported, organised by mouse and keyboard, renamed, unsubscribed, exported and imported again', async ({ page, harness, browser }) => {
  test.setTimeout(120_000);
  const opml = await (await fetch(harness.feeds.url('/many.opml'))).text();
  await page.goto(harness.appUrl);
  await importOpml(page, 'many.opml', opml);
  const summary = page.getByRole('dialog', { name: /import/i });
  await expect(summary).toContainText('50 feeds imported');
  await summary.getByRole('button', { name: /close|done|ok/i }).first().click();

  // Every feed shows in its folder, two levels deep, and the poller fetches them all: 2 articles each.
  const allArticles = page.getByRole('button', { name: /^All articles/ });
  await expect(allArticles.locator('.count')).toHaveText('100 articles', { timeout: 60_000 });
  await expect(folderRow(page, 'News')).toBeVisible();
  expect(await folderOf(page, 'Feed 20')).toEqual(manyFeedsFolder(20));
  expect(await folderOf(page, 'Feed 40')).toEqual(['Science']);
  await expect(folderRow(page, 'News').locator(':scope > .folder-line .count')).toHaveText('66');

  // A folder shut (by the keyboard: Left on it) hides its feeds and keeps its count; open again shows them.
  await folderRow(page, 'Asia').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(folderRow(page, 'Asia')).toHaveAttribute('aria-expanded', 'false');
  await expect(feedButton(page, 'Feed 20')).toHaveCount(0);
  await expect(folderRow(page, 'Asia').locator(':scope > .folder-line .count')).toHaveText('34');

  // Drag and drop: Feed 16 from News into Science.
  await feedButton(page, 'Feed 16').dragTo(folderRow(page, 'Science').locator(':scope > .folder-line'));
  await expect.poll(() => folderOf(page, 'Feed 16')).toEqual(['Science']);
  await folderRow(page, 'Asia').locator(':scope > .folder-line > .disclosure').click();
  await expect(feedButton(page, 'Feed 20')).toBeVisible();

  // By keyboard: the menu key on Feed 2, "Move to…", Science, Move.
  await feedButton(page, 'Feed 2').focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Move to…' }).focus();
  await page.keyboard.press('Enter');
  const move = page.getByRole('dialog', { name: 'Move “Feed 2” to' });
  await move.getByRole('radio', { name: 'Science' }).focus();
  await page.keyboard.press('Space');
  await move.getByRole('button', { name: 'Move', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => folderOf(page, 'Feed 2')).toEqual(['Science']);
  await expect(feedButton(page, 'Feed 2')).toBeFocused();

  // Rename from the menu, in place.
  await feedButton(page, 'Feed 3').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const field = page.getByRole('textbox', { name: 'New name for “Feed 3”' });
  await field.fill('Morning briefing');
  await field.press('Enter');
  await expect(feedButton(page, 'Morning briefing')).toBeVisible();

  // Unsubscribe, then Undo: the feed comes back with its articles.
  page.on('dialog', (dialog) => void dialog.accept());
  await feedButton(page, 'Feed 5').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Unsubscribe…' }).click();
  await expect(feedButton(page, 'Feed 5')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(feedButton(page, 'Feed 5')).toBeVisible();
  await expect(allArticles.locator('.count')).toHaveText('100 articles');

  // Unsubscribe for good: its starred article stays, the other goes when the undo runs out.
  await feedButton(page, 'Feed 4').click();
  const list = page.getByRole('grid', { name: 'Article list' });
  await list.getByRole('row', { name: /Feed 4, story 1/ }).click();
  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: /^Starred/ }).locator('.count')).toHaveText(/^1\b/);
  await feedButton(page, 'Feed 4').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Unsubscribe…' }).click();
  await expect(feedButton(page, 'Feed 4')).toHaveCount(0);
  await expect(page.getByRole('status').getByRole('button', { name: 'Undo' })).toHaveCount(0, { timeout: 15_000 });
  await expect(allArticles.locator('.count')).toHaveText('99 articles');
  await page.getByRole('button', { name: /^Starred/ }).click();
  await expect(list.getByRole('row')).toHaveCount(1);
  await expect(list.getByRole('row').first()).toContainText('Feed 4, story 1');

  // Export, and import into a fresh profile: the same feeds, in the same folders, with the same names.
  const before = await shownTree(page);
  expect(before).toHaveLength(49);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByRole('button', { name: 'Export subscriptions…' }).click();
  const exported = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of exported) chunks.push(chunk as Buffer);

  const fresh = await browser.newContext();
  const second = await fresh.newPage();
  await second.goto(harness.appUrl);
  await importOpml(second, 'tidings-subscriptions.opml', Buffer.concat(chunks));
  await expect(second.getByRole('dialog', { name: /import/i })).toContainText('49 feeds imported');
  await second.getByRole('dialog', { name: /import/i }).getByRole('button', { name: /close|done|ok/i }).first().click();
  expect(await shownTree(second)).toEqual(before);
  await fresh.close();
});

test('the sources are a tree the arrow keys walk: down and up, into and out of folders, Enter selects', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await addFeed(page, harness.feeds.url('/science.xml'));
  await page.getByRole('button', { name: 'New folder' }).click();
  await page.getByLabel('Folder name').fill('Reading');
  await page.getByRole('button', { name: 'Create' }).click();
  const tree = feedsTree(page);
  const folder = tree.getByRole('treeitem', { name: /^Reading/ });
  await expect(folder).toBeFocused();
  await feedButton(page, 'Science Weekly').dragTo(folder.locator(':scope > .folder-line'));
  // In the folder: listed right under it, one level deeper, the first of its one item.
  await expect.poll(() => folderPathOf(tree, 'Science Weekly')).toEqual(['Reading']);
  const science = tree.getByRole('treeitem', { name: /Science Weekly/ });
  await expect(science).toBeVisible();
  await expect(science).toHaveAttribute('aria-level', '2');
  await expect(science).toHaveAttribute('aria-posinset', '1');
  await expect(science).toHaveAttribute('aria-setsize', '1');

  // Tab reaches the tree once, on its first item while no feed or folder is selected.
  await page.getByRole('button', { name: /^All articles/ }).click();
  await page.getByRole('button', { name: 'New folder' }).focus();
  await page.keyboard.press('Tab');
  await expect(folder).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('treeitem', { name: /Science Weekly/ })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(folder).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(folder).toHaveAttribute('aria-expanded', 'false');
  await expect(tree.getByRole('treeitem', { name: /Science Weekly/ })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('treeitem', { name: /Le Courrier du Monde/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tree.getByRole('treeitem', { name: /Le Courrier du Monde/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.pane-title')).toContainText('Le Courrier du Monde');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(folder).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tree.getByRole('treeitem', { name: /Science Weekly/ })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(page.locator('.pane-title')).toContainText('Science Weekly');
});
