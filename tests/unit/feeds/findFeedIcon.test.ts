import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFeedIcon } from '../../../electron/feeds/icons/findFeedIcon';
import { HostSlots } from '../../../electron/feeds/icons/hostSlots';
import { IconFetcher, defaultIconLimits } from '../../../electron/feeds/icons/iconFetcher';
import { iconMediaType, looksLikeSvg } from '../../../electron/feeds/icons/imageType';
import { pageIcons } from '../../../electron/feeds/icons/pageIcons';
import type { FeedIconAnswer, FeedIconSources } from '../../../shared/ipc/contract';
import { icoIcon, pngIcon } from '../../fixtures/loopback/iconImages';
import { startLoopbackServer, type LoopbackServer, type Route } from '../../integration/feeds/loopbackServer';

const png32 = pngIcon(32);
const png16 = pngIcon(16, [0, 0, 255]);
const touch = pngIcon(180, [0, 128, 0]);
const favicon = icoIcon(pngIcon(48, [90, 90, 90]), 48);
const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><script>alert(1)</script><rect width="16" height="16"/></svg>';
// A real signature, then well over the icon limit.
const oversized = Buffer.concat([png32, Buffer.alloc(defaultIconLimits.maxIconBytes + 1)]);

const bytes = (type: string, body: Buffer | string): Route => (_request, response) => response.writeHead(200, { 'Content-Type': type }).end(body);
const page = (head: string): Route => bytes('text/html; charset=utf-8', `<!doctype html><html><head><title>A site</title>${head}</head><body>Front page</body></html>`);

function dataUrlOf(type: string, body: Buffer): string {
  return `data:${type};base64,${body.toString('base64')}`;
}

/** A lookup through a fetcher of its own, so that nothing one test fetched is remembered in the next. */
function find(sources: Partial<FeedIconSources> & { feedUrl: string }): Promise<FeedIconAnswer> {
  return findFeedIcon({ iconUrl: null, imageUrl: null, siteUrl: null, ...sources }, { fetcher: new IconFetcher('Tidings-test') });
}

