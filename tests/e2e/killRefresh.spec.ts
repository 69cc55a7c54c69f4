import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/loopback/appWithBackend';
import { startBulkFeeds } from '../fixtures/loopback/bulkFeeds';
import { countArticles, importSubscriptions, readStore } from '../fixtures/loopback/storeInPage';

const feedCount = 50;
const before = 10;
const after = 100;
const readInFeedOne = 3;

const feedRow = (page: Page, n: number) => page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: new RegExp(`^Bulk feed ${n} `) });

test('the window that stores, closed while a refresh of 5,000 articles is storing loses nothing: each article stored once, every count right', async ({ page, app }) => {
  test.setTimeout(240_000);
  const feeds = await startBulkFeeds({ feeds: feedCount, articlesPerFeed: before, bodyChars: 600 });
  try {
    await page.goto(app.url);
    await importSubscriptions(page, feeds.opml(), feedCount);
    await expect.poll(() => countArticles(page), { timeout: 60_000 }).toBe(feedCount * before);
    // A few read, so that unread and total differ, and re-stored articles must keep their marks.
    await feedRow(page, 1).click();
    for (let story = 1; story <= readInFeedOne; story += 1) await page.getByRole('row', { name: new RegExp(`Bulk 1, story ${story}\\b`) }).click();
    await expect(feedRow(page, 1)).toHaveAccessibleName(`Bulk feed 1 ${before - readInFeedOne}`);

    // Every feed now lists 100 stories; half of the feeds answer, the other half only once the window is gone (held,
    // they take the host's fetches in flight, so the refresh waits there until then).
    feeds.setArticles(after);
    feeds.holdAfter(feedCount / 2);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => feeds.parked(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Closed as soon as the first of the new articles are stored, while the rest of the first half are being stored.
    await expect.poll(() => countArticles(page), { timeout: 60_000, intervals: [50] }).toBeGreaterThan(feedCount * before);
    const storedAtKill = await countArticles(page);
    // Closed without its unload handlers: whatever it was storing is cut off where it stood.
    await page.close({ runBeforeUnload: false });
    expect(storedAtKill).toBeLessThan(feedCount * after);
    feeds.release();

    // A new window takes over and stores what the main process held for it.
    const next = await page.context().newPage();
    await next.goto(app.url);
    await expect.poll(() => countArticles(next), { timeout: 120_000 }).toBe(feedCount * after);
    await expect.poll(() => app.backend.poller.deliveries.heldCount, { timeout: 30_000 }).toBe(0);

    const store = await readStore(next);
    expect(store.duplicateItems).toBe(0);
    expect(store.bodies).toBe(feedCount * after);
    const feedOne = store.feeds.find((feed) => feed.title === 'Bulk feed 1');
    expect(store.unreadPerFeed[feedOne?.id ?? '']).toBe(after - readInFeedOne);
    for (const feed of store.feeds) {
      expect(store.perFeed[feed.id]).toBe(after);
      expect(store.countersPerFeed[feed.id]).toEqual({ total: after, unread: store.unreadPerFeed[feed.id] ?? 0, starred: 0 });
    }

    // What the sources pane shows is what the store holds.
    const unread = Object.values(store.unreadPerFeed).reduce((sum, count) => sum + count, 0);
    expect(unread).toBe(feedCount * after - readInFeedOne);
    await expect(next.getByRole('button', { name: /^All articles/ })).toHaveAccessibleName(`All articles ${(feedCount * after).toLocaleString('en-US')} articles`);
    await expect(next.getByRole('button', { name: /^Unread/ })).toHaveAccessibleName(`Unread ${unread.toLocaleString('en-US')} unread`);
    await expect(feedRow(next, 1)).toHaveAccessibleName(`Bulk feed 1 ${after - readInFeedOne}`);
    // The last feed is further down than the pane shows: scrolled to, as a reader would, since only rows in view are drawn.
    await next.locator('.sources-panel').evaluate((panel) => (panel.scrollTop = panel.scrollHeight));
    await expect(feedRow(next, feedCount)).toHaveAccessibleName(`Bulk feed ${feedCount} ${after}`);
  } finally {
    await feeds.close();
  }
});
