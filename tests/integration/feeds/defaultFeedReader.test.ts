import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchFeed } from '../../../electron/feeds/fetchFeed';
import * as documentReading from '../../../electron/feeds/parse/readFeedDocument';
import { WorkerFeedReader, inlineFeedReader, sharedFeedReader } from '../../../electron/feeds/worker/feedReader';
import { startLoopbackServer, type LoopbackServer } from './loopbackServer';

// Counts parses on this (the main) thread; worker threads load their own, unmocked copy of the module.
vi.mock('../../../electron/feeds/parse/readFeedDocument', async (importOriginal) => {
  const actual = await importOriginal<typeof documentReading>();
  return { ...actual, readFeedDocument: vi.fn(actual.readFeedDocument) };
});

const rss = '<rss version="2.0"><channel><title>Pool</title><item><title>One</title><link>https://news.example/1</link></item></channel></rss>';
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer({
    '/feed.xml': (_q, r: ServerResponse) => r.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss),
  });
});

afterAll(async () => {
  await sharedFeedReader().close();
  await server.close();
});

describe('the reader fetchFeed uses by default', () => {
  it('is the worker pool, so a big feed never blocks the main process while it is parsed', async () => {
    expect(sharedFeedReader()).toBeInstanceOf(WorkerFeedReader);

    const pooled = await fetchFeed({ url: server.url('/feed.xml'), validators: { etag: null, lastModified: null } });
    expect(pooled.kind === 'updated' && pooled.feed.articles.map((article) => article.title)).toEqual(['One']);
    expect(documentReading.readFeedDocument).not.toHaveBeenCalled();

    // The count does see a parse on this thread: the in-place reader is counted.
    await fetchFeed({ url: server.url('/feed.xml'), validators: { etag: null, lastModified: null } }, { reader: inlineFeedReader });
    expect(documentReading.readFeedDocument).toHaveBeenCalledTimes(1);
  });
});
