import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../electron/feeds/discover/discoverFeeds';
import { startLoopbackServer, type LoopbackServer } from './loopbackServer';

const rss = readFileSync(new URL('../../fixtures/feeds/rss2-full.xml', import.meta.url));
const atom = readFileSync(new URL('../../fixtures/feeds/atom10.xml', import.meta.url));
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer({
    '/advertised/': (_q, r) =>
      r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<html><head><link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml"></head></html>'),
    '/atom.xml': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/atom+xml' }).end(atom),
    '/plain/': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><body>No links</body></html>'),
    '/feed': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss),
    '/rss': (_q, r) => r.writeHead(301, { Location: '/feed' }).end(),
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
      ],
    });
  });

  it('recognises an address that is already a feed', async () => {
    const discovery = await discoverFeeds(server.url('/atom.xml'));
    expect(discovery.kind === 'found' && discovery.feeds[0]?.url).toBe(server.url('/atom.xml'));
  });

  it('says why a site could not be reached', async () => {
    expect(await discoverFeeds(server.url('/nothing-here'))).toEqual({ kind: 'failed', error: expect.stringMatching(/^Not found/) as unknown as string });
  });
});
