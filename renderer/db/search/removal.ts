import type { TidingsDb } from '../database';
import type { ArticleRecord } from '../records';
import type { SearchDocsRecord, SearchSegmentRecord } from './searchRecords';

/** What removal needs of an article: where its entry stands in time, and which version of it was indexed. */
export type RemovedArticle = Pick<ArticleRecord, 'key' | 'sortTime' | 'digest'>;

/**
 * A removed article's entry marked as such: its digest emptied in its docs chunk, so that compaction leaves it out,
 * and its segment's count of removed articles raised, so that compaction rewrites a segment once enough of it is gone.
 */
export const removedDigest = '';

/**
 * Marks the index entries of articles being removed from the store; call inside the transaction that deletes them.
 * Only the docs chunks that hold them are rewritten (64 articles a row), found by time from each segment's span and
 * chunk times, and the segments' counts: the cost follows the articles removed, never the size of their segments. The
 * space is given back when compaction rewrites the segment (compaction.ts). Entries of an older version of an article
 * (it changed since) are not looked for: compaction drops those anyway, as the newer entry supersedes them.
 */
export async function forgetRemovedArticles(db: TidingsDb, articles: readonly RemovedArticle[]): Promise<void> {
  if (articles.length === 0) return;
  const segments = await db.searchSegments.toArray();
  const chunkKeys = new Map<string, [number, number]>();
  for (const { sortTime } of articles) {
    for (const segment of segments) {
      if (segment.id === undefined || sortTime < segment.lo || sortTime > segment.hi) continue;
      for (const chunk of chunksAt(segment, sortTime)) chunkKeys.set(`${segment.id} ${chunk}`, [segment.id, chunk]);
    }
  }
  if (chunkKeys.size === 0) return;
  const gone = new Map(articles.map((article) => [article.key, article]));
  const chunks = await db.searchDocs.bulkGet([...chunkKeys.values()]);
  const changed: SearchDocsRecord[] = [];
  const removedPerSegment = new Map<number, number>();
  for (const chunk of chunks) {
    if (!chunk) continue;
    let marked = 0;
    const digests = chunk.keys.map((key, index) => {
      const digest = chunk.digests[index] ?? removedDigest;
      const article = gone.get(key);
      if (!article || digest === removedDigest || digest !== article.digest || chunk.times[index] !== article.sortTime) return digest;
      marked += 1;
      return removedDigest;
    });
    if (marked === 0) continue;
    changed.push({ ...chunk, digests });
    removedPerSegment.set(chunk.segment, (removedPerSegment.get(chunk.segment) ?? 0) + marked);
  }
  if (changed.length === 0) return;
  const counted = segments.flatMap((segment): SearchSegmentRecord[] => {
    const marked = segment.id === undefined ? 0 : (removedPerSegment.get(segment.id) ?? 0);
    return marked > 0 ? [{ ...segment, removed: (segment.removed ?? 0) + marked }] : [];
  });
  await Promise.all([db.searchDocs.bulkPut(changed), db.searchSegments.bulkPut(counted)]);
}

/** The docs chunks of a segment that may hold an article of this time: several when articles of that time span them. */
function chunksAt(segment: SearchSegmentRecord, time: number): number[] {
  const starts = segment.chunkTimes;
  const found: number[] = [];
  for (let chunk = lastStartingBy(starts, time); chunk >= 0; chunk -= 1) {
    found.push(chunk);
    // An earlier chunk holds the time too only when this one starts at it exactly.
    if ((starts[chunk] as number) < time) break;
  }
  return found;
}

/** The last chunk whose first article is not after `time`, or -1. */
function lastStartingBy(starts: Float64Array, time: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] as number) <= time) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
