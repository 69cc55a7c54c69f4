import { feedsInFolder } from './folders';
import { startOfToday } from './counts';
import type { TidingsDb } from './database';
import { isHiddenLanguage, readPreferences } from './preferences';
import type { ArticleRecord } from './records';
import { searchPage, type PageCursor } from './search/searchIndex';

export type { PageCursor };

/** Where a list's articles come from: a smart view, a feed, a folder (its feeds), a language, or a search within one of those. */
export type SourceId =
  | { kind: 'all' }
  | { kind: 'unread' }
  | { kind: 'starred' }
  | { kind: 'today' }
  | { kind: 'feed'; feedId: string }
  | { kind: 'folder'; folderId: string }
  | { kind: 'language'; language: string }
  | { kind: 'search'; query: string; within: Exclude<SourceId, { kind: 'search' }> };

export type ListFilter = 'all' | 'unread' | 'starred';
export type ListSort = 'newest' | 'oldest';

/** Every list shape: a source, shown whole or only its unread or starred articles, newest or oldest first. */
export interface ListQuery {
  source: SourceId;
  filter: ListFilter;
  sort: ListSort;
}

export const pageSize = 100;

/** One walk over one index: the rows whose key is `[...prefix, time]` with time from `from` on. */
interface IndexRange {
  index: string;
  prefix: readonly string[];
  from: number;
  /** Rows the index holds that the list leaves out; set only where an index cannot say it (rare rows, or hidden languages). */
  keep?: (row: ArticleRecord) => boolean;
}

/**
 * A page of a list, read through an index from just after `after` (or from the start): its cost grows with the page,
 * never with the store. Articles in a language the reader hid are left out, except in that language's own view.
 */
export async function readPage(db: TidingsDb, query: ListQuery, after: PageCursor | null = null, limit = pageSize): Promise<ArticleRecord[]> {
  const { source, filter, sort, unreadOnly } = normalised(query);
  const shown = shownFilter(new Set((await readPreferences(db)).hiddenLanguages), source, unreadOnly);
  if (source.kind === 'search') {
    const feedIds = await feedsOf(db, source.within);
    // Checked before the page is cut, so that a page is full unless the matches have run out.
    const accept = (row: ArticleRecord) => (shown?.(row) ?? true) && passes(row, filter) && withinSource(row, source.within);
    return searchPage(db, source.query, { feedIds, after, limit, accept });
  }
  const ranges = await rangesOf(db, source, filter, shown);
  const pages = await Promise.all(ranges.map((range) => readRange(db, range, sort, after, limit)));
  if (pages.length === 1) return pages[0] ?? [];
  return pages.flat().sort(listOrder(sort)).slice(0, limit);
}

/**
 * The page starting at a position, for a list scrolled straight to its middle: the index skips the rows before it
 * without reading them. A folder's list, merged from its feeds, has no such shortcut and is read from the top.
 */
export async function readPageAt(db: TidingsDb, query: ListQuery, offset: number, limit = pageSize): Promise<ArticleRecord[]> {
  const { source, filter, sort, unreadOnly } = normalised(query);
  const shown = shownFilter(new Set((await readPreferences(db)).hiddenLanguages), source, unreadOnly);
  if (source.kind !== 'search' && source.kind !== 'folder') {
    const [range] = await rangesOf(db, source, filter, shown);
    if (range) return collectionOf(db, range, sort, null).offset(offset).limit(limit).toArray();
  }
  const rows: ArticleRecord[] = [];
  let after: PageCursor | null = null;
  while (rows.length < offset + limit) {
    const page = await readPage(db, query, after, pageSize);
    rows.push(...page);
    const last = page.at(-1);
    if (page.length < pageSize || !last) break;
    after = { sortTime: last.sortTime, key: last.key };
  }
  return rows.slice(offset, offset + limit);
}

/** Which of a list's unread articles `unreadKeysOf` returns: those of a filtered list, or only those below one of them. */
export interface UnreadKeysOptions {
  /** The list's filter: 'starred' keeps the starred ones; 'all' and 'unread' are the same here. */
  filter?: ListFilter;
  /** Only articles older than this one (below it, newest first), for "mark older than this as read". */
  olderThan?: PageCursor | null;
}

