import type { Locator, Page } from '@playwright/test';
import { picturesTitle } from '../fixtures/loopback/pictureFeed';
import { addFeed, expect, test } from './harness';

const naturalWidth = (image: Locator) => image.evaluate((element: HTMLImageElement) => element.naturalWidth);

/** Every address the page itself asks for, from now on: the page's own requests, not the main process's. */
function recordRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(request.url()));
  return asked;
}

test('pictures come from the app’s own route, still show once the publisher is gone, and beacons are dropped', async ({ page, harness }) => {
  const appOrigin = new URL(harness.appUrl).origin;
  const asked = recordRequests(page);
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/pictures.xml'));
  await page.getByRole('row', { name: new RegExp(picturesTitle) }).click();

  const content = page.locator('.reader-content');
  const harbour = content.getByRole('img', { name: 'The harbour' });
  const boats = content.getByRole('img', { name: 'Boats' });
  await expect.poll(() => naturalWidth(harbour)).toBe(64);
  // The srcset's largest candidate (960w, a 96 px picture), never its smaller one.
  await expect.poll(() => naturalWidth(boats)).toBe(96);
  await expect(harbour).toHaveAttribute('src', /^\/media\?u=/);
  expect(await harbour.evaluate((element: HTMLImageElement) => new URL(element.currentSrc).origin)).toBe(appOrigin);
  // The 1×1 beacon and the tracker's picture are not in the page, and the beacon was never asked for, by anyone.
  await expect(content.locator('img')).toHaveCount(2);
  expect(harness.feeds.hits.get('/pictures/pixel.png')).toBeUndefined();
  expect(harness.feeds.hits.get('/pictures/boats-small.png')).toBeUndefined();
  // The list's picture comes the same way.
  await expect.poll(() => naturalWidth(page.locator('.row-thumb'))).toBe(48);

  // The publisher goes away; the page is loaded again without the browser's cache.
  await harness.feeds.close();
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
  const askedBefore = asked.length;
  await page.reload();
  await page.getByRole('row', { name: new RegExp(picturesTitle) }).click();
  await expect.poll(() => naturalWidth(harbour)).toBe(64);
  await expect.poll(() => naturalWidth(boats)).toBe(96);
  await expect.poll(() => naturalWidth(page.locator('.row-thumb'))).toBe(48);
  expect(asked.slice(askedBefore).filter((url) => url.startsWith(`${appOrigin}/media?`)).length).toBeGreaterThanOrEqual(3);
  // Asked past every browser cache, the route itself still answers, from what main kept.
  const served = await page.evaluate(async (address) => {
    const response = await fetch(address, { cache: 'no-store' });
    return { status: response.status, type: response.headers.get('content-type'), bytes: (await response.arrayBuffer()).byteLength };
  }, (await harbour.getAttribute('src')) ?? '');
  expect(served).toMatchObject({ status: 200, type: 'image/png' });
  expect(served.bytes).toBeGreaterThan(0);

  // Throughout, the page asked nothing of anyone but the app itself (the publisher's feed was read by main).
  const elsewhere = asked.filter((url) => !url.startsWith(`${appOrigin}/`) && !/^(data|blob):/.test(url));
  expect(elsewhere).toEqual([]);
});
