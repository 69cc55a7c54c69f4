import { startOfToday } from '../../../../renderer/db/counts';
import type { TidingsDb } from '../../../../renderer/db/database';
import { markRead, setMarks, setRead } from '../../../../renderer/db/marks';
import { unreadKeysOf, type SourceId } from '../../../../renderer/db/paging';
import type { ArticleRecord } from '../../../../renderer/db/records';
import { searchPage } from '../../../../renderer/db/search/searchIndex';
import { listStories } from '../../../../renderer/features/stories/storyQueries';
import type { CorpusPlan } from '../corpus/corpus';
import { getRows, newestRows, openExisting, putRows, readThenPutRows, transactionDone } from './rawIndexedDb';

const pageRows = 100;

/** The row the app's list shows first for a source, as its live query computes it. */
export async function firstStory(db: TidingsDb, source: SourceId): Promise<{ key: string; title: string; stories: number } | null> {
  const stories = await listStories(db, source, []);
  const first = stories[0];
  return first ? { key: first.shown.key, title: first.shown.title, stories: stories.length } : null;
}

/** The index walks a plain IndexedDB list page of the source would make: each feed of a folder is one. */
async function rawRanges(db: TidingsDb, source: SourceId): Promise<Array<{ index: string; range: IDBKeyRange | null }>> {
  const prefixed = (index: string, prefix: string) => ({ index, range: IDBKeyRange.bound([prefix, -Infinity], [prefix, Infinity]) });
  switch (source.kind) {
    case 'all':
      return [{ index: 'sortTime', range: null }];
    case 'unread':
      return [{ index: 'unreadTime', range: null }];
    case 'starred':
      return [{ index: 'starredTime', range: null }];
    case 'today':
      return [{ index: 'sortTime', range: IDBKeyRange.lowerBound(startOfToday()) }];
    case 'feed':
      return [prefixed('[feedId+sortTime]', source.feedId)];
    case 'language':
      return [prefixed('[language+sortTime]', source.language)];
    case 'folder':
      return (await db.feeds.where('folderId').equals(source.folderId).primaryKeys()).map((feedId) => prefixed('[feedId+sortTime]', feedId));
    default:
      throw new Error(`no plain baseline for a ${source.kind} list`);
  }
}

/** The first page of a list with plain IndexedDB: 100 rows per index walk, newest first, merged. */
async function rawFirstPage(raw: IDBDatabase, ranges: ReadonlyArray<{ index: string; range: IDBKeyRange | null }>): Promise<number> {
  const pages = await Promise.all(ranges.map(({ index, range }) => newestRows(raw, 'articles', index, range, pageRows)));
  const rows = (pages.flat() as ArticleRecord[]).sort((a, b) => b.sortTime - a.sortTime).slice(0, pageRows);
  return rows.length;
}

/**
 * Times the app's list query (the live query the article list runs: a page of rows grouped into stories) for each
 * source, and the plain IndexedDB walk of the same indexes for the same page; `rounds` passes, interleaved.
 */
export async function listTimes(db: TidingsDb, sources: readonly SourceId[], rounds: number): Promise<Array<{ source: SourceId; ours: number[]; raw: number[]; rows: number }>> {
  const raw = await openExisting(db.name);
  const ranges = await Promise.all(sources.map((source) => rawRanges(db, source)));
  const results = sources.map((source) => ({ source, ours: [] as number[], raw: [] as number[], rows: 0 }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, result] of results.entries()) {
      let started = performance.now();
      const stories = await listStories(db, result.source, []);
      result.ours.push(performance.now() - started);
      started = performance.now();
      result.rows = await rawFirstPage(raw, ranges[index] ?? []);
      result.raw.push(performance.now() - started);
      // Today holds what was published today: nothing, in a store planned over fixed dates.
      if (stories.length === 0 && result.source.kind !== 'today') throw new Error(`the ${result.source.kind} list is empty`);
    }
  }
  raw.close();
  return results;
}

/** Each query once after a warm-up pass: time to a first page of results, and how many it had. */
export async function searchTimes(db: TidingsDb, queries: readonly string[]): Promise<Array<{ query: string; ms: number; hits: number }>> {
  for (const query of queries.slice(0, 5)) await searchPage(db, query, { feedIds: null, after: null, limit: pageRows });
  const results: Array<{ query: string; ms: number; hits: number }> = [];
  for (const query of queries) {
    const started = performance.now();
    const rows = await searchPage(db, query, { feedIds: null, after: null, limit: pageRows });
    results.push({ query, ms: performance.now() - started, hits: rows.length });
  }
  return results;
}

/** Plain IndexedDB reads of a page of rows by key: the least a search that returns a page of articles pays. */
export async function rawPageByKeyTimes(db: TidingsDb, rounds: number): Promise<number[]> {
  const raw = await openExisting(db.name);
  const keys = await db.articles.orderBy('sortTime').reverse().limit(pageRows).primaryKeys();
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await getRows(raw, 'articles', keys);
    times.push(performance.now() - started);
  }
  raw.close();
  return times;
}

