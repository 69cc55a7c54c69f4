import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { readTree } from './treeRows';

const feedCount = 2_000;
/** Rows in the page at most: the rows in view and a few either side, however long the list. */
const drawnAtMost = 80;

const feedsTree = (page: Page) => page.getByRole('tree', { name: 'Feeds' });
const feedRow = (page: Page, n: number) => feedsTree(page).getByRole('treeitem', { name: new RegExp(`^Far feed ${n}(?!\\d)`) });

/** 2,000 feeds at the top level, on a port nothing answers on: their fetches fail at once and cost nothing. */
function longOpml(): string {
  const outlines = Array.from({ length: feedCount }, (_, at) => `<outline type="rss" text="Far feed ${at + 1}" xmlUrl="http://127.0.0.1:9/far-${at + 1}.xml"/>`);
  return `<?xml version="1.0"?><opml version="2.0"><head><title>Long</title></head><body>${outlines.join('')}</body></opml>`;
}

test('a feed far down 2,000 is reached by the keyboard and by scrolling, with only the rows in view in the page', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await page.goto(harness.appUrl);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import subscriptions…' }).first().click();
  await (await chooser).setFiles({ name: 'long.opml', mimeType: 'text/x-opml', buffer: Buffer.from(longOpml()) });
  const summary = page.getByRole('dialog', { name: /import/i });
  await expect(summary).toContainText('2,000 feeds imported', { timeout: 30_000 });
  await summary.getByRole('button', { name: /close|done|ok/i }).first().click();

  const tree = feedsTree(page);
  await expect(tree).toHaveAttribute('data-feeds', String(feedCount));
  const drawn = tree.getByRole('treeitem');
  expect(await drawn.count()).toBeLessThanOrEqual(drawnAtMost);

  // The keyboard: End goes to the last feed, which is drawn, focused, in view and says where it stands.
  await feedRow(page, 1).focus();
  await page.keyboard.press('End');
  const last = feedRow(page, feedCount);
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-posinset', String(feedCount));
  await expect(last).toHaveAttribute('aria-setsize', String(feedCount));
  await expect(last).toHaveAttribute('aria-level', '1');
  expect(await drawn.count()).toBeLessThanOrEqual(drawnAtMost);
  await page.keyboard.press('ArrowUp');
  await expect(feedRow(page, feedCount - 1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(feedRow(page, feedCount - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(feedRow(page, 1)).toBeFocused();
  await expect(feedRow(page, 1)).toBeInViewport();

  // The focused row stays in the page while the wheel takes the list elsewhere, and the keyboard goes on from it.
  await page.locator('.sources-panel').evaluate((panel) => (panel.scrollTop = panel.scrollHeight / 2));
  await expect(feedRow(page, 1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(feedRow(page, 2)).toBeFocused();
  await expect(feedRow(page, 2)).toBeInViewport();

  // Scrolling: every feed is drawn on the way down, in order, each saying its place; the page never holds them all.
  const lines = await readTree(tree);
  expect(lines).toHaveLength(feedCount);
  expect(lines.every((line, at) => line.kind === 'feed' && line.name === `Far feed ${at + 1}` && line.position === at + 1 && line.siblings === feedCount)).toBe(true);
  await page.locator('.sources-panel').evaluate((panel) => (panel.scrollTop = panel.scrollHeight));
  await expect(last).toBeInViewport();
  expect(await drawn.count()).toBeLessThanOrEqual(drawnAtMost);
});
