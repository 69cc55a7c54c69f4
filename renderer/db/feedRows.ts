import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { CoalescingOptions } from './coalescedLiveQuery';
import type { TidingsDb } from './database';
import { feedWriteOf } from './feedWrites';
import type { FeedRecord } from './records';

/** Every feed row of the store. The rows are frozen: whoever reads them shares them, so none may change one. */
export interface FeedRows {
  byId: ReadonlyMap<string, FeedRecord>;
  /** The same rows, in no particular order. */
  list: readonly FeedRecord[];
}

/**
 * Follows the feeds table as a live query of all of it would, but without reading every row at every change, and
 * without Dexie's copy of them for each of its subscribers: after the first read, it reads only the rows a committed
 * write touched. Dexie reports their keys for a write of fewer than 50 rows (in this window or another); a larger one it
 * reports as a change of the whole table, and then the keys this window's own transaction wrote (feedWrites.ts) stand
 * for it. What neither tells, like a table cleared or another window's large write, has the table read whole. While
 * `busy`, changes are gathered and read at most once per interval. A row left unchanged keeps its object, so whatever
 * compares rows sees it as the same. Returns a function that stops following.
 */
export function followFeedRows(db: TidingsDb, next: (rows: FeedRows) => void, options: CoalescingOptions): () => void {
  const part = `idb://${db.name}/feeds/`;
  let rows: Map<string, FeedRecord> | null = null;
  let changed = new Set<string>();
  let everything = true;
  let reading = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let answeredAt = Number.NEGATIVE_INFINITY;

  const readSoon = () => {
    if (reading || timer || stopped) return;
    const wait = options.busy() ? answeredAt + options.intervalMs - performance.now() : 0;
    timer = setTimeout(() => {
      timer = null;
      void read();
    }, Math.max(0, wait));
  };

  const read = async () => {
    reading = true;
    const whole = everything || rows === null;
    const keys = [...changed];
    everything = false;
    changed = new Set();
    try {
      rows = whole ? await readAll(db) : await readChanged(db, rows ?? new Map<string, FeedRecord>(), keys);
    } catch (error) {
      // What was missed is not known any more: the next change reads the table whole again.
      everything = true;
      reading = false;
      options.onError(error);
      return;
    }
    reading = false;
    if (stopped) return;
    answeredAt = performance.now();
    next({ byId: rows, list: [...rows.values()] });
    if (everything || changed.size > 0) readSoon();
  };

  const onMutated = (parts: ObservabilitySet) => {
    const keys = parts[part];
    if (!keys) return;
    if (!addSingleKeys(keys, changed)) {
      const own = feedWriteOf(parts);
      if (own?.keyed) for (const key of own.keys) changed.add(key);
      else everything = true;
    }
    readSoon();
  };

  // Listening before the first read: a write committed while it runs is read again after it.
  Dexie.on('storagemutated', onMutated);
  readSoon();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
    if (timer) clearTimeout(timer);
  };
}

async function readAll(db: TidingsDb): Promise<Map<string, FeedRecord>> {
  const all = await db.feeds.toArray();
  return new Map(all.map((feed) => [feed.id, Object.freeze(feed)]));
}

async function readChanged(db: TidingsDb, before: ReadonlyMap<string, FeedRecord>, keys: readonly string[]): Promise<Map<string, FeedRecord>> {
  const found = await db.feeds.bulkGet([...keys]);
  const rows = new Map(before);
  keys.forEach((key, index) => {
    const feed = found[index];
    if (feed) rows.set(key, Object.freeze(feed));
    else rows.delete(key);
  });
  return rows;
}

/**
 * Adds the keys of a set of changed key ranges; false when one is a range of more than one key (a table cleared, a
 * range deleted, a database created), which only a whole read answers. The set may have come from another window,
 * as plain objects: it is walked by its fields, not its methods.
 */
export function addSingleKeys(tree: IntervalTree, into: Set<string>): boolean {
  if (!('from' in tree)) return true;
  if (tree.from !== tree.to || typeof tree.from !== 'string') return false;
  into.add(tree.from);
  return (!tree.l || addSingleKeys(tree.l, into)) && (!tree.r || addSingleKeys(tree.r, into));
}