/** One article marked read and unread again with the app's function, against a plain get and put of its row. */
export async function oneMarkTimes(db: TidingsDb, rounds: number): Promise<{ read: number[]; unread: number[]; raw: number[] }> {
  const keys = await db.articles.where('unreadTime').above(-Infinity).reverse().limit(rounds).primaryKeys();
  const raw = await openExisting(db.name);
  const times = { read: [] as number[], unread: [] as number[], raw: [] as number[] };
  for (const key of keys) {
    let started = performance.now();
    await setRead(db, key, true);
    times.read.push(performance.now() - started);
    started = performance.now();
    await setRead(db, key, false);
    times.unread.push(performance.now() - started);
    started = performance.now();
    const transaction = raw.transaction('articles', 'readwrite');
    const store = transaction.objectStore('articles');
    const request = store.get(key);
    request.onsuccess = () => store.put(request.result);
    await transactionDone(transaction);
    times.raw.push(performance.now() - started);
  }
  raw.close();
  return times;
}

export interface MarkAllFigures {
  articles: number;
  /** Finding the view's unread keys (unreadKeysOf). */
  findMs: number;
  /** Marking them read with their counts (markRead), in one transaction. */
  markMs: number;
  /** Marking them unread again (setMarks), as an undo would. */
  undoMs: number;
  /** A plain IndexedDB get and put of the same 50,000 changed rows, in one transaction. */
  rawMs: number;
}

/** The wire folder's unread articles marked read through the app's functions; `restoreWire` puts them back. */
export async function markFolderRead(db: TidingsDb, plan: CorpusPlan): Promise<Pick<MarkAllFigures, 'articles' | 'findMs' | 'markMs'>> {
  let started = performance.now();
  const keys = await unreadKeysOf(db, { kind: 'folder', folderId: plan.unreadFolderId });
  const findMs = performance.now() - started;
  started = performance.now();
  const marked = await markRead(db, keys);
  const markMs = performance.now() - started;
  return { articles: marked.length, findMs, markMs };
}

/** Every article of the wire folder's feeds. */
async function wireKeys(db: TidingsDb, plan: CorpusPlan): Promise<string[]> {
  const keys = await Promise.all(
    plan.feeds.filter((feed) => feed.keepUnread).map((feed) => db.articles.where('[feedId+sortTime]').between([feed.id, -Infinity], [feed.id, Infinity]).primaryKeys()),
  );
  return keys.flat();
}

/**
 * Makes the wire folder unread again after it was marked read, timing it (an undo), then times a plain get and put of
 * the rows as they were when read (what marking them read takes at the least), and puts them back unread.
 */
export async function restoreWire(db: TidingsDb, plan: CorpusPlan): Promise<Pick<MarkAllFigures, 'undoMs' | 'rawMs'>> {
  const keys = await wireKeys(db, plan);
  const readRows = (await db.articles.bulkGet(keys)).filter((row): row is ArticleRecord => row !== undefined && row.read === 1);
  let started = performance.now();
  await setMarks(db, keys, { read: 0 });
  const undoMs = performance.now() - started;
  const unreadRows = (await db.articles.bulkGet(readRows.map((row) => row.key))).filter((row): row is ArticleRecord => row !== undefined);
  const raw = await openExisting(db.name);
  started = performance.now();
  await readThenPutRows(raw, 'articles', readRows.map((row) => row.key), readRows);
  const rawMs = performance.now() - started;
  await putRows(raw, new Map([['articles', unreadRows]]));
  raw.close();
  return { undoMs, rawMs };
}

/**
 * Puts the store back as generated where a run changed it: the wire folder all unread (a run stopped between marking
 * and undoing leaves it read) and the given articles, opened in the app, unread again.
 */
export async function restoreMarks(db: TidingsDb, plan: CorpusPlan, unreadAgain: readonly string[]): Promise<number> {
  let restored = (await setMarks(db, unreadAgain, { read: 0 })).length;
  const wire = plan.feeds.filter((feed) => feed.keepUnread).map((feed) => feed.id);
  const counts = await db.counts.where('feedId').anyOf(wire).toArray();
  if (counts.some((count) => count.unread !== count.total)) restored += (await setMarks(db, await wireKeys(db, plan), { read: 0 })).length;
  return restored;
}

/** Plain IndexedDB reads of what the reading pane shows of an article: its row and its body. */
export async function rawOpenTimes(db: TidingsDb, rounds: number): Promise<number[]> {
  const keys = await db.articles.orderBy('sortTime').reverse().limit(rounds).primaryKeys();
  const raw = await openExisting(db.name);
  const times: number[] = [];
  for (const key of keys) {
    const started = performance.now();
    await Promise.all([getRows(raw, 'articles', [key]), getRows(raw, 'bodies', [key])]);
    times.push(performance.now() - started);
  }
  raw.close();
  return times;
}

/**
 * What a page costs that only opens the store and reads the first page of All with plain IndexedDB: a new connection
 * and 100 rows through the time index, newest first, `rounds` times.
 */
export async function rawColdFirstPageTimes(db: TidingsDb, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const raw = await openExisting(db.name);
    const rows = await newestRows(raw, 'articles', 'sortTime', null, pageRows);
    times.push(performance.now() - started);
    raw.close();
    if (rows.length === 0) throw new Error('the store has no articles');
  }
  return times;
}
