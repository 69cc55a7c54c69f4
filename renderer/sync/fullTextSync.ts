import type { Bridge } from '../../shared/ipc/contract';
import type { FullTextAnswer } from '../../shared/model/fullText';
import { coalescedLiveQuery } from '../db/coalescedLiveQuery';
import { followFeedRows } from '../db/feedRows';
import type { TidingsDb } from '../db/database';
import { addsToFeedText, newestArticles, newestOfFeed, newestOfFeeds, storeFullText, wantsFullText, withoutFullText } from '../db/fullText';
import type { ArticleRecord, CountRecord, FeedRecord, FullTextSetting } from '../db/records';
import { backfillSummaryFlags } from '../db/summaryFlags';
import { useUi } from '../state/store';
import { browserLocks, electWriter, type WriterLocks } from './writerElection';

export interface FullTextSyncOptions {
  /** The Web Locks API that elects the one window that fetches pages; null makes this window the one. */
  locks?: WriterLocks | null;
  /** Pages asked of the main process at a time; it keeps its own per-host limits besides. */
  concurrency?: number;
  /** Newest articles looked at when this window starts, over all feeds. */
  catchUp?: number;
  /** Newest articles of one feed looked at when it gains articles or its setting comes to ask for pages. */
  perFeed?: number;
  /** Articles waiting at most; the oldest give way (the catch-up at the next start finds them if still recent). */
  maxQueued?: number;
  /** While a refresh stores, the feed list and the counts are read again at most this often. */
  settleMs?: number;
  /** Wait after the main process could not be asked (restarting, or unreachable over the web transport). */
  retryMs?: number;
  now?: () => number;
}

/**
 * Fetches whole articles for feeds that want them, in the background: the articles of feeds set to `always`, and
 * under `auto` those the feed gives as summaries (ArticleRecord.summaryOnly). It never scans the store: it looks at
 * the newest articles when it starts, and afterwards only at the newest of a feed whose count grew or whose setting
 * changed, with a body read only for articles that qualify. Pages are asked of the main process a few at a time and
 * stored with the body when they hold more than the feed's own text. One window per database does this, the holder
 * of its own lock. Returns a function that stops it.
 */
export function startFullTextSync(db: TidingsDb, bridge: Bridge, options: FullTextSyncOptions = {}): () => void {
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  return electWriter(`tidings-fulltext:${db.name}`, locks, () => fetchFullTexts(db, bridge, options));
}

type Job = Pick<ArticleRecord, 'key' | 'feedId' | 'sortTime' | 'summaryOnly'> & { url: string };

