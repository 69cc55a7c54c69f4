import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articlePictures } from '../../../electron/media/articleImages';
import { defaultImageFetchLimits } from '../../../electron/media/imageFetcher';
import { MediaLibrary } from '../../../electron/media/mediaLibrary';
import { mediaAddress } from '../../../shared/media/mediaRoute';
import { pngIcon } from '../../fixtures/loopback/iconImages';
import { startLoopbackServer, type LoopbackServer, type Route } from '../feeds/loopbackServer';
import { parsedArticle, subscription, updated } from '../../unit/foundation/support/fixtures';

const megabyte = 1024 * 1024;
const photo = pngIcon(64);
const medium = pngIcon(48, [0, 90, 200]);
// A real PNG, padded past a 1 MB limit.
const large = Buffer.concat([pngIcon(96), Buffer.alloc(megabyte + 1000)]);
const pixel = Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;', 'latin1');

const image = (body: Buffer, type = 'image/png'): Route => (_request, response) => response.writeHead(200, { 'Content-Type': type }).end(body);

let site: LoopbackServer;
let dir: string;
let library: MediaLibrary;

beforeAll(async () => {
  site = await startLoopbackServer({
    '/photo.png': image(photo),
    '/medium.png': image(medium),
    '/large.png': image(large),
    '/pixel.gif': image(pixel, 'image/gif'),
    '/page.png': (_request, response) => response.writeHead(200, { 'Content-Type': 'image/png' }).end('<!doctype html><p>A page, not a picture'),
    '/slow.png': (_request, response) => void setTimeout(() => response.writeHead(200, { 'Content-Type': 'image/png' }).end(photo), 150),
    '/moved.png': (_request, response) => response.writeHead(302, { Location: '/photo.png', 'Set-Cookie': 'visitor=42; Path=/' }).end(),
    '/login.png': image(photo),
    '/article/a.png': image(photo),
    '/article/b.png': image(medium),
    '/thumb.png': image(medium),
  });
});

afterAll(() => site.close());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tidings-media-test-'));
  // No failure is remembered between one test's requests and the next's.
  library = MediaLibrary.open({ dir, userAgent: 'Tidings-test', fetchLimits: { ...defaultImageFetchLimits, failureMemoryMs: 0 } });
  site.requests.length = 0;
});

afterEach(async () => {
  await library.close();
  await rm(dir, { recursive: true, force: true });
});

const hits = (path: string) => site.requests.filter((request) => request.path === path).length;
const query = (candidates: string[], keep = true) => new URL(mediaAddress(candidates, { keep }), 'http://127.0.0.1').searchParams;

