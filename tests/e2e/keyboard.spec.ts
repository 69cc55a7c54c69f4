import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { FeedServer } from '../fixtures/loopback/feedServer';
import { addFeed, expect, test } from './harness';

const newest = 'Un article plus récent';
const middle = 'Un deuxième article';
const oldest = /Les ministres de la Défense américain et russe/;

/** Three articles in one feed, listed newest first: `newest`, `middle`, then the fixture's French article. */
async function openNewsWithThreeArticles(page: Page, feeds: FeedServer): Promise<void> {
  feeds.publish({ guid: 'middle', title: middle, html: '<p>Le deuxième.</p>', published: new Date('2024-06-28T09:00:00Z'), path: '/articles/middle' });
  feeds.publish({ guid: 'newest', title: newest, html: '<p>Le plus récent.</p>', published: new Date('2024-06-30T09:00:00Z'), path: '/articles/newest' });
  await addFeed(page, feeds.url('/news.xml'), { expectClosed: true });
  await expect(articleRows(page)).toHaveCount(3);
}

const articleRows = (page: Page) => page.getByRole('grid', { name: 'Article list' }).getByRole('row');
/** The list's mark on an unread row: the list tells the commands what is unread as it shows it. */
const unreadMark = (page: Page, title: string) => articleRows(page).filter({ hasText: title }).getByLabel('Unread', { exact: true });
const readerHeading = (page: Page) => page.getByRole('main', { name: 'Reading pane' }).getByRole('heading', { level: 1 });

test('j and k move one article at a time; n and p go to the nearest unread; m marks the open one unread again', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await openNewsWithThreeArticles(page, harness.feeds);

  await page.keyboard.press('j');
  await expect(readerHeading(page)).toHaveText(newest);
  await page.keyboard.press('j');
  await expect(readerHeading(page)).toHaveText(middle);
  await page.keyboard.press('k');
  await expect(readerHeading(page)).toHaveText(newest);

  // The middle one was read on the way down: n skips it.
  await expect(unreadMark(page, middle)).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(readerHeading(page)).toHaveText(oldest);

  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(readerHeading(page)).toHaveText(newest);
  await page.keyboard.press('m');
  const unreadView = page.getByRole('button', { name: /^Unread/ });
  await expect(unreadView.locator('.count')).toHaveText(/^1\b/);

  await expect(unreadMark(page, newest)).toHaveCount(1);

  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(readerHeading(page)).toHaveText(oldest);
  await page.keyboard.press('p');
  await expect(readerHeading(page)).toHaveText(newest);
  await expect(unreadView.locator('.count')).toHaveCount(0);
});

test('arrow keys move through the list while it has focus; Shift+A marks all read and Ctrl+Z undoes it', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await openNewsWithThreeArticles(page, harness.feeds);

  await articleRows(page).filter({ hasText: newest }).click();
  await expect(readerHeading(page)).toHaveText(newest);
  await page.keyboard.press('ArrowDown');
  await expect(readerHeading(page)).toHaveText(middle);
  await expect(articleRows(page).filter({ hasText: middle })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(readerHeading(page)).toHaveText(newest);

  const unreadCount = page.getByRole('button', { name: /^Unread/ }).locator('.count');
  await expect(unreadCount).toHaveText(/^1\b/);
  await page.keyboard.press('Shift+A');
  await expect(unreadCount).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(unreadCount).toHaveText(/^1\b/);
});

