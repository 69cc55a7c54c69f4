import { describe, expect, it } from 'vitest';
import { WorkerFeedReader, defaultWorkerEntry } from '../../../electron/feeds/worker/feedReader';
import { articlesFromText } from '../../../electron/feeds/worker/articlesText';

const document = (text: string) => ({ body: Buffer.from(text), contentType: null, url: 'https://news.example/rss', fetchedAt: Date.now(), sanitise: false });
const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Pool</title><link>https://news.example/</link>
<item><title>One</title><link>https://news.example/1</link></item></channel></rss>`;

describe('the parse worker pool', () => {
  it('gives up on a document a worker never finishes and reports it unreadable, while a working pool reads the same document', async () => {
    const reader = new WorkerFeedReader(new URL('../../fixtures/workers/silentParseWorker.mjs', import.meta.url), 1, 300);
    try {
      const started = Date.now();
      const reading = await reader.read(document(rss));
      expect(reading.kind).toBe('unreadable');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await reader.close();
    }
    const entry = defaultWorkerEntry();
    if (!entry) throw new Error('no parse worker entry');
    const working = new WorkerFeedReader(entry, 1, 30_000);
    try {
      const reading = await working.read(document(rss));
      expect(reading.kind === 'feed' ? reading.feed.articles.map((article) => article.title) : reading).toEqual(['One']);
    } finally {
      await working.close();
    }
  });

  it('hands a feed’s articles over as JSON text when asked, the same articles, with the pictures to keep', async () => {
    const entry = defaultWorkerEntry();
    if (!entry) throw new Error('no parse worker entry');
    const working = new WorkerFeedReader(entry, 1, 30_000);
    try {
      const pictured = rss.replace('<title>One</title>', '<title>One</title><description>&lt;img src="/a.png" width="600"&gt;</description>');
      const asObjects = await working.read(document(pictured));
      const asText = await working.read({ ...document(pictured), articlesAsText: true });
      if (asObjects.kind !== 'feed' || asText.kind !== 'feed' || !asText.articlesText) throw new Error('two readings of a feed, one with text');
      expect(asText.feed.articles).toEqual([]);
      expect(asText.articlesText.count).toBe(1);
      expect(articlesFromText(asText.articlesText)).toEqual(asObjects.feed.articles);
      expect(asText.articlesText.pictures).toEqual([['https://news.example/a.png']]);
    } finally {
      await working.close();
    }
  });
});
