import type { Locator } from '@playwright/test';
import { startRecordingServer } from '../fixtures/loopback/recordingServer';
import { neverFetchedOnOpening, trackedArticleAnswer, trackedTitle } from '../fixtures/loopback/trackedArticle';
import { addFeed, expect, test } from './harness';

// Opening an article tells no publisher who reads what: no Referer on anything, no beacon, no audio or video until the
// reader plays it, pictures only through the app's own route. The publisher writes down every request it gets.

const naturalWidth = (image: Locator) => image.evaluate((element: HTMLImageElement) => element.naturalWidth);

test('opening an article sends no referrer, fetches no beacon, and no audio or video until played', async ({ page, harness }) => {
  const publisher = await startRecordingServer(trackedArticleAnswer);
  try {
    const appOrigin = new URL(harness.appUrl).origin;
    const pageAsked: string[] = [];
    page.on('request', (request) => pageAsked.push(request.url()));
    await page.goto(harness.appUrl);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    await addFeed(page, publisher.url('/tracked.xml'));
    await page.getByRole('row', { name: new RegExp(trackedTitle) }).click();

    const content = page.locator('.reader-content');
    // The srcset resolved to one picture of the app's route, its largest; the <picture> folded into its <img>.
    const tower = content.getByRole('img', { name: 'The tower' });
    await expect.poll(() => naturalWidth(tower)).toBe(96);
    await expect(tower).toHaveAttribute('src', /^\/media\?/);
    await expect(tower).not.toHaveAttribute('srcset', /.*/);
    const lamp = content.getByRole('img', { name: 'The lamp' });
    await expect.poll(() => naturalWidth(lamp)).toBeGreaterThan(1);
    await expect(content.locator('picture source[srcset]')).toHaveCount(0);
    // The beacon is not in the page.
    await expect(content.locator('img')).toHaveCount(2);
    // The poster comes through the route too; the players fetch nothing until played.
    const video = content.locator('video');
    await expect(video).toHaveAttribute('poster', /^\/media\?/);
    await expect(video).toHaveAttribute('preload', 'none');
    await expect(content.locator('audio')).toHaveAttribute('preload', 'none');
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState)).toBe(0);
    for (const element of await content.locator('img, a').all()) await expect(element).toHaveAttribute('referrerpolicy', 'no-referrer');

    // Whatever fetching opening the article brought about (main fetching the pictures for the route) has happened.
    await expect.poll(() => publisher.requests.some((request) => request.path === '/lighthouse/poster.png')).toBe(true);
    await page.waitForTimeout(500);
    expect(publisher.requests.filter((request) => neverFetchedOnOpening.includes(request.path))).toEqual([]);
    expect(publisher.requests.filter((request) => request.referer !== null)).toEqual([]);
    // The page itself asked nothing of anyone but the app.
    expect(pageAsked.filter((url) => !url.startsWith(`${appOrigin}/`) && !/^(data|blob):/.test(url))).toEqual([]);

    // Played, the video is fetched by the page from its publisher, still without saying from where.
    await video.evaluate((element: HTMLVideoElement) => void element.play().catch(() => undefined));
    await expect.poll(() => publisher.requests.filter((request) => request.path.startsWith('/lighthouse/storm')).length).toBeGreaterThan(0);
    expect(publisher.requests.filter((request) => request.referer !== null)).toEqual([]);
    expect(publisher.requests.some((request) => request.path === '/lighthouse/foghorn.mp3')).toBe(false);
  } finally {
    await publisher.close();
  }
});
