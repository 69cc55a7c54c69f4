import { expect, test as base, type Page } from '@playwright/test';
import { startWebApp } from '../../electron/web/webApp';
import { startFeedServer, type FeedServer } from '../fixtures/loopback/feedServer';

interface Harness {
  /** The real renderer build, with the real main-process handlers behind the HTTP transport. */
  appUrl: string;
  feeds: FeedServer;
}

/**
 * Each test gets its own publisher and its own Tidings backend (so a test may stop the publisher),
 * and Playwright gives each test a fresh browser context, hence an empty IndexedDB.
 */
export const test = base.extend<{ harness: Harness }>({
  harness: async ({}, use) => {
    const feeds = await startFeedServer();
    const app = await startWebApp({ port: 0, backend: { poller: { intervalMs: 60 * 60_000 } } });
    await use({ appUrl: app.url, feeds });
    await app.close();
    await feeds.close();
  },
});

export { expect };

/** Adds a feed by its address as a reader would, through the add box. */
export async function addFeed(page: Page, url: string, { expectClosed = false } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Add feed' }).first().click();
  await page.getByLabel('Feed address').fill(url);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  // A feed that reads closes the box; one that fails or offers a choice keeps it open.
  if (expectClosed) await expect(page.getByLabel('Feed address')).toHaveCount(0);
}