describe('the media route', () => {
  it('fetches a picture once, keeps it, and serves it from the cache after', async () => {
    const first = await library.answer(query([site.url('/photo.png')]));
    expect(first.status).toBe(200);
    expect(first.headers).toMatchObject({ 'Content-Type': 'image/png', 'X-Content-Type-Options': 'nosniff' });
    expect(first.headers['Content-Security-Policy']).toMatch(/default-src 'none'.*sandbox/);
    expect(first.body.equals(photo)).toBe(true);
    const again = await library.answer(query([site.url('/photo.png')]));
    expect(again.body.equals(photo)).toBe(true);
    expect(hits('/photo.png')).toBe(1);
    expect(await library.usage()).toMatchObject({ files: 1, bytes: photo.length });
  });

  it('sends no Referer, no cookie and no login: only who asks and what it takes', async () => {
    const withLogin = site.url('/login.png').replace('http://', 'http://reader:secret@');
    await library.answer(query([withLogin]));
    await library.answer(query([site.url('/moved.png')])); // sets a cookie, then redirects
    await library.answer(query([site.url('/medium.png')]));
    expect(site.requests.map((request) => request.path)).toEqual(['/login.png', '/moved.png', '/photo.png', '/medium.png']);
    for (const { headers } of site.requests) {
      expect(headers.referer).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
      expect(headers['user-agent']).toBe('Tidings-test');
      expect(headers.accept).toMatch(/^image\/avif/);
    }
  });

  it('asks the publisher once for a picture asked for twice at the same time', async () => {
    const [a, b] = await Promise.all([library.answer(query([site.url('/slow.png')])), library.answer(query([site.url('/slow.png')]))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(hits('/slow.png')).toBe(1);
  });

  it('keeps the largest candidate under the per-picture limit, and shows a larger one without keeping it', async () => {
    await library.configure({ maxImageMegabytes: 1 });
    const shown = await library.answer(query([site.url('/large.png'), site.url('/medium.png')]));
    expect(shown.body.equals(medium)).toBe(true);
    expect(await library.usage()).toMatchObject({ files: 1, bytes: medium.length });
    // Asked again: the kept one is served, the publisher is not asked.
    site.requests.length = 0;
    expect((await library.answer(query([site.url('/large.png'), site.url('/medium.png')]))).body.equals(medium)).toBe(true);
    expect(site.requests).toEqual([]);
    // Only one candidate, over the limit: shown, not kept.
    const alone = await library.answer(query([site.url('/large.png')]));
    expect(alone.body.length).toBe(large.length);
    expect((await library.usage()).files).toBe(1);
  });

  it('serves a feed’s pictures without keeping them when told not to keep them', async () => {
    const shown = await library.answer(query([site.url('/photo.png')], false));
    expect(shown.status).toBe(200);
    expect((await library.usage()).files).toBe(0);
  });

  it('shows nothing for a 1×1 beacon or bytes that are no picture, and keeps neither', async () => {
    expect((await library.answer(query([site.url('/pixel.gif')]))).status).toBe(404);
    expect((await library.answer(query([site.url('/page.png')]))).status).toBe(404);
    expect((await library.answer(query([site.url('/gone.png')]))).status).toBe(404);
    expect((await library.answer(new URLSearchParams('u=file:///etc/passwd'))).status).toBe(400);
    expect((await library.usage()).files).toBe(0);
  });
});

describe('keeping the pictures of new articles', () => {
  const article = () =>
    parsedArticle('a', {
      url: site.url('/article/'),
      baseUrl: site.url('/article/'),
      imageUrl: site.url('/thumb.png'),
      contentHtml: [
        '<p><img src="a.png" alt="A"></p>',
        '<img src="/pixel.gif" width="1" height="1">',
        '<img src="https://www.google-analytics.com/collect?v=1&amp;t=pageview">',
        '<picture><source srcset="/large.png 1600w" type="image/avif"><source srcset="/medium.png 900w, b.png 400w"><img src="/photo.png"></picture>',
        '<video poster="/photo.png" src="/clip.mp4"></video>',
      ].join('\n'),
    });

  it('reads an article’s pictures as the reading pane will ask for them', () => {
    expect(articlePictures(article())).toEqual([
      [site.url('/thumb.png')],
      [site.url('/article/a.png')],
      [site.url('/large.png'), site.url('/medium.png'), site.url('/article/b.png'), site.url('/photo.png')],
      [site.url('/photo.png')],
    ]);
  });

  it('keeps them in the background after a refresh delivers them, never asking for beacons', async () => {
    library.delivered({ feedId: 'news', url: site.url('/feed.xml'), fetchedAt: 0, delivery: 1, outcome: updated([article()]) });
    await library.prefetch.whenIdle();
    expect(hits('/thumb.png')).toBe(1);
    expect(hits('/article/a.png')).toBe(1);
    expect(hits('/large.png')).toBe(1);
    expect(hits('/pixel.gif')).toBe(0);
    expect(hits('/clip.mp4')).toBe(0);
    // Four pictures, the <picture> kept at its largest (under the default 5 MB).
    expect((await library.usage()).files).toBe(4);
    site.requests.length = 0;
    const fromPicture = await library.answer(query([site.url('/large.png'), site.url('/medium.png'), site.url('/article/b.png'), site.url('/photo.png')]));
    expect(fromPicture.body.length).toBe(large.length);
    expect(site.requests).toEqual([]);
  });

  it('leaves the local network alone for a feed from the internet, but keeps a local feed’s own pictures', async () => {
    // The same article, its pictures on this machine, from a feed on the internet: nothing is asked in the background.
    library.delivered({ feedId: 'far', url: 'https://news.example/feed.xml', fetchedAt: 0, delivery: 1, outcome: updated([article()]) });
    library.previewed('https://other.example/feed.xml', updated([article()]));
    library.know([subscription('other', null, { url: 'https://other.example/feed.xml' })]);
    await library.prefetch.whenIdle();
    expect(site.requests).toEqual([]);
    // Opened by the reader, a picture is still shown: that request is the reader's own.
    expect((await library.answer(query([site.url('/article/a.png')]))).status).toBe(200);

    library.delivered({ feedId: 'near', url: site.url('/feed.xml'), fetchedAt: 0, delivery: 2, outcome: updated([article()]) });
    await library.prefetch.whenIdle();
    expect(hits('/thumb.png')).toBe(1);
  });

  it('skips the feeds whose pictures the reader chose not to keep', async () => {
    library.know([subscription('news', null, { url: site.url('/feed.xml'), cacheImages: false })]);
    library.delivered({ feedId: 'news', url: site.url('/feed.xml'), fetchedAt: 0, delivery: 1, outcome: updated([article()]) });
    await library.prefetch.whenIdle();
    expect(site.requests).toEqual([]);
  });

  it('keeps the pictures of a feed’s first articles, from its preview, once it is subscribed to', async () => {
    library.previewed(site.url('/feed.xml'), updated([article()]));
    library.know([]);
    await library.prefetch.whenIdle();
    expect(site.requests).toEqual([]);
    library.know([subscription('news', null, { url: site.url('/feed.xml') })]);
    await library.prefetch.whenIdle();
    expect((await library.usage()).files).toBe(4);
  });
});
