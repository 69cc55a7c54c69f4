import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFullText } from '../../../electron/fulltext/fullText';
import type { FullTextQueue } from '../../../electron/fulltext/fullTextQueue';
import { WorkerPageReader, defaultPageWorkerEntry } from '../../../electron/fulltext/worker/pageReader';
import { i18n } from '../../../renderer/i18n';
import { mainMessageText } from '../../../renderer/i18n/mainMessageText';
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
    '/loop': (_request, response) => response.writeHead(302, { Location: '/loop' }).end(),
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

describe('why a page gave no article, in the reader’s language', () => {
  it('says it of the page, not of a feed, and in French for a French reader', async () => {
    const loop = await pages.load(server.url('/loop'), { background: false });
    if (loop.kind !== 'failed') throw new Error('a redirect loop gave an article');
    const host = new URL(server.url('/')).host;
    expect(loop.detail).toBe(`The page's address redirects in a loop (${host})`);
    expect(loop.told?.code).toBe('pageRedirectLoop');
    const picture = await pages.load(server.url('/picture'), { background: false });
    if (picture.kind !== 'failed') throw new Error('a picture gave an article');
    expect(picture.detail).toBe('The address is not a web page but image/png');
    await i18n.changeLanguage('fr');
    try {
      expect(mainMessageText(loop.told, loop.detail)).toBe(`L’adresse de la page redirige en boucle (${host})`);
      expect(mainMessageText(picture.told, picture.detail)).toBe('L’adresse n’est pas une page web mais image/png');
    } finally {
      await i18n.changeLanguage('en');
    }
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
