import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addFeed, expect, test } from './harness';

/**
 * Feeds `/daily/<n>.xml` that gain a story per epoch, and can hold every request until released: a refresh that is
 * still in flight.
 */
async function startDailyFeeds() {
  let epoch = 1;
  let holding = false;
  const parked: Array<() => void> = [];
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const n = Number(/^\/daily\/(\d+)\.xml$/.exec(request.url ?? '')?.[1]);
    if (!Number.isInteger(n)) return response.writeHead(404).end();
    const items = Array.from({ length: epoch }, (_, index) => index + 1)
      .map((story) => `<item><guid>daily-${n}-${story}</guid><title>Daily ${n}, story ${story}</title><link>http://daily.example/${n}/${story}</link><pubDate>${new Date(Date.UTC(2025, 0, story)).toUTCString()}</pubDate><description>Story ${story} of the daily number ${n}.</description></item>`)
      .join('');
    response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Daily ${n}</title><link>http://daily.example/${n}/</link><language>en</language>${items}</channel></rss>`);
  };
  const server = createServer((request, response) => {
    if (holding) parked.push(() => answer(request, response));
    else answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (n: number) => `${origin}/daily/${n}.xml`,
    nextEpoch: () => (epoch += 1),
    hold: () => (holding = true),
    parked: () => parked.length,
    release: () => {
      holding = false;
      for (const send of parked.splice(0)) send();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test('when the tab that stores closes in the middle of a refresh, the other tab takes over and stores every result', async ({ page, harness }) => {
  const daily = await startDailyFeeds();
  try {
    const other = await page.context().newPage();
    // The first tab open takes the writer lock; the second only reads until it goes.
    await page.goto(harness.appUrl);
    await other.goto(harness.appUrl);
    // A tab in the background has its frames throttled, and the clicks below wait for frames.
    await page.bringToFront();
    const feeds = [1, 2, 3, 4];
    for (const n of feeds) await addFeed(page, daily.url(n), { expectClosed: true });
    for (const n of feeds) await expect(other.getByRole('row', { name: new RegExp(`Daily ${n}, story 1`) })).toBeVisible();

    daily.nextEpoch();
    daily.hold();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => daily.parked()).toBeGreaterThan(0);
    await page.close();
    daily.release();

    for (const n of feeds) await expect(other.getByRole('row', { name: new RegExp(`Daily ${n}, story 2`) })).toBeVisible();
    await other.reload();
    // The window reopens on the source last chosen in this profile (the other tab's newest feed): all of them, then.
    await other.getByRole('button', { name: /^All articles/ }).click();
    for (const n of feeds) await expect(other.getByRole('row', { name: new RegExp(`Daily ${n}, story 2`) })).toBeVisible();
  } finally {
    await daily.close();
  }
});
