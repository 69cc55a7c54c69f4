import type { TidingsDb } from '../../db/database';
import { pageSize, readPage, type ListQuery, type ListSort, type PageCursor } from '../../db/paging';
import { readPreferences } from '../../db/preferences';
import type { ArticleRecord } from '../../db/records';

/**
 * One page of a list: the rows from just below its start down to the next page's start. The start is fixed when the
 * page is first read, so that a page read again (an article arrived, another was read) keeps its place in the list,
 * and an article that arrives between two pages joins the upper one rather than falling between them.
 */
export interface PageSlot {
  /** The row just above the page; null for the first page. */
  after: PageCursor | null;
  /** Its rows in list order, or null once dropped for being far from view: read again when shown. */
  rows: readonly ArticleRecord[] | null;
  /** How many rows it held when last read: a dropped page keeps that much room in the list. */
  size: number;
  /** Its last row when last read: where the page after it starts. */
  last: PageCursor | null;
}

/** The pages of one list read so far. */
export interface ListPages {
  /** The list the pages are of: an answer for a list no longer shown is not used. */
  identity: string;
  slots: readonly PageSlot[];
  /** The last page ended short: there is nothing below it. */
  complete: boolean;
  /** The reader's languages, most wanted first: which version of a story a row shows. */
  preferredLanguages: readonly string[];
}

/** Pages from `from` to `to`, both included; `to` may be one past the pages read, to read the next one. */
export interface PageRange {
  from: number;
  to: number;
}

/** Past this many pages kept in memory, those farthest from view are dropped; a million-article list scrolled through stays small. */
export const residentPageLimit = 30;

/**
 * Reads the pages in view again, and the next one when the end of the list is in view: the cost of an answer is a few
 * pages whatever the length of the list or how far it was scrolled. Pages out of view keep what they last showed (or
 * are dropped when too many are kept) and are read again when they come into view.
 * `keep` are articles to list even when the filter leaves them out (read ones in an unread list, opened there).
 */
export async function readShownPages(
  db: TidingsDb,
  query: ListQuery,
  identity: string,
  previous: ListPages | null,
  range: PageRange,
  keep: readonly string[],
): Promise<ListPages> {
  const slots = previous?.identity === identity ? [...previous.slots] : [];
  let complete = previous?.identity === identity && previous.complete;
  const [{ preferredLanguages }, kept] = await Promise.all([
    readPreferences(db),
    keep.length === 0 ? [] : db.articles.bulkGet([...keep]).then((rows) => rows.filter((row): row is ArticleRecord => row !== undefined)),
  ]);
  const last = complete ? slots.length - 1 : slots.length;
  const from = Math.max(0, Math.min(range.from, last));
  const to = Math.min(Math.max(range.to, from), last);
  for (let index = from; index <= to; index += 1) {
    const slot = slots[index];
    const next = slots[index + 1];
    if (slot && next) {
      const rows = await readBetween(db, query, slot.after, next.after, slot.size);
      slots[index] = slotOf(slot.after, withKept(rows, kept, query.sort, slot.after, next.after));
      continue;
    }
    // The last page: open below, it takes a page's worth of rows (more if it has grown since).
    const after = slot ? slot.after : (slots[index - 1]?.last ?? null);
    if (!slot && index > 0 && after === null) break; // the page above is empty: nothing can follow it
    const limit = Math.max(pageSize, slot?.size ?? 0);
    const rows = await readPage(db, query, after, limit);
    complete = rows.length < limit;
    const bottom = complete ? null : cursorOf(rows.at(-1));
    slots[index] = slotOf(after, withKept(rows, kept, query.sort, after, bottom));
  }
  return { identity, slots: dropFarPages(slots, { from, to }), complete, preferredLanguages };
}

function slotOf(after: PageCursor | null, rows: readonly ArticleRecord[]): PageSlot {
  return { after, rows, size: rows.length, last: cursorOf(rows.at(-1)) };
}

function cursorOf(row: ArticleRecord | undefined): PageCursor | null {
  return row ? { sortTime: row.sortTime, key: row.key } : null;
}

/** The rows from just below `after` down to `until`, included: a page read again between its fixed ends. */
async function readBetween(db: TidingsDb, query: ListQuery, after: PageCursor | null, until: PageCursor | null, sizeHint: number): Promise<ArticleRecord[]> {
  const rows: ArticleRecord[] = [];
  // A few more than it held, so that a page that gained some is still read in one go.
  const limit = Math.max(pageSize, sizeHint + 20);
  let cursor = after;
  for (;;) {
    const page = await readPage(db, query, cursor, limit);
    for (const row of page) {
      if (until && isBelow(row, until, query.sort)) return rows;
      rows.push(row);
    }
    cursor = cursorOf(page.at(-1));
    if (page.length < limit || !cursor) return rows;
  }
}

/** Whether a row comes after the cursor in the list's order (newest first: older, or as old with a lower key). */
export function isBelow(row: PageCursor, cursor: PageCursor, sort: ListSort): boolean {
  const sign = sort === 'newest' ? 1 : -1;
  const byTime = sign * (cursor.sortTime - row.sortTime);
  if (byTime !== 0) return byTime > 0;
  return sign * (cursor.key < row.key ? -1 : cursor.key > row.key ? 1 : 0) > 0;
}

/** Adds the kept articles that fall within the page (below `after`, down to `until` included), in the list's order. */
function withKept(rows: ArticleRecord[], kept: readonly ArticleRecord[], sort: ListSort, after: PageCursor | null, until: PageCursor | null): ArticleRecord[] {
  if (kept.length === 0) return rows;
  const present = new Set(rows.map((row) => row.key));
  const inPage = kept.filter((row) => !present.has(row.key) && (!after || isBelow(row, after, sort)) && (!until || !isBelow(row, until, sort)));
  if (inPage.length === 0) return rows;
  return [...rows, ...inPage].sort((a, b) => (isBelow(a, b, sort) ? 1 : isBelow(b, a, sort) ? -1 : 0));
}

/** Drops the rows of the pages farthest from view while more than the limit are kept. */
function dropFarPages(slots: PageSlot[], shown: PageRange): PageSlot[] {
  const kept = slots.flatMap((slot, index) => (slot.rows ? [index] : []));
  if (kept.length <= residentPageLimit) return slots;
  const distance = (index: number) => (index < shown.from ? shown.from - index : index > shown.to ? index - shown.to : 0);
  const farthest = kept.filter((index) => distance(index) > 0).sort((a, b) => distance(b) - distance(a));
  for (const index of farthest.slice(0, kept.length - residentPageLimit)) {
    const slot = slots[index];
    if (slot) slots[index] = { ...slot, rows: null };
  }
  return slots;
}
