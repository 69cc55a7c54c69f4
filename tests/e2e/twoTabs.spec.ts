import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/loopback/appWithBackend';
import { startBulkFeeds } from '../fixtures/loopback/bulkFeeds';
import { countArticles, importSubscriptions, readStore } from '../fixtures/loopback/storeInPage';
import { addFeed } from './harness';

interface IpcCall {
  channel: string;
  body: unknown;
}

/** Every call a page makes to the main process, in order: the HTTP transport posts each to `/ipc/<channel>`. */
function recordIpc(page: Page): IpcCall[] {
  const calls: IpcCall[] = [];
  page.on('request', (request) => {
    const channel = /\/ipc\/([^/]+)$/.exec(new URL(request.url()).pathname)?.[1];
    if (channel && request.method() === 'POST') calls.push({ channel: decodeURIComponent(channel), body: request.postDataJSON() as unknown });
  });
  return calls;
}

/** What only the database's writer says to the main process. */
const writerChannels = ['poller:subscribe', 'poller:configure', 'poller:stored', 'poller:writer', 'poller:pause'];
const saidByWriter = (calls: IpcCall[]) => calls.filter((call) => writerChannels.includes(call.channel));
const lastList = (calls: IpcCall[]) =>
  (calls.filter((call) => call.channel === 'poller:subscribe').at(-1)?.body as { subscriptions: Array<{ url: string }> } | undefined)?.subscriptions.map(
    (subscription) => subscription.url,
  ) ?? [];

/** The dedicated worker in which a writing tab stores results, off the thread that draws the page. */
const storingWorkers = (tab: Page) => tab.workers().filter((worker) => /ingestWorker[^/]*\.js$/.test(new URL(worker.url()).pathname)).length;

test('two tabs on one database: one stores each result once and speaks for the database; the other only reads', async ({ page, app }) => {
  test.setTimeout(120_000);
  const feeds = await startBulkFeeds({ feeds: 11, articlesPerFeed: 30 });
  try {
    const other = await page.context().newPage();
    const fromWriter = recordIpc(page);
    const fromReader = recordIpc(other);
    // The first tab open takes the writer lock; the second only reads until it goes.
    await page.goto(app.url);
    await expect.poll(() => fromWriter.some((call) => call.channel === 'poller:writer')).toBe(true);
    await other.goto(app.url);
    await page.bringToFront();

    await importSubscriptions(page, feeds.opml(1, 10), 10);
    await expect.poll(() => countArticles(other), { timeout: 30_000 }).toBe(300);
    feeds.setArticles(40);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => countArticles(other), { timeout: 30_000 }).toBe(400);
    await expect.poll(() => app.backend.poller.deliveries.heldCount).toBe(0);

    // Stored once: every item served is one article, counted once.
    const store = await readStore(other);
    expect(store.duplicateItems).toBe(0);
    for (const feed of store.feeds) {
      expect(store.perFeed[feed.id]).toBe(40);
      expect(store.countersPerFeed[feed.id]?.total).toBe(40);
    }
    // Acknowledged by one writer, each delivery once; the reader told the main process nothing of its own.
    const acknowledged = fromWriter.filter((call) => call.channel === 'poller:stored').flatMap((call) => (call.body as { deliveries: number[] }).deliveries);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    expect(saidByWriter(fromReader)).toEqual([]);
    // The writer stored them in a worker of its own; the reader started none.
    expect(storingWorkers(page)).toBe(1);
    expect(storingWorkers(other)).toBe(0);

    // A feed added in the reading tab reaches the poller through the writer, with every other feed still listed.
    await other.bringToFront();
    await addFeed(other, feeds.url(11), { expectClosed: true });
    await expect.poll(() => lastList(fromWriter).length, { timeout: 15_000 }).toBe(11);
    expect(lastList(fromWriter)).toContain(feeds.url(11));
    expect(saidByWriter(fromReader)).toEqual([]);

    // The writer closes: the reading tab takes over, names itself and sends the list.
    await page.close();
    await expect.poll(() => fromReader.some((call) => call.channel === 'poller:writer'), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => lastList(fromReader).length).toBe(11);
    expect(storingWorkers(other)).toBe(1);
    feeds.setArticles(45);
    await other.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => countArticles(other), { timeout: 30_000 }).toBe(11 * 45);
    expect((await readStore(other)).duplicateItems).toBe(0);
  } finally {
    await feeds.close();
  }
});

test('another tab opening the database with a newer version: this one closes it, stops storing and offers to reload', async ({ page, app }) => {
  const feeds = await startBulkFeeds({ feeds: 1, articlesPerFeed: 5 });
  try {
    await page.goto(app.url);
    await addFeed(page, feeds.url(1), { expectClosed: true });
    await expect(page.getByRole('row', { name: /Bulk 1, story 5\b/ })).toBeVisible();
    // Once the writer has told the poller of the feed, a refresh fetches it, and the tab stores the result.
    await expect.poll(async () => (await app.backend.handlers['poller:refresh']({})).started).toBe(1);
    await expect.poll(() => app.backend.poller.deliveries.heldCount).toBe(0);

    // A page of the same origin (so, the same database) that is not the app: a newer version of it, as it were.
    const newer = await page.context().newPage();
    const blank = new URL('newer-version', app.url).href;
    await newer.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>newer version</title>' }));
    await newer.goto(blank);
    const opened = await newer.evaluate(
      () =>
        new Promise<{ outcome: string; version: number }>((resolve) => {
          const request = indexedDB.open('tidings', 1_000);
          let blocked = false;
          request.onblocked = () => (blocked = true);
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            resolve({ outcome: blocked ? 'blocked first' : 'opened', version });
          };
          request.onerror = () => resolve({ outcome: String(request.error), version: 0 });
        }),
    );
    // The app let go at once: the newer version was not kept waiting.
    expect(opened).toEqual({ outcome: 'opened', version: 1_000 });

    await page.bringToFront();
    const banner = page.getByRole('alert').filter({ hasText: 'This window is out of date.' });
    await expect(banner).toBeVisible();
    // It stores nothing more: a result pushed now stays with the main process.
    feeds.setArticles(6);
    expect(await app.backend.handlers['poller:refresh']({})).toEqual({ started: 1 });
    await expect.poll(() => app.backend.poller.deliveries.heldCount).toBe(1);
    await page.waitForTimeout(1_000);
    expect(app.backend.poller.deliveries.heldCount).toBe(1);

    // Reloaded, it opens the database as it is now, and stores what waited.
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('row', { name: /Bulk 1, story 6\b/ })).toBeVisible({ timeout: 15_000 });
    await expect(banner).toHaveCount(0);
    await expect.poll(() => app.backend.poller.deliveries.heldCount).toBe(0);
  } finally {
    await feeds.close();
  }
});
