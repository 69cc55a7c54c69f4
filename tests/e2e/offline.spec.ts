import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import { test as base, expect, type Page } from '@playwright/test';
import { manualProbe, type ManualProbe } from '../../electron/poller/connectivity';
import { startWebApp } from '../../electron/web/webApp';
import { startFeedServer, type FeedServer } from '../fixtures/loopback/feedServer';
import { addFeed } from './harness';

interface OfflineHarness {
  appUrl: string;
  feeds: FeedServer;
  /** What the system says of the network: a browser's server has none to ask, so the test plays it. */
  network: ManualProbe;
}

/** The usual harness, with the system's word on the network in the test's hands. */
const test = base.extend<{ world: OfflineHarness }>({
  world: async ({}, use) => {
    const feeds = await startFeedServer();
    const network = manualProbe(true);
    const app = await startWebApp({ port: 0, backend: { poller: { intervalMs: 60 * 60_000 }, systemNetwork: network } });
    await use({ appUrl: app.url, feeds, network });
    await app.close();
    await feeds.close();
  },
});

/** The publisher back on the same address, with nothing new: every feed answers 304. */
async function publisherBack(origin: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(304);
    response.end();
  });
  const { port, hostname } = new URL(origin);
  await new Promise<void>((resolve) => server.listen(Number(port), hostname, resolve));
  return server;
}

/** Two feeds on two host names (127.0.0.1 and localhost, one server): a round over both reaches two hosts. */
async function subscribeToTwo(page: Page, feeds: FeedServer): Promise<void> {
  await addFeed(page, feeds.url('/news.xml'), { expectClosed: true });
  await addFeed(page, feeds.url('/science.xml').replace('127.0.0.1', 'localhost'), { expectClosed: true });
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(page.getByRole('grid', { name: 'Article list' }).getByRole('row')).toHaveCount(2);
}

const offlineLine = (page: Page) => page.locator('.offline-indicator');

test('no publisher answering shows one quiet line, no feed failing, stored articles readable; back, the line goes', async ({ page, world }) => {
  await page.goto(world.appUrl);
  await subscribeToTwo(page, world.feeds);
  await expect(offlineLine(page)).toBeEmpty();

  await world.feeds.close();
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();

  await expect(offlineLine(page)).toContainText('Offline — showing what is stored');
  await expect(page.getByText('Offline — showing what is stored')).toHaveCount(1);
  await expect(offlineLine(page)).toHaveAttribute('title', /No site could be reached/);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(1);
  await expect(page.locator('.error-badge')).toHaveCount(0);

  await page.getByRole('row', { name: /A comet returns/ }).click();
  await expect(page.getByRole('main', { name: 'Reading pane' }).getByText('Astronomers watched the comet pass close to the Sun this week.')).toBeVisible();

  // The publisher is back: asked to refresh, Tidings tries one feed at once, and its answer ends the offline state.
  const server = await publisherBack(world.feeds.origin);
  try {
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(offlineLine(page)).toBeEmpty();
    await expect(page.locator('.error-badge')).toHaveCount(0);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('the system saying there is no network shows the same line and checks nothing; its coming back clears it', async ({ page, world }) => {
  await page.goto(world.appUrl);
  await subscribeToTwo(page, world.feeds);
  const hitsBefore = [...world.feeds.hits.values()].reduce((sum, hits) => sum + hits, 0);

  world.network.set(false);
  await expect(offlineLine(page)).toContainText('Offline — showing what is stored');
  await expect(offlineLine(page)).toHaveAttribute('title', /This computer has no network/);
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await page.getByRole('row', { name: /A comet returns/ }).click();
  await expect(page.getByRole('main', { name: 'Reading pane' }).getByText('Astronomers watched the comet pass close to the Sun this week.')).toBeVisible();
  expect([...world.feeds.hits.values()].reduce((sum, hits) => sum + hits, 0)).toBe(hitsBefore);

  world.network.set(true);
  await expect(offlineLine(page)).toBeEmpty();
  await expect(page.locator('.error-badge')).toHaveCount(0);
});

test('a window opened while offline says so from the start', async ({ page, world }) => {
  world.network.set(false);
  await page.goto(world.appUrl);
  await expect(offlineLine(page)).toContainText('Offline — showing what is stored');
});

test('Preferences → Storage: the rules, the space used, and Compact now removing an old read article', async ({ page, world }) => {
  await page.goto(world.appUrl);
  await subscribeToTwo(page, world.feeds);
  // The fixture's articles are from 2024, far older than 90 days: opening one reads it, and the rules let it go.
  await page.getByRole('row', { name: /A comet returns/ }).click();
  await expect(page.getByRole('main', { name: 'Reading pane' }).getByText('Astronomers watched the comet')).toBeVisible();

  await page.getByRole('button', { name: 'Preferences' }).click();
  const storage = page.locator('.storage-settings');
  await expect(storage.getByRole('heading', { name: 'Storage' })).toBeVisible();
  await expect(storage.getByLabel('Keep read articles')).toHaveValue('90');
  await expect(storage.getByLabel('Keep unread articles')).toHaveValue('forever');
  await expect(storage.getByText('2 articles stored')).toBeVisible();
  await expect(storage.getByText(/^Articles, their text and the search index: [\d.]+ [KMG]?B/)).toBeVisible();
  expect((await new AxeBuilder({ page }).include('.storage-settings').analyze()).violations).toEqual([]);

  await storage.getByRole('button', { name: 'Compact now' }).click();
  await expect(storage.getByRole('status')).toHaveText('Removed 1 old article.');
  await expect(storage.getByText('1 article stored')).toBeVisible();
  await expect(storage.getByText(/^Last cleanup .*: 1 article removed$/)).toBeVisible();

  // Kept for ever, the unread one stays whatever the age chosen for read ones.
  await storage.getByLabel('Keep read articles').selectOption('7');
  await storage.getByRole('button', { name: 'Compact now' }).click();
  await expect(storage.getByRole('status')).toHaveText('Removed 0 old articles.');
  await expect(storage.getByText('1 article stored')).toBeVisible();
});
