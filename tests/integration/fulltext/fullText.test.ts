import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFullText } from '../../../electron/fulltext/fullText';
import type { FullTextQueue } from '../../../electron/fulltext/fullTextQueue';
import { WorkerPageReader, defaultPageWorkerEntry } from '../../../electron/fulltext/worker/pageReader';
import { startLoopbackServer, type LoopbackServer } from '../feeds/loopbackServer';

// Article pages fetched through the feeds' HTTP layer and read in the full-text worker, over loopback.

const articlePage = readFileSync(new URL('../../fixtures/fulltext/news-article.html', import.meta.url));
let server: LoopbackServer;
let reader: WorkerPageReader;
let pages: FullTextQueue;

beforeAll(async () => {
  server = await startLoopbackServer({
    '/story': (_request, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(articlePage),
    '/moved': (_request, response) => response.writeHead(301, { Location: '/story' }).end(),
    '/picture': (_request, response) => response.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.alloc(64)),
    '/huge': (_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<p>${'x'.repeat(6 * 1024 * 1024)}</p>`),
    '/busy': (_request, response) => response.writeHead(503, { 'Retry-After': '120' }).end(),
  });
  const entry = defaultPageWorkerEntry();
  if (!entry) throw new Error('no full-text worker entry');
  reader = new WorkerPageReader(entry);
  pages = createFullText({ userAgent: 'Tidings/test', reader });
});

afterAll(async () => {
  pages.close();
  await reader.close();
  await server.close();
});

describe('createFullText', () => {
  it('reads the article of a page, after its redirects, in the worker', async () => {
    const answer = await pages.load(server.url('/moved'), { background: false });
    expect(answer).toMatchObject({ kind: 'extracted', url: server.url('/story'), language: 'en', siteName: 'Harbour Gazette' });
    expect(answer.kind === 'extracted' && answer.html).toContain('nine hundred residents');
    expect(server.requests.find((request) => request.path === '/story')?.headers.accept).toMatch(/^text\/html/);
  });

  it('says why there is no article: an error status, something that is no page, a page over the size limit', async () => {
    await expect(pages.load(server.url('/gone'), { background: false })).resolves.toMatchObject({ kind: 'failed', reason: 'http', status: 404 });
    await expect(pages.load(server.url('/busy'), { background: false })).resolves.toMatchObject({ kind: 'failed', reason: 'http', status: 503 });
    await expect(pages.load(server.url('/picture'), { background: false })).resolves.toMatchObject({ kind: 'failed', reason: 'not-a-page' });
    const huge = await pages.load(server.url('/huge'), { background: false });
    expect(huge).toMatchObject({ kind: 'failed', reason: 'unreadable' });
    expect(huge.kind === 'failed' && huge.detail).toMatch(/The page is too large/);
    await expect(pages.load('http://127.0.0.1:9/closed', { background: false })).resolves.toMatchObject({ kind: 'failed', reason: 'unreachable' });
  });
});

describe('WorkerPageReader', () => {
  it('stops a worker that overruns its deadline, says the page could not be read, and reads the next page with a new one', async () => {
    const entry = defaultPageWorkerEntry();
    if (!entry) throw new Error('no full-text worker entry');
    const hurried = new WorkerPageReader(entry, 1);
    const page = { body: articlePage, contentType: 'text/html', url: 'https://gazette.example/story' };
    try {
      await expect(hurried.read(page)).resolves.toMatchObject({ kind: 'failed', reason: 'unreadable', detail: expect.stringMatching(/took over/) });
    } finally {
      await hurried.close();
    }
    await expect(reader.read(page)).resolves.toMatchObject({ kind: 'extracted' });
  });
});