describe('findFeedIcon, against a loopback site', () => {
  // A site with a favicon.ico and a home page that declares icons of several sizes.
  let site: LoopbackServer;
  // A host with no favicon.ico, whose pictures are all unusable.
  let bare: LoopbackServer;

  beforeAll(async () => {
    site = await startLoopbackServer({
      '/': page(
        [
          '<link rel="icon" sizes="16x16" href="/icons/16.png">',
          '<link rel="mask-icon" href="/icons/pinned.svg" color="#c00">',
          '<link rel="apple-touch-icon" href="/icons/touch.png">',
          '<link rel="icon" type="image/png" sizes="32x32" href="icons/32.png">',
        ].join('\n'),
      ),
      '/icons/16.png': bytes('image/png', png16),
      '/icons/32.png': bytes('image/png', png32),
      '/icons/touch.png': bytes('image/png', touch),
      '/icons/pinned.svg': bytes('image/svg+xml', svg),
      '/favicon.ico': bytes('image/vnd.microsoft.icon', favicon),
      '/plain/': page('<link rel="stylesheet" href="/style.css">'),
      '/broken/': page('<link rel="icon" href="/nothing-here.png"><link rel="shortcut icon" href="/not-an-image.png">'),
      '/not-an-image.png': bytes('image/png', '<!doctype html><p>Sorry, this is a page.</p>'),
      '/moved': (_request, response) => response.writeHead(301, { Location: '/' }).end(),
      // Served as the wrong type, as many servers do: the bytes say what it is.
      '/mislabelled.ico': bytes('text/plain', png16),
    });
    bare = await startLoopbackServer({
      '/': page('<link rel="icon" href="/huge.png">'),
      '/huge.png': bytes('image/png', oversized),
      '/logo.svg': bytes('image/svg+xml', svg),
      '/page.html': bytes('text/html', '<!doctype html><p>Not a picture</p>'),
      '/cover.png': bytes('image/png', touch),
    });
  });

  afterAll(async () => {
    await site.close();
    await bare.close();
  });

  it("takes the feed's own icon first, without asking for the home page", async () => {
    site.requests.length = 0;
    const answer = await find({ iconUrl: site.url('/icons/32.png'), siteUrl: site.url('/'), feedUrl: site.url('/feed.xml') });
    expect(answer).toEqual({ dataUrl: dataUrlOf('image/png', png32) });
    expect(site.requests.map((request) => request.path)).toEqual(['/icons/32.png']);
  });

  it('else takes the icon the home page declares nearest 32–64 px, and no SVG', async () => {
    site.requests.length = 0;
    const answer = await find({ siteUrl: site.url('/'), feedUrl: site.url('/feed.xml') });
    expect(answer).toEqual({ dataUrl: dataUrlOf('image/png', png32) });
    expect(site.requests.map((request) => request.path)).toEqual(['/', '/icons/32.png']);
  });

  it("reads the page a site's address redirects to, and resolves its links against that one", async () => {
    const answer = await find({ siteUrl: site.url('/moved'), feedUrl: site.url('/feed.xml') });
    expect(answer).toEqual({ dataUrl: dataUrlOf('image/png', png32) });
  });

  it('falls back to /favicon.ico when the page declares no icon, or none that loads', async () => {
    for (const home of ['/plain/', '/broken/']) {
      const answer = await find({ siteUrl: site.url(home), feedUrl: site.url('/feed.xml') });
      expect(answer).toEqual({ dataUrl: dataUrlOf('image/x-icon', favicon) });
    }
  });

  it("looks at the root of the feed's own host when the feed names no site", async () => {
    const answer = await find({ feedUrl: site.url('/feeds/news.xml') });
    expect(answer).toEqual({ dataUrl: dataUrlOf('image/png', png32) });
  });

  it('falls back to /favicon.ico when the home page cannot be read', async () => {
    const answer = await find({ siteUrl: site.url('/no-such-page'), feedUrl: site.url('/feed.xml') });
    expect(answer).toEqual({ dataUrl: dataUrlOf('image/x-icon', favicon) });
  });

  it('goes by the bytes, not the declared type', async () => {
    expect(await find({ iconUrl: site.url('/mislabelled.ico'), feedUrl: site.url('/feed.xml') })).toEqual({ dataUrl: dataUrlOf('image/png', png16) });
  });

  it("takes the feed's larger picture when the site offers nothing usable", async () => {
    const answer = await find({ imageUrl: bare.url('/cover.png'), siteUrl: bare.url('/'), feedUrl: bare.url('/feed.xml') });
    expect(answer).toEqual({ dataUrl: dataUrlOf('image/png', touch) });
  });

  it('refuses an oversized icon, SVG and what is no picture, and says why', async () => {
    const answer = await find({ iconUrl: bare.url('/logo.svg'), imageUrl: bare.url('/page.html'), siteUrl: bare.url('/'), feedUrl: bare.url('/feed.xml') });
    expect(answer).toHaveProperty('none');
    const reason = 'none' in answer ? answer.none : '';
    expect(reason).toContain(`${bare.url('/logo.svg')}: The icon is an SVG picture, which Tidings does not store`);
    expect(reason).toContain(`${bare.url('/huge.png')}: The feed is too large`);
    expect(reason).toContain(`${bare.url('/favicon.ico')}: Not found`);
    expect(reason).toContain(`${bare.url('/page.html')}: The icon is not a picture Tidings can show`);
  });

  it('tries nothing that is not a web address', async () => {
    bare.requests.length = 0;
    const answer = await find({ iconUrl: 'file:///etc/passwd', imageUrl: 'javascript:alert(1)', siteUrl: 'data:text/html,hi', feedUrl: bare.url('/feed.xml') });
    expect(answer).toHaveProperty('none');
    expect(bare.requests.map((request) => request.path)).toEqual(['/', '/huge.png', '/favicon.ico']);
  });

  it("asks once for a site's page and favicon on behalf of all its feeds", async () => {
    site.requests.length = 0;
    const fetcher = new IconFetcher('Tidings-test');
    const sources = (path: string): FeedIconSources => ({ iconUrl: null, imageUrl: null, siteUrl: site.url('/plain/'), feedUrl: site.url(path) });
    const answers = await Promise.all(['/a.xml', '/b.xml', '/c.xml'].map((path) => findFeedIcon(sources(path), { fetcher })));
    for (const answer of answers) expect(answer).toEqual({ dataUrl: dataUrlOf('image/x-icon', favicon) });
    expect(site.requests.map((request) => request.path)).toEqual(['/plain/', '/favicon.ico']);
  });
});

