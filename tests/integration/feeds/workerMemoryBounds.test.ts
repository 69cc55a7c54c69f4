import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerFeedReader, defaultWorkerEntry, parseHeapMb } from '../../../electron/feeds/worker/feedReader';
import { WorkerPageReader, defaultPageWorkerEntry } from '../../../electron/fulltext/worker/pageReader';
import type { DocumentReading } from '../../../electron/feeds/parse/documentReading';
import { rssFeed } from '../../bench/feeds/syntheticFeeds';
import { jsonFeedNestedTo, nestedFeed, wideFeed } from '../../fixtures/feeds/hostileMarkup';

const document = (text: string) => ({ body: Buffer.from(text), contentType: null, url: 'https://hostile.example/rss', fetchedAt: Date.now(), sanitise: false });

function workerEntry(): URL {
  const entry = defaultWorkerEntry();
  if (!entry) throw new Error('no parse worker entry');
  return entry;
}

/** The reading, and how far the whole process's resident memory (its worker threads included) rose above where it was. */
async function readWatchingMemory(reader: WorkerFeedReader, text: string): Promise<{ reading: DocumentReading; growthMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const reading = await reader.read(document(text));
    peak = Math.max(peak, process.memoryUsage().rss);
    return { reading, growthMb: (peak - before) / (1024 * 1024) };
  } finally {
    clearInterval(sample);
  }
}

const articleTitles = (reading: DocumentReading) => (reading.kind === 'feed' ? reading.feed.articles.map((article) => article.title) : reading);

describe('the parse workers, against documents built to exhaust them', () => {
  const pool = new WorkerFeedReader(workerEntry(), 1);
  afterAll(() => pool.close());

  it('refuses a 19.6 MB feed of nested elements as that feed’s error, the process’s memory staying bounded, and reads the next feed', async () => {
    // Unbounded, this document took 1.6 GB and 12 s of one worker.
    const { reading, growthMb } = await readWatchingMemory(pool, nestedFeed(19.6e6));
    expect(reading).toMatchObject({ kind: 'unreadable', error: 'Not a readable feed: its elements are nested more than 256 levels deep', reason: 'parse' });
    expect(growthMb).toBeLessThan(400);
    expect(articleTitles(await pool.read(document(rssFeed(2))))).toHaveLength(2);
  }, 60_000);

  it('refuses a 19.6 MB JSON Feed of nested arrays the same way', async () => {
    // Unbounded, JSON.parse took the worker's whole heap and the process over a gigabyte.
    const { reading, growthMb } = await readWatchingMemory(pool, jsonFeedNestedTo(9_800_000));
    expect(reading).toMatchObject({ kind: 'unreadable', error: 'Not a readable feed: its JSON is nested more than 256 levels deep', reason: 'parse' });
    expect(growthMb).toBeLessThan(400);
  }, 60_000);

  it('refuses a feed of more elements than any feed has, before the parser builds them', async () => {
    const { reading, growthMb } = await readWatchingMemory(pool, wideFeed(1_200_000));
    expect(reading).toMatchObject({ kind: 'unreadable', error: 'Not a readable feed: it has more than 1,000,000 elements', reason: 'parse' });
    expect(growthMb).toBeLessThan(400);
  }, 60_000);

  it('still reads an ordinary large feed of 5,000 articles within the standard heap', async () => {
    const reading = await pool.read(document(rssFeed(5_000)));
    expect(reading.kind === 'feed' ? reading.feed.articles.length : reading).toBe(5_000);
  }, 60_000);
});

describe('a parse worker that runs out of its heap', () => {
  it('costs its own feed an error naming the bound, and the pool reads the next feed with a new worker', async () => {
    // 64 MB reads a small feed but not a 15 MB one, which needs some 200 MB.
    const smallHeap = new WorkerFeedReader(workerEntry(), 1, 60_000, () => 64);
    try {
      const large = await smallHeap.read(document(rssFeed(12_000)));
      expect(large).toMatchObject({ kind: 'unreadable', error: 'The feed could not be read: reading it needed more than 64 MB of memory', reason: 'parse' });
      expect(articleTitles(await smallHeap.read(document(rssFeed(3))))).toHaveLength(3);
    } finally {
      await smallHeap.close();
    }
  }, 60_000);
});

describe('the heap of a parse worker, set by the document’s size', () => {
  it('is the standard one up to the default size limit, and in proportion beyond it, for readers who raise the limit', () => {
    expect(parseHeapMb(1024)).toBe(512);
    expect(parseHeapMb(20 * 1024 * 1024)).toBe(512);
    expect(parseHeapMb(100 * 1024 * 1024)).toBe(2_400);
  });

  it('gives a larger document a worker with a larger heap, within the pool’s size, and the next small one a small heap again', async () => {
    // A 10 MB feed needs more than 64 MB: it is read only because its worker has the larger heap.
    const heapFor = (bytes: number) => (bytes > 1_000_000 ? 512 : 64);
    const pool = new WorkerFeedReader(workerEntry(), 1, 60_000, heapFor);
    try {
      expect(articleTitles(await pool.read(document(rssFeed(2))))).toHaveLength(2);
      expect(articleTitles(await pool.read(document(rssFeed(8_000))))).toHaveLength(8_000);
      expect(articleTitles(await pool.read(document(rssFeed(3))))).toHaveLength(3);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('the full-text page worker, out of its heap', () => {
  it('costs that page an error naming the bound, and reads the next page with a new worker', async () => {
    const entry = defaultPageWorkerEntry();
    if (!entry) throw new Error('no full-text worker entry');
    // 48 MB reads an ordinary article but not a 2 MB page of 48,000 elements, which needs some 100 MB.
    const smallHeap = new WorkerPageReader(entry, 30_000, 48);
    const paragraphs = Array.from({ length: 16_000 }, (_, index) => `<p>Paragraph ${index}, with <a href="/l/${index}">a link</a> and <em>some emphasis</em>.</p>`);
    const large = `<!doctype html><html><head><title>Long</title></head><body><article><h1>Long</h1>${paragraphs.join('\n')}</article></body></html>`;
    try {
      const answer = await smallHeap.read({ body: Buffer.from(large), contentType: 'text/html', url: 'https://gazette.example/long' });
      expect(answer).toMatchObject({ kind: 'failed', reason: 'unreadable', detail: 'The page could not be read: reading it needed more than 48 MB of memory' });
      const article = readFileSync(new URL('../../fixtures/fulltext/news-article.html', import.meta.url));
      await expect(smallHeap.read({ body: article, contentType: 'text/html', url: 'https://gazette.example/story' })).resolves.toMatchObject({ kind: 'extracted' });
    } finally {
      await smallHeap.close();
    }
  }, 60_000);
});