/** The keys of a list's unread articles, for marking it all read: read through the unread indexes alone. */
export async function unreadKeysOf(db: TidingsDb, source: SourceId, options: UnreadKeysOptions = {}): Promise<string[]> {
  const { filter = 'all', olderThan = null } = options;
  const shown = shownFilter(new Set((await readPreferences(db)).hiddenLanguages), source, false);
  // Starred rows are few, and a search has no index to walk: their lists are paged through and the unread kept.
  if (source.kind === 'search' || filter === 'starred') {
    const query: ListQuery = { source, filter: filter === 'starred' ? 'starred' : 'unread', sort: 'newest' };
    const keys: string[] = [];
    let after = olderThan;
    for (;;) {
      const page = await readPage(db, query, after, 1_000);
      keys.push(...page.filter((row) => row.read === 0).map((row) => row.key));
      const last = page.at(-1);
      if (page.length < 1_000 || !last) return keys;
      after = { sortTime: last.sortTime, key: last.key };
    }
  }
  const ranges =
    source.kind === 'starred'
      ? [{ index: 'starredTime', prefix: [], from: -Infinity, keep: (row: ArticleRecord) => row.read === 0 && (shown?.(row) ?? true) }]
      : await rangesOf(db, source.kind === 'unread' ? { kind: 'all' } : source, 'unread', shown);
  const keys = await Promise.all(ranges.map((range) => (olderThan ? olderKeys(db, range, olderThan) : keysOf(collectionOf(db, range, 'newest', null), range))));
  return keys.flat();
}

function keysOf(rows: ReturnType<typeof collectionOf>, range: IndexRange): Promise<string[]> {
  return range.keep ? rows.toArray().then((found) => found.map((row) => row.key)) : rows.primaryKeys();
}

/** A range's keys below the cursor: those of its time with a lower key, then every older time. */
async function olderKeys(db: TidingsDb, range: IndexRange, cursor: PageCursor): Promise<string[]> {
  if (cursor.sortTime < range.from) return [];
  const tied = (await db.articles.where(range.index).equals(indexKey(range, cursor.sortTime)).primaryKeys()).filter((key) => key < cursor.key);
  const tiedKeys = range.keep
    ? (await db.articles.bulkGet(tied)).filter((row): row is ArticleRecord => row !== undefined && (range.keep?.(row) ?? true)).map((row) => row.key)
    : tied;
  return [...tiedKeys, ...(await keysOf(collectionOf(db, range, 'newest', cursor), range))];
}

/**
 * The unread and starred views are All with a filter. Where the view and the filter ask for both flags, the few
 * starred rows are walked and the unread ones kept.
 */
function normalised(query: ListQuery): ListQuery & { unreadOnly: boolean } {
  const { source, filter } = query;
  if (source.kind !== 'unread' && source.kind !== 'starred') return { ...query, unreadOnly: false };
  const flags = new Set([source.kind, filter]);
  const both = flags.has('unread') && flags.has('starred');
  return { ...query, source: { kind: 'all' }, filter: both || flags.has('starred') ? 'starred' : 'unread', unreadOnly: both };
}

function shownFilter(hidden: ReadonlySet<string>, source: SourceId, unreadOnly: boolean): ((row: ArticleRecord) => boolean) | undefined {
  const hides = source.kind !== 'language' && hidden.size > 0;
  if (!hides && !unreadOnly) return undefined;
  return (row) => (!unreadOnly || row.read === 0) && (!hides || !isHiddenLanguage(row.language, hidden));
}

