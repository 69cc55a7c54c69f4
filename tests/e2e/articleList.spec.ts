import type { Locator, Page } from '@playwright/test';
import { addFeed as addFeedByAddress, expect, test } from './harness';

test.use({ locale: 'en-US' });

const addFeed = (page: Page, url: string) => addFeedByAddress(page, url, { expectClosed: true });
const frenchTitle = /Les ministres de la Défense américain et russe/;

function articleList(page: Page): Locator {
  return page.getByRole('grid', { name: 'Article list' });
}

function smartView(page: Page, name: string): Locator {
  return page.getByRole('list', { name: 'Smart views' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

function filterChoice(page: Page, name: string): Locator {
  return page.getByRole('group', { name: 'Show' }).getByRole('radio', { name, exact: true });
}

function feedRow(page: Page, name: RegExp): Locator {
  return page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name });
}

test('every article of a 1,500-article feed is reached by scrolling, with few rows in the page at any time', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/big.xml'));
  const list = articleList(page);
  await expect(list.getByRole('row').first()).toContainText('Archive entry 1499');
  await expect(page.locator('.articles .pane-title')).toContainText('1,500 articles');

  const scroller = page.locator('.article-scroller');
  const last = list.getByRole('row', { name: /Archive entry 0\b/ });
  let mostRows = 0;
  for (let step = 0; step < 80 && !(await last.isVisible()); step += 1) {
    await scroller.evaluate((element) => element.scrollBy(0, element.clientHeight * 3));
    await page.waitForTimeout(60);
    mostRows = Math.max(mostRows, await list.getByRole('row').count());
  }
  await expect(last).toBeVisible();
  expect(mostRows).toBeGreaterThan(5);
  expect(mostRows).toBeLessThan(100);
  // Positions tell screen readers where they are in the whole list once its end is read.
  await expect(last).toHaveAttribute('aria-rowindex', '1500');
  await expect(list).toHaveAttribute('aria-rowcount', '1500');
  await expect(last).toHaveAttribute('data-key', /archive-0$/);
});

test('oldest first and unread only are chosen per source and remembered', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/big.xml'));
  await addFeed(page, harness.feeds.url('/science.xml'));
  const list = articleList(page);
  await feedRow(page, /Big Archive/).click();
  await page.getByLabel('Order').selectOption('oldest');
  await expect(list.getByRole('row').first()).toContainText('Archive entry 0');
  await expect(list.getByRole('row').nth(1)).toContainText('Archive entry 1');

  // Another source keeps its own order; coming back, and after a reload, the feed's is still oldest first.
  await smartView(page, 'All articles').click();
  await expect(page.getByLabel('Order')).toHaveValue('newest');
  await expect(list.getByRole('row').first()).toContainText('A comet returns');
  await page.reload();
  await feedRow(page, /Big Archive/).click();
  await expect(page.getByLabel('Order')).toHaveValue('oldest');
  await expect(list.getByRole('row').first()).toContainText('Archive entry 0');

  // Unread only: an article read leaves the list once the reader has moved on from it.
  await feedRow(page, /Science Weekly/).click();
  await list.getByRole('row', { name: /A comet returns/ }).click();
  await smartView(page, 'All articles').click();
  await filterChoice(page, 'Unread').check();
  await expect(list.getByRole('row').first()).toContainText('Archive entry 1499');
  await expect(list.getByRole('row', { name: /A comet returns/ })).toHaveCount(0);
  await expect(page.locator('.articles .pane-title')).toContainText('1,500 unread');
  await page.reload();
  await expect(filterChoice(page, 'Unread')).toBeChecked();
  await expect(list.getByRole('row', { name: /A comet returns/ })).toHaveCount(0);
  await filterChoice(page, 'All').check();
  await expect(list.getByRole('row', { name: /A comet returns/ })).toBeVisible();
});

test('a starred article is in the Starred view, which counts it', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await addFeed(page, harness.feeds.url('/science.xml'));
  await smartView(page, 'All articles').click();
  const list = articleList(page);
  const comet = list.getByRole('row', { name: /A comet returns/ });
  await comet.getByRole('button', { name: 'Star', exact: true }).click();
  await expect(comet.getByRole('button', { name: 'Unstar' })).toHaveAttribute('aria-pressed', 'true');
  await expect(comet).toHaveAttribute('aria-selected', 'false'); // starring opened nothing

  await expect(smartView(page, 'Starred')).toHaveText(/Starred\s*1/);
  await smartView(page, 'Starred').click();
  await expect(list.getByRole('row')).toHaveCount(1);
  await expect(list.getByRole('row').first()).toContainText('A comet returns');
  await list.getByRole('row').first().getByRole('button', { name: 'Unstar' }).click();
  await expect(list.getByRole('row')).toHaveCount(0);
  await expect(page.getByText('No starred articles here.')).toBeVisible();
});

