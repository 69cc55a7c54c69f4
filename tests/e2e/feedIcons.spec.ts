import type { Locator } from '@playwright/test';
import { addFeed, expect, test } from './harness';

/**
 * Drawn, not merely present: a broken or undecodable image has no natural width. The site's icon is 128 px; the
 * window stores it drawn down to 64.
 */
async function expectDrawn(icon: Locator): Promise<void> {
  await expect(icon).toBeVisible();
  await expect(icon).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect.poll(() => icon.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(64);
}

test("a feed's site icon is fetched once and shown in the article list and the reading pane", async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/lamplight.xml'));

  const row = page.getByRole('row', { name: /A lamp in the window/ });
  // Looked for a moment after the feed is stored, then written with the others found.
  const rowIcon = row.locator('img.feed-icon');
  await expect(rowIcon).toHaveCount(1, { timeout: 20_000 });
  await expectDrawn(rowIcon);

  await row.click();
  const reader = page.getByRole('main', { name: 'Reading pane' });
  await expect(reader.getByRole('heading', { name: 'A lamp in the window' })).toBeVisible();
  await expectDrawn(reader.locator('.reader-meta img.feed-icon'));

  // The main process fetched it once; showing the stored copy asks the publisher nothing.
  expect(harness.feeds.hits.get('/lamplight/')).toBe(1);
  expect(harness.feeds.hits.get('/lamplight/icon.png')).toBe(1);
});

test('a feed whose site has no icon keeps its letter badge', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/science.xml'));
  const row = page.getByRole('row', { name: /A comet returns/ });
  await expect(row).toBeVisible();
  // Its site was asked (the home page, then /favicon.ico), and answered nothing usable.
  await expect.poll(() => harness.feeds.hits.get('/favicon.ico') ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(1_500); // time for an answer to be written, were there one
  await expect(row.locator('img.feed-icon')).toHaveCount(0);
  await expect(row.locator('.feed-badge')).toHaveText('S');
});
