import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../electron/feeds/discover/discoverFeeds';
import { startLoopbackServer, type LoopbackServer } from './loopbackServer';

const rss = readFileSync(new URL('../../fixtures/feeds/rss2-full.xml', import.meta.url));
const atom = readFileSync(new URL('../../fixtures/feeds/atom10.xml', import.meta.url));
const json = readFileSync(new URL('../../fixtures/feeds/feed-1.1.json', import.meta.url));
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer({
    '/advertised/': (_q, r) =>
      r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<html><head><link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml"></head></html>'),
    '/atom.xml': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/atom+xml' }).end(atom),
    '/plain/': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><body>No links</body></html>'),
    '/feed': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss),
    '/rss': (_q, r) => r.writeHead(301, { Location: '/feed' }).end(),
    '/feed.json': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/feed+json' }).end(json),
    '/blog/2024/post.html': (_q, r) =>
      r.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><html><head><base href="/blog/">
        <link rel="alternate home" type="application/rss+xml" title="Posts" href="feed">
        <link rel="alternate" type="application/atom+xml" title="Notes" href="/atom.xml">
        <link rel="alternate" type="application/feed+json" title="JSON" href="../feed.json">
      </head><body></body></html>`),
    '/latest': (_q, r) => r.writeHead(302, { Location: '/atom.xml' }).end(),
  });
});

afterAll(() => server.close());

describe('finding the feeds of a site', () => {
  it('uses the feeds a page advertises', async () => {
    expect(await discoverFeeds(server.url('/advertised/'))).toEqual({ kind: 'found', feeds: [{ url: server.url('/atom.xml'), title: 'Atom', type: 'atom' }] });
  });

  it('tries the usual feed paths when the page advertises none', async () => {
    const discovery = await discoverFeeds(server.url('/plain/'));
    // /rss redirects to /feed, so the same feed is listed once.
    expect(discovery).toEqual({
      kind: 'found',
      feeds: [
        { url: server.url('/feed'), title: 'Le Quotidien & Co', type: 'rss' },
        { url: server.url('/atom.xml'), title: 'Notes & Essays', type: 'atom' },
        { url: server.url('/feed.json'), title: 'JSON Journal', type: 'json' },
      ],
    });
  });

  it('lists every feed a page advertises, resolved against its <base href>, for the reader to pick', async () => {
    expect(await discoverFeeds(server.url('/blog/2024/post.html'))).toEqual({
      kind: 'found',
      feeds: [
        { url: server.url('/blog/feed'), title: 'Posts', type: 'rss' },
        { url: server.url('/atom.xml'), title: 'Notes', type: 'atom' },
        { url: server.url('/feed.json'), title: 'JSON', type: 'json' },
      ],
    });
  });

  it('recognises an address that is already a feed, and says what kind', async () => {
    expect(await discoverFeeds(server.url('/atom.xml'))).toEqual({ kind: 'found', feeds: [{ url: server.url('/atom.xml'), title: 'Notes & Essays', type: 'atom' }] });
    expect(await discoverFeeds(server.url('/feed.json'))).toEqual({ kind: 'found', feeds: [{ url: server.url('/feed.json'), title: 'JSON Journal', type: 'json' }] });
  });

  it('tells an Atom feed found at a usual path from RSS, however large it is', async () => {
    // Past 4 KB a body has bytes of its own, which the worker pool takes with it rather than copies.
    const padding = `<!-- ${'x'.repeat(64 * 1024)} -->`;
    const site = await startLoopbackServer({
      '/': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>No links</title>'),
      '/index.xml': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/xml' }).end(atom.toString().replace('</feed>', `${padding}</feed>`)),
    });
    try {
      expect(await discoverFeeds(site.url('/'))).toEqual({ kind: 'found', feeds: [{ url: site.url('/index.xml'), title: 'Notes & Essays', type: 'atom' }] });
    } finally {
      await site.close();
    }
  });

  it('keeps the address itself when it redirects to a feed only temporarily', async () => {
    expect(await discoverFeeds(server.url('/latest'))).toEqual({ kind: 'found', feeds: [{ url: server.url('/latest'), title: 'Notes & Essays', type: 'atom' }] });
  });

  it('says why a site could not be reached', async () => {
    expect(await discoverFeeds(server.url('/nothing-here'))).toMatchObject({ kind: 'failed', error: expect.stringMatching(/^Not found/) as unknown as string });
  });
});
