import type { TidingsDb } from '../database';
import { loadSegments, mergeSegments } from './mergeSegments';
import { segmentCapacity, type SearchSegmentRecord } from './searchRecords';
import { deleteSegment, indexTables, orderOf, writeSegment } from './segments';

/**
 * Segments are merged by size class, each class 8 times the one before: neighbours (in indexing order) of a class at
 * most are merged once together they reach the next class, or once there are 8 of them. An article is so rewritten
 * about once per class, four times in all, and a store of a million articles holds some twenty-five segments of
 * 32,768 to 65,536 articles, the largest class, which merges no further, and a few small ones at its new end. Only
 * neighbours are merged, so that each segment keeps covering a short span of time and a newest-first search reads
 * few of them.
 */
const classLimits = [512, 4_096, 32_768];
const mergeAtMost = 8;

function sizeClass(size: number): number {
  const index = classLimits.findIndex((limit) => size < limit);
  return index < 0 ? classLimits.length : index;
}

/**
 * A segment a quarter of whose articles were removed from the store is rewritten without them: each removed article
 * so costs the rewriting of at most three kept ones, and the index never holds more than a third again of what counts.
 */
const rewriteWhenRemoved = 1 / 4;

/** The next segments to merge, oldest first, or null when the index is in shape. */
export function nextMerge(segments: readonly SearchSegmentRecord[]): SearchSegmentRecord[] | null {
  const ordered = [...segments].sort((a, b) => orderOf(a) - orderOf(b));
  const wasted = ordered.find((segment) => (segment.removed ?? 0) > 0 && (segment.removed ?? 0) >= segment.size * rewriteWhenRemoved);
  if (wasted) return [wasted];
  for (const [sizeLimit, nextClass] of classLimits.entries()) {
    let run: SearchSegmentRecord[] = [];
    let runSize = 0;
    for (const segment of ordered) {
      if (sizeClass(segment.size) > sizeLimit) {
        run = [];
        runSize = 0;
        continue;
      }
      while (run.length > 0 && runSize + segment.size > segmentCapacity) runSize -= (run.shift() as SearchSegmentRecord).size;
      run.push(segment);
      runSize += segment.size;
      if (run.length >= mergeAtMost || (run.length >= 2 && runSize >= nextClass)) return run;
    }
  }
  return null;
}

const running = new WeakMap<TidingsDb, Promise<number>>();

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Merges segments until none is due, each merge read in one transaction, computed between them in slices of a few
 * milliseconds, and written in one more that checks its sources are still there: a crash at any point leaves the index
 * as it was before the merge, or after it. Returns the number of merges. Call it in the window that writes, after
 * ingest; calls while one runs share it.
 */
export function compactSearchIndex(db: TidingsDb, pause: () => Promise<void> = nextTask): Promise<number> {
  const current = running.get(db);
  if (current) return current;
  const run = compact(db, pause).finally(() => running.delete(db));
  running.set(db, run);
  return run;
}

async function compact(db: TidingsDb, pause: () => Promise<void>): Promise<number> {
  let merges = 0;
  // Each merge leaves fewer segments, so this ends; the bound only guards against a mistake.
  for (let round = 0; round < 10_000; round += 1) {
    const sources = nextMerge(await db.searchSegments.toArray());
    if (!sources) break;
    const liveFeeds = new Set(await db.feeds.toCollection().primaryKeys());
    const loaded = await loadSegments(db, sources);
    await pause();
    const merged = await mergeSegments(loaded, liveFeeds, pause);
    const written = await db.transaction('rw', indexTables(db), async () => {
      const still = await db.searchSegments.bulkGet(sources.map((source) => source.id as number));
      // A source gone, or with articles removed since it was read: the merge would bring their entries back.
      if (still.some((segment, at) => !segment || (segment.removed ?? 0) !== (sources[at]?.removed ?? 0))) return false;
      await Promise.all(sources.map((source) => deleteSegment(db, source.id as number)));
      if (merged.meta.size > 0) await writeSegment(db, merged);
      return true;
    });
    if (written) merges += 1;
    await pause();
  }
  return merges;
}