test('space pages down through the open article, then goes on to the next unread', async ({ page, harness }) => {
  const older = 'Un article plus ancien';
  harness.feeds.publish({ guid: 'older', title: older, html: '<p>Plus ancien.</p>', published: new Date('2024-06-20T09:00:00Z'), path: '/articles/older' });
  // A short window, so that the French article is longer than a page.
  await page.setViewportSize({ width: 1360, height: 420 });
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'), { expectClosed: true });
  await articleRows(page).filter({ hasText: oldest }).click();
  await expect(readerHeading(page)).toHaveText(oldest);
  // The article is drawn in full, longer than the pane, before a reader would page down through it.
  await expect.poll(() => page.locator('.reader-scroller').evaluate((scroller) => scroller.scrollHeight - scroller.clientHeight)).toBeGreaterThan(0);

  await page.keyboard.press('Space');
  await expect.poll(() => page.locator('.reader-scroller').evaluate((scroller) => scroller.scrollTop)).toBeGreaterThan(0);
  await expect(readerHeading(page)).toHaveText(oldest);
  await expect(async () => {
    await page.keyboard.press('Space');
    await expect(readerHeading(page)).toHaveText(older, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
});

test('o opens the original of the open article in a new browser tab', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await openNewsWithThreeArticles(page, harness.feeds);
  await page.keyboard.press('j');
  await expect(readerHeading(page)).toHaveText(newest);
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('o');
  expect((await popup).url()).toBe(harness.feeds.url('/articles/newest'));
  expect(page.url()).toBe(harness.appUrl);
});

test('s stars the open article, and g s, g u and g a go to Starred, Unread and All', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await openNewsWithThreeArticles(page, harness.feeds);

  await page.keyboard.press('j');
  await expect(readerHeading(page)).toHaveText(newest);
  await page.keyboard.press('s');

  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(articleRows(page)).toHaveCount(1);
  await expect(articleRows(page)).toContainText(newest);

  await page.keyboard.press('g');
  await page.keyboard.press('u');
  await expect(page.getByRole('button', { name: /^Unread/ })).toHaveAttribute('aria-current', 'true');
  await expect(articleRows(page)).toHaveCount(2); // the starred one was read when it was opened

  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page.getByRole('button', { name: /^All articles/ })).toHaveAttribute('aria-current', 'true');
  await expect(articleRows(page)).toHaveCount(3);

  // s again takes the star off.
  await page.keyboard.press('j');
  await expect(readerHeading(page)).toHaveText(newest);
  await page.keyboard.press('s');
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(articleRows(page)).toHaveCount(0);
});

test('? opens the keyboard shortcuts, generated from the command table, and Escape closes them', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  const addFeedButton = page.getByRole('button', { name: 'Add feed' }).first();
  await addFeedButton.focus();

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toHaveAttribute('aria-modal', 'true');
  const row = (command: string) => sheet.locator(`[data-command="${command}"]`);
  await expect(row('next-article')).toContainText('Next article');
  await expect(row('next-article').locator('kbd')).toHaveText(['j', '↓']);
  await expect(row('go-starred').locator('kbd')).toHaveText(['g', 's']);
  await expect(row('mark-all-read').locator('kbd')).toHaveText(['Shift+A']);
  await expect(row('undo-mark').locator('kbd')).toHaveText(['Ctrl+Z']);
  await expect(row('reading-font-bigger')).toContainText('View menu');
  await expect(sheet.getByRole('heading', { level: 3 })).toHaveText(['Moving through articles', 'Going to', 'The open article', 'Tidings']);
  expect((await new AxeBuilder({ page }).include('.cheat-sheet').analyze()).violations).toEqual([]);

  // Keys belong to the dialog while it is open.
  await page.keyboard.press('g');
  await page.keyboard.press('u');
  await expect(page.getByRole('button', { name: /^All articles/ })).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(addFeedButton).toBeFocused();

  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toHaveCount(0);
});

test('/ puts the keyboard in the search field without typing the slash', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(search).toBeVisible(); // the app has started, and listens for keys
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');

  // Typed in the field, the shortcut letters are text.
  await page.keyboard.type('jks/');
  await expect(search).toHaveValue('jks/');
});

test('typing in the add-feed address field types, and moves nothing', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await openNewsWithThreeArticles(page, harness.feeds);
  await page.keyboard.press('j');
  await expect(readerHeading(page)).toHaveText(newest);

  await page.keyboard.press('Control+n');
  const address = page.getByLabel('Feed address');
  await expect(address).toBeFocused();
  await address.pressSequentially('jjk ns?/m');
  await expect(address).toHaveValue('jjk ns?/m');
  await expect(readerHeading(page)).toHaveText(newest);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Unread/ }).locator('.count')).toHaveText(/^2\b/);
});
