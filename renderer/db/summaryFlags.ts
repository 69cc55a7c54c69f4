import { isSummaryFeed, isSummaryOnly, summarySigns, type SummarySigns } from '../../shared/model/summaryOnly';
import { bodyOf } from './bodies';
import type { TidingsDb } from './database';
import { newestOfFeed } from './fullText';
import type { ArticleRecord, BodyRecord, SummaryFlagsProgress } from './records';

/** Articles read per transaction: their bodies are read too, so a batch stays well under a frame's worth of work. */
export const summaryFlagsBatch = 200;

/** A feed's newest articles judge whether it carries summaries, as the feed worker judges a fetched feed by its items. */
const judgedPerFeed = 20;

export interface SummaryFlagsOptions {
  now?: number;
  batchSize?: number;
  /** Awaited between transactions; a short rest by default, as each batch that flags articles wakes the list. */
  pause?: () => Promise<void>;
  signal?: AbortSignal;
  /** Called after each batch with the articles it flagged. */
  onBatch?: (flagged: ArticleRecord[]) => void;
}

const rest = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

function signsOf(row: ArticleRecord, body: BodyRecord | undefined): SummarySigns {
  const stored = body ? bodyOf(body) : { contentHtml: '', enclosures: [] };
  return summarySigns({ url: row.url, contentHtml: stored.contentHtml, enclosures: stored.enclosures ?? [] }, row.title);
}

/**
 * Gives the articles stored before summaries were told apart their `summaryOnly` flag, so that "auto" full text
 * applies to them too. It reads each article's body once, from the newest (those the reader opens next, and the
 * catch-up of full texts looks at) to the oldest, a small transaction at a time with the page free between them, and
 * keeps its place in the settings table, so that a closed window resumes where it stopped and a finished walk is never
 * done again. Articles stored since it first started were flagged as they came and are not read. Only the flag is
 * written: no index, count or search entry depends on it, so storing goes on meanwhile.
 */
export async function backfillSummaryFlags(db: TidingsDb, options: SummaryFlagsOptions = {}): Promise<void> {
  const batchSize = options.batchSize ?? summaryFlagsBatch;
  const pause = options.pause ?? rest;
  const stored = await db.settings.get('summaryFlags');
  let progress: SummaryFlagsProgress = stored?.key === 'summaryFlags' ? stored.value : { startedAt: options.now ?? Date.now(), after: null, done: false };
  const feedVerdicts = new Map<string, boolean>();
  while (!progress.done && !options.signal?.aborted) {
    const { next, flagged } = await db.transaction('rw', [db.articles, db.bodies, db.settings], async () => {
      const rows = await nextRows(db, progress.after, batchSize);
      const last = rows.at(-1);
      const unjudged = rows.filter((row) => row.summaryOnly === undefined && row.firstSeenAt < progress.startedAt);
      const bodies = await db.bodies.bulkGet(unjudged.map((row) => row.key));
      for (const feedId of new Set(unjudged.map((row) => row.feedId))) {
        if (!feedVerdicts.has(feedId)) feedVerdicts.set(feedId, await judgeFeed(db, feedId));
      }
      const flagged = unjudged.flatMap((row, index) =>
        isSummaryOnly(signsOf(row, bodies[index]), feedVerdicts.get(row.feedId) === true) ? [{ ...row, summaryOnly: 1 as const }] : [],
      );
      if (flagged.length > 0) await db.articles.bulkPut(flagged);
      const next: SummaryFlagsProgress = { ...progress, after: last ? { sortTime: last.sortTime, key: last.key } : progress.after, done: rows.length < batchSize };
      await db.settings.put({ key: 'summaryFlags', value: next });
      return { next, flagged };
    });
    progress = next;
    options.onBatch?.(flagged);
    if (!progress.done) await pause();
  }
}

/** Whether the feed's newest articles are mostly summaries, read from their bodies as the feed worker would. */
async function judgeFeed(db: TidingsDb, feedId: string): Promise<boolean> {
  const rows = await newestOfFeed(db, feedId, judgedPerFeed);
  const bodies = await db.bodies.bulkGet(rows.map((row) => row.key));
  return isSummaryFeed(rows.map((row, index) => signsOf(row, bodies[index])));
}

/** The next `count` articles after `after`, newest first: by time, then key, as the sortTime index holds them reversed. */
async function nextRows(db: TidingsDb, after: SummaryFlagsProgress['after'], count: number): Promise<ArticleRecord[]> {
  if (!after) return db.articles.orderBy('sortTime').reverse().limit(count).toArray();
  const tied = (await db.articles.where('sortTime').equals(after.sortTime).primaryKeys()).filter((key) => key < after.key).sort().reverse().slice(0, count);
  const rows = (await db.articles.bulkGet(tied)).filter((row): row is ArticleRecord => row !== undefined);
  if (rows.length < count) rows.push(...(await db.articles.where('sortTime').below(after.sortTime).reverse().limit(count - rows.length).toArray()));
  return rows;
}