function fetchFullTexts(db: TidingsDb, bridge: Bridge, options: FullTextSyncOptions): () => void {
  const concurrency = options.concurrency ?? 2;
  const catchUp = options.catchUp ?? 200;
  const perFeed = options.perFeed ?? 30;
  const maxQueued = options.maxQueued ?? 500;
  const settleMs = options.settleMs ?? 2_000;
  const retryMs = options.retryMs ?? 60_000;
  const now = options.now ?? Date.now;

  let stopped = false;
  let settings: Map<string, FullTextSetting> | null = null;
  let totals: Map<string, number> | null = null;
  let caughtUp = false;
  let queue: Job[] = [];
  let running = 0;
  let heldUntil = 0;
  let holdTimer: ReturnType<typeof setTimeout> | null = null;
  /** Waiting, asked for, or being looked at: not to be queued again. */
  const pending = new Set<string>();
  /** Stored, or answered without an article: not asked for again while this window lives. */
  const settled = new Set<string>();

  const wants = (row: Pick<ArticleRecord, 'feedId' | 'summaryOnly' | 'url'>) => wantsFullText(settings?.get(row.feedId), row);

  // Articles stored before summaries were told apart get their flag, newest first: the catch-up waits for the first
  // batch, which covers the newest articles it looks at.
  const flagging = new AbortController();
  let firstFlags: () => void = () => undefined;
  const flagsOfNewest = new Promise<void>((resolve) => (firstFlags = resolve));
  backfillSummaryFlags(db, { now: now(), signal: flagging.signal, batchSize: Math.max(catchUp, 200), onBatch: () => firstFlags() })
    .catch((error: unknown) => console.error('Could not read which older articles are summaries', error))
    .finally(() => firstFlags());

  async function lookAt(rows: readonly ArticleRecord[]): Promise<void> {
    const candidates = rows.filter((row) => !pending.has(row.key) && !settled.has(row.key) && wants(row));
    if (candidates.length === 0) return;
    for (const row of candidates) pending.add(row.key);
    let missing: Set<string>;
    try {
      missing = await withoutFullText(db, candidates.map((row) => row.key));
    } catch (error) {
      console.error('Could not read which articles lack their full text', error);
      missing = new Set();
    }
    const jobs = candidates.flatMap((row) => {
      if (missing.has(row.key) && row.url) return [{ key: row.key, feedId: row.feedId, url: row.url, sortTime: row.sortTime, summaryOnly: row.summaryOnly }];
      pending.delete(row.key);
      settled.add(row.key);
      return [];
    });
    if (stopped || jobs.length === 0) return;
    // Newest first: what was published last is what the reader opens next.
    queue = [...queue, ...jobs].sort((a, b) => b.sortTime - a.sortTime);
    for (const dropped of queue.splice(maxQueued)) pending.delete(dropped.key);
    pump();
  }

  function look(read: () => Promise<ArticleRecord[]>): void {
    read()
      .then(lookAt)
      .catch((error: unknown) => console.error('Could not look for articles to read in full', error));
  }

  function pump(): void {
    while (!stopped && running < concurrency && now() >= heldUntil) {
      const job = queue.shift();
      if (!job) return;
      // The feed's setting may have changed since the job was queued.
      if (!wants(job)) {
        pending.delete(job.key);
        continue;
      }
      running += 1;
      void fetchOne(job).finally(() => {
        running -= 1;
        pump();
      });
    }
  }

  async function fetchOne(job: Job): Promise<void> {
    let answer: FullTextAnswer;
    try {
      answer = await bridge.invoke('article:fullText', { url: job.url, background: true });
    } catch (error) {
      // Main did not answer: the job waits with the rest until it can be asked again.
      queue.unshift(job);
      if (now() >= heldUntil) {
        console.error('Could not ask for full texts', error);
        heldUntil = now() + retryMs;
        holdTimer ??= setTimeout(() => {
          holdTimer = null;
          pump();
        }, retryMs);
      }
      return;
    }
    pending.delete(job.key);
    // A full queue in main is no answer about this page: it is looked at again with its feed's next articles.
    if (answer.kind === 'failed' && answer.reason === 'busy') return;
    settled.add(job.key);
    if (answer.kind === 'failed' || stopped) return;
    try {
      const body = await db.bodies.get(job.key);
      if (body && !body.fullText && addsToFeedText(body, answer)) await storeFullText(db, job.key, answer, now());
    } catch (error) {
      console.error('Could not store a full text', error);
    }
  }

  function onFeeds(feeds: readonly FeedRecord[]): void {
    const before = settings;
    settings = new Map(feeds.flatMap((feed) => (feed.unsubscribedAt === null ? [[feed.id, feed.fullText ?? 'auto'] as const] : [])));
    if (before) {
      for (const [feedId, setting] of settings) {
        const was = before.get(feedId);
        // A setting that now asks for more pages than before: the feed's newest are looked at again.
        if (was !== undefined && was !== setting && setting !== 'never') {
          for (const key of [...settled].filter((key) => key.startsWith(`${feedId} `))) settled.delete(key);
          look(() => newestOfFeed(db, feedId, perFeed));
        }
      }
      queue = queue.filter((job) => {
        const keep = settings?.get(job.feedId) !== undefined && settings.get(job.feedId) !== 'never';
        if (!keep) pending.delete(job.key);
        return keep;
      });
    }
    startCatchUp();
  }

  function onCounts(counts: CountRecord[]): void {
    const before = totals;
    totals = new Map();
    for (const count of counts) totals.set(count.feedId, (totals.get(count.feedId) ?? 0) + count.total);
    if (before) {
      const grownFeeds = new Map<string, number>();
      for (const [feedId, total] of totals) {
        const grown = total - (before.get(feedId) ?? 0);
        // A feed set to `never` wants no page, so its new articles are not read.
        if (grown > 0 && settings?.get(feedId) !== 'never') grownFeeds.set(feedId, Math.min(grown, perFeed));
      }
      if (grownFeeds.size > 0) look(() => newestOfFeeds(db, grownFeeds));
    }
    startCatchUp();
  }

  function startCatchUp(): void {
    if (caughtUp || !settings || !totals) return;
    caughtUp = true;
    look(() => flagsOfNewest.then(() => newestArticles(db, catchUp)));
  }

  const coalescing = { busy: () => useUi.getState().progress.running, intervalMs: settleMs };
  const stopFeeds = followFeedRows(db, (rows) => onFeeds(rows.list), {
    ...coalescing,
    onError: (error) => console.error('Could not read the feed list for full texts', error),
  });
  const stopCounts = coalescedLiveQuery(() => db.counts.toArray(), onCounts, {
    ...coalescing,
    onError: (error) => console.error('Could not read the counts for full texts', error),
  });

  return () => {
    stopped = true;
    flagging.abort();
    stopFeeds();
    stopCounts();
    if (holdTimer) clearTimeout(holdTimer);
  };
}
