import type { Page } from '@playwright/test';
import { pieceLength } from '../../renderer/features/reader/htmlPieces';
import { hugeArticleEnd, hugeArticleTitle, hugeFeedsAnswer, ordinaryArticleTitle } from '../fixtures/loopback/hugeFeeds';
import { startRecordingServer, type RecordingServer } from '../fixtures/loopback/recordingServer';
import { addFeed, expect, test } from './harness';

// A huge article (16 MB in one body, under the 20 MB a feed may weigh) is stored whole, for reading offline, and shown
// a bounded piece at a time: opening it costs one piece, and the rest comes as the reader scrolls.

let publisher: RecordingServer;
test.beforeEach(async () => {
  publisher = await startRecordingServer(hugeFeedsAnswer());
});
test.afterEach(async () => {
  await publisher.close();
});

/** What the reading pane holds of the article's text: its pieces and their HTML's length. */
const shownText = (page: Page) =>
  page.locator('.reader-content').evaluate((content) => ({ pieces: content.querySelectorAll('.reader-piece').length, length: content.innerHTML.length }));

/** The longest article body the page's database holds, read from IndexedDB directly, past the app. */
const longestStoredBody = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('tidings');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction('bodies').objectStore('bodies').getAll();
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            resolve(Math.max(...(reading.result as Array<{ contentHtml: string }>).map((body) => body.contentHtml.length)));
            opening.result.close();
          };
        };
      }),
  );

test('a 16 MB article opens showing one bounded piece of its text, and is stored whole', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await page.goto(harness.appUrl);
  await addFeed(page, publisher.url('/huge.xml'));
  await page.getByRole('row', { name: new RegExp(hugeArticleTitle) }).click();
  const content = page.locator('.reader-content');
  await expect(content).toContainText('Minute 0: The board met at the usual hour');
  const shown = await shownText(page);
  expect(shown.pieces).toBe(1);
  // Sanitised, its links made absolute and told to send no referrer: a little longer than the piece as stored.
  expect(shown.length).toBeLessThan(pieceLength * 1.1);
  await expect(content).not.toContainText(hugeArticleEnd);
  expect(await longestStoredBody(page)).toBeGreaterThan(16 * 1024 * 1024);
});

test('a long article shows its next pieces as the reader scrolls, to its last words, each once', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, publisher.url('/long.xml'));

  // An ordinary article is one piece, whole.
  await page.getByRole('row', { name: new RegExp(ordinaryArticleTitle) }).click();
  const content = page.locator('.reader-content');
  await expect(content).toContainText(hugeArticleEnd);
  expect((await shownText(page)).pieces).toBe(1);

  await page.getByRole('row', { name: new RegExp(hugeArticleTitle) }).click();
  await expect(content).toContainText('Minute 0:');
  await expect(content).not.toContainText(hugeArticleEnd);
  const scroller = page.locator('.reader-scroller');
  let pieces = 1;
  await expect
    .poll(
      async () => {
        await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
        pieces = (await shownText(page)).pieces;
        return content.evaluate((element, end) => element.textContent?.includes(end) ?? false, hugeArticleEnd);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  expect(pieces).toBeGreaterThan(4);
  // Each minute once: no piece shown twice, none skipped.
  const minutes = await content.evaluate((element) => [...(element.textContent ?? '').matchAll(/Minute (\d+):/g)].map((match) => Number(match[1])));
  expect(minutes).toEqual(minutes.map((_, index) => index));
});