test('mark all as read offers an undo that restores exactly what it marked', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/big.xml'));
  await addFeed(page, harness.feeds.url('/science.xml'));
  const list = articleList(page);
  const unread = smartView(page, 'Unread');
  await expect(unread).toHaveText(/Unread\s*1,501/);
  await expect(smartView(page, 'All articles').locator('.count')).toHaveAttribute('title', '1,501 articles');

  await feedRow(page, /Science Weekly/).click();
  await list.getByRole('row', { name: /A comet returns/ }).click(); // read before: the undo leaves it read
  await smartView(page, 'All articles').click();
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Marked' });
  await expect(toast).toHaveText(/Marked 1,500 articles as read/);
  await expect(unread.locator('.count')).toHaveCount(0);
  await expect(list.locator('li.article-row.unread')).toHaveCount(0);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toHaveCount(0);
  await expect(unread).toHaveText(/Unread\s*1,500/);
  await expect(list.getByRole('row', { name: /A comet returns/ })).not.toHaveClass(/unread/);
});

test('"Mark older than this as read" from a row’s menu marks the rows below it, undoably', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/big.xml'));
  const list = articleList(page);
  const feed = feedRow(page, /Big Archive/);
  await expect(feed).toContainText('1,500');

  await list.getByRole('row', { name: /Archive entry 1495\b/ }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Mark older than this as read' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked' })).toHaveText(/Marked 1,495 articles as read/);
  await expect(feed.locator('.count')).toHaveText('5'); // 1499 down to 1495 itself
  await expect(list.getByRole('row', { name: /Archive entry 1494\b/ })).not.toHaveClass(/unread/);
  await expect(list.getByRole('row', { name: /Archive entry 1495\b/ })).toHaveClass(/unread/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(feed.locator('.count')).toHaveText('1,500');

  // From the keyboard: the menu key on a focused row.
  const row = list.getByRole('row', { name: /Archive entry 1498\b/ });
  await row.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Article actions' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(row).toBeFocused();
});

test('Today lists what was published today, with its count; older articles are not in it', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  await addFeed(page, harness.feeds.url('/science.xml'));
  const today = smartView(page, 'Today');
  await expect(today).toBeVisible();
  await expect(today.locator('.count')).toHaveCount(0);

  harness.feeds.publish({ guid: 'fresh', title: 'Une nouvelle toute fraîche', html: '<p>Publiée à l’instant.</p>', published: new Date(), path: '/articles/fresh' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(today).toHaveText(/Today\s*1/);
  await today.click();
  await expect(page.locator('.articles .pane-title')).toHaveText(/Today · 1 article$/);
  const rows = articleList(page).getByRole('row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Une nouvelle toute fraîche');
  await expect(rows.first().locator('.row-date')).toHaveText(/now|min/);
});

test('an Arabic article’s title and excerpt run right to left', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/news.xml'));
  const title = 'وزير الدفاع الأمريكي يتحدث مع نظيره الروسي عبر الهاتف لأول مرة منذ أشهر';
  const text =
    'أجرى وزير الدفاع الأمريكي اتصالا هاتفيا مع نظيره الروسي يوم الثلاثاء، في أول محادثة بينهما منذ عدة أشهر. ' +
    'وقال المتحدث باسم وزارة الدفاع إن الوزيرين ناقشا الحرب في أوكرانيا وأهمية الحفاظ على قنوات الاتصال مفتوحة بين البلدين.';
  harness.feeds.publish({ guid: 'arabic', title, html: `<p>${text}</p><p>${text}</p>`, published: new Date('2024-06-27T09:00:00Z'), path: '/articles/arabic' });
  await page.keyboard.press('Control+r');
  const row = articleList(page).getByRole('row', { name: /وزير الدفاع/ });
  await expect(row.locator('.row-title')).toHaveAttribute('dir', 'rtl');
  await expect(row.locator('.row-excerpt')).toHaveAttribute('dir', 'rtl');
  await expect(row.locator('.lang-tag').first()).toHaveText('AR');
  const french = articleList(page).getByRole('row', { name: frenchTitle });
  await expect(french.locator('.row-title')).toHaveAttribute('dir', 'ltr');
});

test('an article opened from the keyboard is scrolled into view, though its row was not drawn', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/big.xml'));
  const list = articleList(page);
  await list.getByRole('row', { name: /Archive entry 1499\b/ }).click();
  const scroller = page.locator('.article-scroller');
  for (let step = 0; step < 4; step += 1) {
    await scroller.evaluate((element) => element.scrollBy(0, element.clientHeight * 3));
    await page.waitForTimeout(60);
  }
  const next = list.getByRole('row', { name: /Archive entry 1498\b/ });
  await expect(next).toHaveCount(0);
  await page.keyboard.press('j'); // next article
  await expect(next).toBeInViewport();
  await expect(next).toHaveAttribute('aria-selected', 'true');
});
