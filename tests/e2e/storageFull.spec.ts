import type { CDPSession } from '@playwright/test';
import { expect, test } from '../fixtures/loopback/appWithBackend';
import { startBulkFeeds, type BulkFeeds } from '../fixtures/loopback/bulkFeeds';
import { countArticles, importSubscriptions, readStore } from '../fixtures/loopback/storeInPage';

const storyBytes = 4_000;
const firstFeeds = 2;
const allFeeds = 40;
const perFeed = 20;

/**
 * Room for the first feeds and for little more: the next feeds' articles (about 3 MB) cannot all fit. Chromium takes
 * a quota override into account for IndexedDB only before the origin first stores anything, or when a write no longer
 * fits what it last knew: so it is set before the app opens, and raised later.
 */
const smallQuota = 1_500_000;

async function setQuota(cdp: CDPSession, origin: string, quotaSize?: number): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', quotaSize === undefined ? { origin } : { origin, quotaSize });
}

test('a full disk: one message, polling paused, nothing stored touched, and everything stored as soon as there is room', async ({ page, app }) => {
  test.setTimeout(120_000);
  const feeds: BulkFeeds = await startBulkFeeds({ feeds: allFeeds, articlesPerFeed: perFeed, bodyChars: storyBytes });
  try {
    const origin = new URL(app.url).origin;
    const cdp = await page.context().newCDPSession(page);
    await setQuota(cdp, origin, smallQuota);
    await page.goto(app.url);

    // Two feeds stored while there is room: these must come through the full disk untouched.
    await importSubscriptions(page, feeds.opml(1, firstFeeds), firstFeeds);
    await expect.poll(() => countArticles(page), { timeout: 30_000 }).toBe(firstFeeds * perFeed);
    const before = await readStore(page);

    await importSubscriptions(page, feeds.opml(firstFeeds + 1, allFeeds), allFeeds - firstFeeds);

    const alerts = page.getByRole('alert');
    await expect(alerts.filter({ hasText: 'The disk is full.' })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => app.backend.poller.isPaused).toBe(true);
    // One message for the app: no feed shows an error of its own.
    await expect(alerts).toHaveCount(1);
    const full = await readStore(page);
    expect(full.feeds.filter((feed) => feed.error !== null)).toEqual([]);
    expect(full.articles).toBeLessThan(allFeeds * perFeed);
    expect(app.backend.poller.deliveries.heldCount).toBeGreaterThan(0);

    // Paused, a refresh fetches nothing.
    const requests = [...feeds.hits.values()].reduce((sum, hits) => sum + hits, 0);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.waitForTimeout(500);
    expect([...feeds.hits.values()].reduce((sum, hits) => sum + hits, 0)).toBe(requests);

    // What was stored before is all there, counted as before, and reads.
    for (const feed of before.feeds) {
      expect(full.perFeed[feed.id]).toBe(before.perFeed[feed.id]);
      expect(full.countersPerFeed[feed.id]).toEqual(before.countersPerFeed[feed.id]);
    }
    await page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Bulk feed 1\b/ }).click();
    await page.getByRole('row', { name: /Bulk 1, story 20\b/ }).click();
    await expect(page.getByRole('article')).toContainText('Story 20 of feed 1.');

    // Room again: without the reader doing anything, and well before the half-minute retry, every feed is stored.
    await setQuota(cdp, origin);
    await expect.poll(() => countArticles(page), { timeout: 15_000 }).toBe(allFeeds * perFeed);
    await expect(alerts.filter({ hasText: 'The disk is full.' })).toHaveCount(0);
    await expect.poll(() => app.backend.poller.isPaused).toBe(false);
    await expect.poll(() => app.backend.poller.deliveries.heldCount).toBe(0);
    const after = await readStore(page);
    expect(after.duplicateItems).toBe(0);
    for (const feed of after.feeds) {
      expect(after.perFeed[feed.id]).toBe(perFeed);
      expect(after.countersPerFeed[feed.id]?.total).toBe(perFeed);
    }
    for (let n = 1; n <= allFeeds; n += 1) expect(feeds.hits.get(n)).toBeGreaterThan(0);
  } finally {
    await feeds.close();
  }
});
