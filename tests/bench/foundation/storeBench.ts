import 'fake-indexeddb/auto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Parser from 'rss-parser';
import { fetchFeed } from '../../../electron/feeds/fetchFeed';
import { openDatabase } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { storePollResult } from '../../../renderer/db/ingest';
import { listArticles, unreadCounts } from '../../../renderer/db/queries';
import { medianMs } from '../measure';
import type { BenchRow } from '../table';
import { syntheticRss } from './syntheticFeed';

const group = 'store';
const indexedDbNote = 'IndexedDB here is fake-indexeddb under Node: read the ratio, not the absolute time';
// As the app fetches: parsing in the worker pool, HTML kept as sent (the reading pane sanitises what is opened).
const appFetch = { sanitise: false } as const;

/** Parse + store of a 2,000-item feed, and the article-list query over 10,000 stored articles. */
export async function benchStore(): Promise<BenchRow[]> {
  const documents = new Map<string, string>();
  for (let feed = 0; feed < 5; feed += 1) documents.set(`/feed-${feed}.xml`, syntheticRss(2000, 1500, `feed-${feed}`));
  const server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
    response.end(documents.get(request.url ?? '') ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: BenchRow[] = [];
  try {
    const first = documents.get('/feed-0.xml') ?? '';
    const parser = new Parser();
    const rawParse = await medianMs(5, () => parser.parseString(first));

    const fetchParse = await medianMs(5, () => fetchFeed({ url: `${origin}/feed-0.xml`, validators: { etag: null, lastModified: null } }, appFetch));
    rows.push({
      group,
      name: 'fetch + parse a 2,000-item feed (loopback)',
      value: fetchParse,
      unit: 'ms',
      baseline: { name: 'rss-parser parseString alone', value: rawParse },
    });

    let round = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    const parseAndStore = await medianMs(3, async () => {
      const db = openDatabase(`bench-store-${(round += 1)}`);
      const feed = await addFeed(db, `${origin}/feed-0.xml`);
      const outcome = await fetchFeed({ url: feed.url, validators: { etag: null, lastModified: null } }, appFetch);
      await storePollResult(db, { feedId: feed.id, url: feed.url, fetchedAt: Date.now(), outcome });
      db.close();
    });
    rows.push({
      group,
      name: 'fetch + parse + store a 2,000-item feed',
      value: parseAndStore,
      unit: 'ms',
      baseline: { name: 'rss-parser parseString alone', value: rawParse },
      note: indexedDbNote,
    });
    rows.push({
      group,
      name: 'heap growth over those runs',
      value: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
      unit: 'MiB',
    });

    const db = openDatabase('bench-list');
    for (const path of documents.keys()) {
      const feed = await addFeed(db, `${origin}${path}`);
      const outcome = await fetchFeed({ url: feed.url, validators: { etag: null, lastModified: null } }, appFetch);
      await storePollResult(db, { feedId: feed.id, url: feed.url, fetchedAt: Date.now(), outcome });
    }
    const stored = await db.articles.count();
    const rawRead = await medianMs(5, () => rawNewest(db.backendDB(), 1000));
    rows.push({
      group,
      name: `list the newest 1,000 of ${stored.toLocaleString('en')} articles`,
      value: await medianMs(5, () => listArticles(db, { kind: 'all' }, 1000)),
      unit: 'ms',
      baseline: { name: 'raw IndexedDB cursor, same 1,000 rows', value: rawRead },
      note: indexedDbNote,
    });
    rows.push({
      group,
      name: `unread counts of 5 feeds, ${stored.toLocaleString('en')} articles`,
      value: await medianMs(5, () => unreadCounts(db)),
      unit: 'ms',
      baseline: { name: 'raw IndexedDB cursor, same 1,000 rows', value: rawRead },
    });
    db.close();
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return rows;
}

/** The same rows as the 'all' list, read with nothing but the IndexedDB API. */
function rawNewest(database: IDBDatabase, limit: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const rows: unknown[] = [];
    const request = database.transaction('articles', 'readonly').objectStore('articles').index('sortTime').openCursor(null, 'prev');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || rows.length >= limit) return resolve(rows);
      rows.push(cursor.value);
      cursor.continue();
    };
  });
}
