import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchFeed } from '../../../electron/feeds/fetchFeed';
import { normaliseFeedChanges } from '../../../electron/feeds/normalise/normaliseFeed';
import type * as NormaliseFeed from '../../../electron/feeds/normalise/normaliseFeed';
import type { FeedDocument } from '../../../electron/feeds/parse/documentReading';
import { inlineFeedReader, type FeedReader } from '../../../electron/feeds/worker/feedReader';
import { startLoopbackServer, type LoopbackServer } from '../../integration/feeds/loopbackServer';

// normaliseFeed is another module's: watched here, unchanged, to see which addresses reading hands it.
vi.mock('../../../electron/feeds/normalise/normaliseFeed', async (importOriginal) => {
  const actual = await importOriginal<typeof NormaliseFeed>();
  return { ...actual, normaliseFeedChanges: vi.fn(actual.normaliseFeedChanges) };
});

// An archive that serves its feed from a dated copy, as Apache's content negotiation and some CDNs do: the relative
// addresses in the feed are written relative to that copy, which Content-Location names.
const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="posts/">
  <title>Night Ferry Log</title>
  <id>tag:ferry.example,2024:log</id>
  <updated>2024-06-01T22:00:00Z</updated>
  <link href="../"/>
  <entry>
    <title>Crossing in fog</title>
    <id>tag:ferry.example,2024:fog</id>
    <updated>2024-06-01T22:00:00Z</updated>
    <link href="fog.html"/>
    <content type="html">&lt;p&gt;&lt;img src="fog.jpg"&gt;&lt;/p&gt;</content>
  </entry>
</feed>`;

const atomType = 'application/atom+xml; charset=utf-8';

describe('Content-Location as the base for relative addresses', () => {
  let server: LoopbackServer;
  const documents: FeedDocument[] = [];
  const reader: FeedReader = {
    read: (document) => {
      documents.push(document);
      return inlineFeedReader.read(document);
    },
    close: async () => undefined,
  };

  beforeAll(async () => {
    server = await startLoopbackServer({
      '/feed': (_request, response) => response.writeHead(200, { 'Content-Type': atomType, 'Content-Location': '/archive/2024/feed.atom' }).end(atom),
      '/same': (_request, response) => response.writeHead(200, { 'Content-Type': atomType, 'Content-Location': server.url('/same') }).end(atom),
      '/file': (_request, response) => response.writeHead(200, { 'Content-Type': atomType, 'Content-Location': 'file:///etc/feed.atom' }).end(atom),
      '/plain': (_request, response) => response.writeHead(200, { 'Content-Type': atomType, 'Content-Location': '/archive/2024/feed.atom' }).end(atom.replace(' xml:base="posts/"', '')),
      '/moved': (_request, response) => response.writeHead(302, { Location: '/feed' }).end(),
    });
  });

  afterAll(async () => {
    await server.close();
  });

  const fetchFrom = async (path: string) => {
    documents.length = 0;
    const outcome = await fetchFeed({ url: server.url(path), validators: { etag: null, lastModified: null } }, { reader });
    if (outcome.kind !== 'updated') throw new Error(JSON.stringify(outcome));
    return { outcome, document: documents[0] };
  };

  it('reads relative addresses against the Content-Location, resolved against the address that answered', async () => {
    const { outcome, document } = await fetchFrom('/feed');
    expect(document).toMatchObject({ url: server.url('/feed'), baseUrl: server.url('/archive/2024/feed.atom') });
    // xml:base="posts/" is relative to the document's location: the archived copy's, not the subscribed address's.
    expect(outcome.feed.articles[0]?.url).toBe(server.url('/archive/2024/posts/fog.html'));
  });

  it('keeps the feed known by the address it was fetched from', async () => {
    const { outcome } = await fetchFrom('/feed');
    expect(outcome.movedTo).toBeNull();
    const options = vi.mocked(normaliseFeedChanges).mock.calls.at(-1)?.[1];
    expect(options).toMatchObject({ feedUrl: server.url('/feed'), baseUrl: server.url('/archive/2024/feed.atom') });
  });

  it('resolves a relative Content-Location against the address a redirect reached', async () => {
    const { outcome, document } = await fetchFrom('/moved');
    expect(document).toMatchObject({ url: server.url('/feed'), baseUrl: server.url('/archive/2024/feed.atom') });
    expect(outcome.feed.articles[0]?.url).toBe(server.url('/archive/2024/posts/fog.html'));
  });

  it('reads relative links of a feed without xml:base against the Content-Location', async () => {
    const { outcome } = await fetchFrom('/plain');
    expect(outcome.feed.articles[0]?.url).toBe(server.url('/archive/2024/fog.html'));
    expect(outcome.feed.siteUrl).toBe(server.url('/archive/'));
  });

  it('ignores a Content-Location that names the same address, or one that is not on the web', async () => {
    for (const path of ['/same', '/file']) {
      const { outcome, document } = await fetchFrom(path);
      expect(document?.baseUrl).toBeUndefined();
      expect(outcome.feed.articles[0]?.url).toBe(server.url('/posts/fog.html'));
    }
  });
});
