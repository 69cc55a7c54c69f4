import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { startWebApp } from '../../electron/web/webApp';
import { startFeedServer, type FeedServer } from '../fixtures/loopback/feedServer';

interface Harness {
  /** The real renderer build, with the real main-process handlers behind the HTTP transport. */
  appUrl: string;
  feeds: FeedServer;
}

/**
 * Each test gets its own publisher and its own Tidings backend (so a test may stop the publisher),
 * and Playwright gives each test a fresh browser context, hence an empty IndexedDB. A test whose page throws an
 * error nobody caught fails, whatever it asserted: rows read in a live query are frozen, and a change to one in
 * place would throw there.
 */
export const test = base.extend<{ harness: Harness }>({
  harness: async ({}, use) => {
    const feeds = await startFeedServer();
    const app = await startWebApp({ port: 0, backend: { poller: { intervalMs: 60 * 60_000 } } });
    await use({ appUrl: app.url, feeds });
    await app.close();
    await feeds.close();
  },
  page: async ({ page }, use) => {
    const thrown: string[] = [];
    page.on('pageerror', (error) => thrown.push(error.stack ?? error.message));
    // A live query's failure is caught and logged, not thrown: a frozen row changed in a query would show only here.
    page.on('console', (message) => {
      if (message.type() === 'error' && /live query failed|read[- ]only property|not extensible/i.test(message.text())) thrown.push(message.text());
    });
    await use(page);
    expect(thrown, 'errors the page threw and nothing caught').toEqual([]);
  },
});

export { expect };

/** Opens a feed's settings from its menu in the sources tree, as a reader would: right click, "Feed settings…". */
export async function openFeedSettings(page: Page, name: RegExp): Promise<Locator> {
  await page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Feed settings…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Settings of/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * Adds a feed by its address as a reader would, through the add box: the address, Enter, and "Subscribe" in the
 * preview, which closes the box. An address that gives no feed keeps the box open with its message or the feeds a
 * page offers, and adds nothing.
 */
export async function addFeed(page: Page, url: string, { expectClosed = false } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Add feed' }).first().click();
  const address = page.getByLabel('Feed address');
  await address.fill(url);
  await address.press('Enter');
  const form = page.getByRole('form', { name: 'Add feed' });
  const subscribe = form.getByRole('button', { name: 'Subscribe', exact: true });
  await expect(subscribe.or(form.getByRole('alert')).first()).toBeVisible({ timeout: 15_000 });
  if (await subscribe.isVisible()) {
    await subscribe.click();
    await expect(address).toHaveCount(0);
  } else if (expectClosed) {
    await expect(address).toHaveCount(0);
  }
}