describe('pageIcons', () => {
  const at = 'https://news.example/section/';

  it('ranks square icons near 32–64 px first, then larger, then smaller, then unsized', () => {
    const html = [
      '<link rel="icon" href="/unsized.png">',
      '<link rel="icon" sizes="16x16" href="/16.png">',
      '<link rel="apple-touch-icon" sizes="180x180" href="/180.png">',
      '<link rel="icon" sizes="96x48" href="/wide.png">',
      '<LINK REL="Shortcut Icon" SIZES="48x48" HREF="48.png">',
      '<link rel="icon" sizes="16x16 64x64" href="/multi.ico">',
    ].join('');
    expect(pageIcons(html, at)).toEqual([
      'https://news.example/section/48.png',
      'https://news.example/multi.ico',
      'https://news.example/unsized.png',
      'https://news.example/wide.png',
      'https://news.example/180.png',
      'https://news.example/16.png',
    ]);
  });

  it('leaves out SVG icons, mask icons and other links, and resolves against <base>', () => {
    const html = [
      '<base href="https://cdn.example/assets/">',
      '<link rel="icon" type="image/svg+xml" href="icon.svg">',
      '<link rel="icon" href="vector.svgz">',
      '<link rel="mask-icon" href="mask.png">',
      '<link rel="stylesheet" href="site.css">',
      '<link rel="alternate" type="application/rss+xml" href="/feed">',
      '<link rel="icon" href="javascript:alert(1)">',
      '<link rel="apple-touch-icon-precomposed" href="touch.png">',
    ].join('\n');
    expect(pageIcons(html, at)).toEqual(['https://cdn.example/assets/touch.png']);
  });
});

describe('iconMediaType', () => {
  it('knows the raster formats Chromium shows by their signatures', () => {
    expect(iconMediaType(png16)).toBe('image/png');
    expect(iconMediaType(favicon)).toBe('image/x-icon');
    expect(iconMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(iconMediaType(Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1'))).toBe('image/gif');
    expect(iconMediaType(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
  });

  it('refuses SVG, HTML, empty icon directories and cursors', () => {
    expect(iconMediaType(Buffer.from(svg))).toBeNull();
    expect(looksLikeSvg(Buffer.from(svg))).toBe(true);
    expect(looksLikeSvg(Buffer.from('<!-- made by hand -->\n<svg viewBox="0 0 1 1"></svg>'))).toBe(true);
    expect(iconMediaType(Buffer.from('<!doctype html><p>hi</p>'))).toBeNull();
    expect(looksLikeSvg(Buffer.from('<!doctype html><p>hi</p>'))).toBe(false);
    expect(iconMediaType(Buffer.concat([Buffer.from([0, 0, 1, 0, 0, 0]), Buffer.alloc(32)]))).toBeNull();
    expect(iconMediaType(Buffer.concat([Buffer.from([0, 0, 2, 0, 1, 0]), Buffer.alloc(32)]))).toBeNull();
  });
});

describe('HostSlots', () => {
  it('runs at most so many tasks per host at once, and other hosts alongside', async () => {
    const slots = new HostSlots(2);
    const running = new Map<string, number>();
    const most = new Map<string, number>();
    const task = (url: string) =>
      slots.run(url, async () => {
        const host = new URL(url).host;
        running.set(host, (running.get(host) ?? 0) + 1);
        most.set(host, Math.max(most.get(host) ?? 0, running.get(host) ?? 0));
        await new Promise((resolve) => setTimeout(resolve, 5));
        running.set(host, (running.get(host) ?? 0) - 1);
        return url;
      });
    const urls = [...Array.from({ length: 6 }, (_, index) => `https://a.example/${index}`), 'https://b.example/0', 'https://b.example/1'];
    expect(await Promise.all(urls.map(task))).toEqual(urls);
    expect(Object.fromEntries(most)).toEqual({ 'a.example': 2, 'b.example': 2 });
  });
});
