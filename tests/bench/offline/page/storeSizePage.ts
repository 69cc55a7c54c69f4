import { openDatabase } from '../../../../renderer/db/database';
import { newFeedRecord } from '../../../../renderer/db/feeds';
import { storePollResults } from '../../../../renderer/db/ingest';
import { compactSearchIndex } from '../../../../renderer/db/search/searchIndex';
import { emptyFeedDetails, type ParsedArticle } from '../../../../shared/model/article';
import type { FeedPollResult } from '../../../../shared/model/feed';
import { blankArticle } from '../../../fixtures/model/parsedArticle';
import { Random } from '../../scale/corpus/random';
import { TextMaker } from '../../scale/corpus/text';

// The store-size benchmark's page: the app's own ingest (rows, bodies, counts, search index) in Chromium, against
// the same articles put as they are, one row each, in a bare IndexedDB store; sizes from navigator.storage.estimate().

const seed = 20_260_301;
const perFeed = 500;
const storedAt = Date.UTC(2026, 2, 1);

/** Article `index`, the same on every call; with a picture, one lead picture on a publisher's host. */
function articleOf(texts: TextMaker, random: Random, index: number, pictureHost: string | null): ParsedArticle {
  const url = `https://news${index % 10}.example/${index}.html`;
  const body = texts.body(random, 'en', 3_000, url);
  const picture = pictureHost ? `${pictureHost}/p/${index}.jpg` : null;
  return blankArticle({
    id: `a${index}`,
    title: texts.title(random, 'en'),
    url,
    published: new Date(storedAt - index * 60_000).toISOString(),
    contentHtml: picture ? `<figure><img src="${picture}" alt=""></figure>${body.html}` : body.html,
    excerpt: body.text.slice(0, 200),
    imageUrl: picture,
    language: 'en',
    languageConfidence: 1,
  });
}

function articles(count: number, pictureHost: string | null): ParsedArticle[] {
  const texts = new TextMaker(seed);
  const random = new Random(seed);
  return Array.from({ length: count }, (_, index) => articleOf(texts, random, index, pictureHost));
}

/** What the origin's IndexedDB takes on disk, as Chromium's quota manager counts it. */
async function indexedDbBytes(): Promise<number> {
  const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
  return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
}

/** The size once it holds still: the database's log is folded into its tables in the background after writing. */
async function settledBytes(): Promise<number> {
  let last = await indexedDbBytes();
  for (let round = 0; round < 20; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = await indexedDbBytes();
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** Each store is measured on an origin of its own, so that another's background compaction cannot change its figure. */
async function grownBy(write: () => Promise<void>, close: () => void): Promise<number> {
  const before = await settledBytes();
  await write();
  close();
  return (await settledBytes()) - before;
}

const api = {
  /** Stores `count` articles through the app's ingest, feeds of 500, the search index compacted as in idle time. */
  async app(name: string, count: number, pictureHost: string | null) {
    const all = articles(count, pictureHost);
    const db = openDatabase(name);
    await db.open();
    const bytes = await grownBy(async () => {
      for (let first = 0, feed = 0; first < all.length; first += perFeed, feed += 1) {
        const record = newFeedRecord(`https://news${feed}.example/feed.xml`, { id: `feed-${feed}`, addedAt: storedAt });
        await db.feeds.put(record);
        const result: FeedPollResult = {
          feedId: record.id,
          url: record.url,
          fetchedAt: storedAt,
          outcome: { kind: 'updated', feed: { title: `News ${feed}`, siteUrl: null, language: 'en', details: emptyFeedDetails(), articles: all.slice(first, first + perFeed), errors: [] }, validators: { etag: null, lastModified: null }, movedTo: null },
        };
        await storePollResults(db, [result]);
      }
      await compactSearchIndex(db);
    }, () => db.close());
    return { bytes, articles: all.length };
  },
  /** The floor: the same articles as the feed worker hands them over, put as they are, one row each. */
  async bare(name: string, count: number, pictureHost: string | null) {
    const all = articles(count, pictureHost);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('articles', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('could not open'));
    });
    const bytes = await grownBy(async () => {
      for (let first = 0; first < all.length; first += perFeed) {
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction('articles', 'readwrite');
          for (const article of all.slice(first, first + perFeed)) transaction.objectStore('articles').put(article);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error ?? new Error('could not write'));
        });
      }
    }, () => db.close());
    return { bytes, articles: all.length };
  },
};

export type StoreSizeBenchApi = typeof api;

(window as unknown as { tidingsStoreSize: StoreSizeBenchApi }).tidingsStoreSize = api;