async function rangesOf(
  db: TidingsDb,
  source: Exclude<SourceId, { kind: 'search' }>,
  filter: ListFilter,
  shown: ((row: ArticleRecord) => boolean) | undefined,
): Promise<IndexRange[]> {
  const both = (test: (row: ArticleRecord) => boolean) => (shown ? (row: ArticleRecord) => test(row) && shown(row) : test);
  // Starred rows are few: their sparse index is walked and the source picked out of it.
  const starredOf = (test: (row: ArticleRecord) => boolean, from = -Infinity): IndexRange[] => [{ index: 'starredTime', prefix: [], from, keep: both(test) }];
  switch (source.kind) {
    case 'all':
    case 'unread':
    case 'starred':
      if (filter === 'starred') return [{ index: 'starredTime', prefix: [], from: -Infinity, keep: shown }];
      return [{ index: filter === 'unread' ? 'unreadTime' : 'sortTime', prefix: [], from: -Infinity, keep: shown }];
    case 'today': {
      const from = startOfToday();
      const index = filter === 'unread' ? 'unreadTime' : filter === 'starred' ? 'starredTime' : 'sortTime';
      return [{ index, prefix: [], from, keep: shown }];
    }
    case 'feed':
      if (filter === 'starred') return starredOf((row) => row.feedId === source.feedId);
      return [{ index: filter === 'unread' ? '[feedId+unreadTime]' : '[feedId+sortTime]', prefix: [source.feedId], from: -Infinity, keep: shown }];
    case 'folder': {
      const feedIds = (await feedsOf(db, source)) ?? [];
      if (filter === 'starred') {
        const members = new Set(feedIds);
        return starredOf((row) => members.has(row.feedId));
      }
      const index = filter === 'unread' ? '[feedId+unreadTime]' : '[feedId+sortTime]';
      return feedIds.map((feedId) => ({ index, prefix: [feedId], from: -Infinity, keep: shown }));
    }
    case 'language':
      if (filter === 'starred') return starredOf((row) => row.language === source.language);
      return [{ index: filter === 'unread' ? '[language+unreadTime]' : '[language+sortTime]', prefix: [source.language], from: -Infinity }];
  }
}

/** The feeds a source covers, or null for every feed. */
async function feedsOf(db: TidingsDb, source: Exclude<SourceId, { kind: 'search' }>): Promise<string[] | null> {
  if (source.kind === 'feed') return [source.feedId];
  if (source.kind === 'folder') return feedsInFolder(db, source.folderId);
  return null;
}

function passes(row: ArticleRecord, filter: ListFilter): boolean {
  return filter === 'all' || (filter === 'unread' ? row.read === 0 : row.starred === 1);
}

/** What the source a search looks within asks of a row, beyond its feeds (feedsOf). */
function withinSource(row: ArticleRecord, source: SourceId): boolean {
  switch (source.kind) {
    case 'language':
      return row.language === source.language;
    case 'unread':
      return row.read === 0;
    case 'starred':
      return row.starred === 1;
    case 'today':
      return row.sortTime >= startOfToday();
    default:
      return true;
  }
}

/** Newest first: by time, then by key, the order the indexes keep ties in. */
function listOrder(sort: ListSort): (a: ArticleRecord, b: ArticleRecord) => number {
  const sign = sort === 'newest' ? -1 : 1;
  return (a, b) => sign * (a.sortTime - b.sortTime || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function indexKey(range: IndexRange, time: number): number | Array<string | number> {
  return range.prefix.length === 0 ? time : [...range.prefix, time];
}

function collectionOf(db: TidingsDb, range: IndexRange, sort: ListSort, after: PageCursor | null) {
  const newest = sort === 'newest';
  const lower = newest || !after ? range.from : Math.max(range.from, after.sortTime);
  const upper = newest && after ? after.sortTime : Infinity;
  const rows = db.articles
    .where(range.index)
    .between(indexKey(range, lower), indexKey(range, upper), !(after && !newest), !(after && newest) || upper === Infinity);
  const ordered = newest ? rows.reverse() : rows;
  return range.keep ? ordered.filter(range.keep) : ordered;
}

/**
 * Rows after the cursor. Those sharing the cursor's time (undated articles of one fetch share it) are picked by key
 * from an exact look-up, so the main walk needs no filter and stays on the index's fast path.
 */
async function readRange(db: TidingsDb, range: IndexRange, sort: ListSort, after: PageCursor | null, limit: number): Promise<ArticleRecord[]> {
  const ties: ArticleRecord[] = [];
  if (after && after.sortTime >= range.from) {
    const keys = await db.articles.where(range.index).equals(indexKey(range, after.sortTime)).primaryKeys();
    const next = (sort === 'newest' ? keys.filter((key) => key < after.key).reverse() : keys.filter((key) => key > after.key)).slice(0, limit * 4);
    const rows = (await db.articles.bulkGet(next)).filter((row): row is ArticleRecord => row !== undefined && (range.keep?.(row) ?? true));
    ties.push(...rows.slice(0, limit));
  }
  if (ties.length >= limit) return ties;
  const rest = await collectionOf(db, range, sort, after).limit(limit - ties.length).toArray();
  return [...ties, ...rest];
}

