import type { Bridge, FeedIconAnswer, FeedIconSources } from '../../shared/ipc/contract';
import type { TidingsDb } from '../db/database';
import { followFeedRows } from '../db/feedRows';
import type { FeedRecord } from '../db/records';
import { useUi } from '../state/store';
import { storableIcon } from './storableIcon';
import { browserLocks, electWriter, type WriterLocks } from './writerElection';

/** Icons change seldom: each feed's is looked for again after this long. */
export const iconRefreshMs = 30 * 24 * 60 * 60_000;

export interface IconSyncOptions {
  /** The Web Locks API that elects the one window that looks for icons; null makes this window the one. */
  locks?: WriterLocks | null;
  /** Icons asked for at a time: a first run over 2,000 feeds must not open 2,000 connections. */
  concurrency?: number;
  /** Quiet time after the feeds change before looking, so that a refresh or an import is one pass, not one per row. */
  settleMs?: number;
  /** Icons found are written together at most this often: each write re-reads the feed list in every window. */
  flushMs?: number;
  /** Wait after the main process could not be asked (restarting, or unreachable over the web transport). */
  retryMs?: number;
  now?: () => number;
  /** Turns the image main sent into what is stored (storableIcon by default); null when it is no icon. */
  storable?: (dataUrl: string) => Promise<string | null>;
}

/**
 * Whether a feed's icon is to be looked for: never looked for, or not for iconRefreshMs. A feed not read yet waits
 * for its first read, which tells its icon and its site (an imported feed knows neither).
 */
export function needsIcon(feed: FeedRecord, now: number): boolean {
  if (feed.unsubscribedAt !== null || feed.lastSucceededAt === null) return false;
  return feed.iconCheckedAt === null || now - feed.iconCheckedAt >= iconRefreshMs;
}

function iconSourcesOf(feed: FeedRecord): FeedIconSources {
  return { iconUrl: feed.details.iconUrl ?? null, imageUrl: feed.details.imageUrl ?? null, siteUrl: feed.siteUrl, feedUrl: feed.url };
}

/**
 * Keeps feed icons stored: after the feeds change, asks the main process for the icon of each feed that needs one, a
 * few at a time, and stores it on the feed's row with when it was looked for. An icon not found keeps the one stored
 * before, if any: a site down for a day should not cost its feed the icon. One window per database does this, the
 * holder of its own lock (as writerElection elects the window that stores results). Returns a function that stops it.
 */
export function startIconSync(db: TidingsDb, bridge: Bridge, options: IconSyncOptions = {}): () => void {
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  // A lock of its own: asking for the results writer's lock again from this window would wait behind itself.
  return electWriter(`tidings-icons:${db.name}`, locks, () => lookForIcons(db, bridge, options));
}

function lookForIcons(db: TidingsDb, bridge: Bridge, options: IconSyncOptions): () => void {
  const concurrency = options.concurrency ?? 4;
  const settleMs = options.settleMs ?? 2_000;
  const flushMs = options.flushMs ?? 1_000;
  const retryMs = options.retryMs ?? 60_000;
  const now = options.now ?? Date.now;
  const storable = options.storable ?? storableIcon;

  let stopped = false;
  let latest: readonly FeedRecord[] = [];
  let queue: FeedRecord[] = [];
  let running = 0;
  let heldUntil = 0;
  // When each feed was last asked for. A list read before an icon's write committed can arrive after it, so the
  // stored iconCheckedAt alone would queue a feed again; the later of the two decides.
  const askedAt = new Map<string, number>();
  const found = new Map<string, Partial<FeedRecord>>();
  let planTimer: ReturnType<typeof setTimeout> | null = null;
  let flushTimer: ReturnType<typeof setTimeout> | null = null;

  const planSoon = (delayMs: number) => {
    if (planTimer) clearTimeout(planTimer);
    planTimer = setTimeout(plan, Math.max(delayMs, heldUntil - now()));
  };

  function plan(): void {
    planTimer = null;
    if (stopped) return;
    const at = now();
    queue = latest.filter((feed) => needsIcon(withLastAsk(feed), at));
    pump();
  }

  function withLastAsk(feed: FeedRecord): FeedRecord {
    const asked = askedAt.get(feed.id);
    if (asked === undefined || (feed.iconCheckedAt !== null && feed.iconCheckedAt >= asked)) return feed;
    return { ...feed, iconCheckedAt: asked };
  }

  function pump(): void {
    while (!stopped && running < concurrency) {
      const feed = queue.shift();
      if (!feed) return;
      askedAt.set(feed.id, now());
      running += 1;
      void ask(feed).finally(() => {
        running -= 1;
        pump();
      });
    }
  }

  async function ask(feed: FeedRecord): Promise<void> {
    let answer: FeedIconAnswer;
    try {
      answer = await bridge.invoke('feeds:icon', iconSourcesOf(feed));
    } catch (error) {
      // Main did not answer: nothing is known of this feed's icon, so nothing is written, and the rest waits.
      askedAt.delete(feed.id);
      if (stopped || now() < heldUntil) return;
      console.error('Could not ask for feed icons', error);
      queue = [];
      heldUntil = now() + retryMs;
      planSoon(retryMs);
      return;
    }
    // An image the window cannot draw is no icon, like one main did not find.
    const icon = 'dataUrl' in answer ? await storable(answer.dataUrl).catch(() => null) : null;
    if (stopped) return;
    found.set(feed.id, icon === null ? { iconCheckedAt: now() } : { icon, iconCheckedAt: now() });
    flushTimer ??= setTimeout(flush, flushMs);
  }

  function flush(): void {
    flushTimer = null;
    if (stopped) return;
    const changes = [...found].map(([key, change]) => ({ key, changes: change }));
    found.clear();
    // A feed removed meanwhile is simply not updated.
    db.feeds.bulkUpdate(changes).catch((error: unknown) => console.error('Could not store feed icons', error));
  }

  const stopFeeds = followFeedRows(
    db,
    (rows) => {
      latest = rows.list;
      planSoon(settleMs);
    },
    { busy: () => useUi.getState().progress.running, intervalMs: settleMs, onError: (error) => console.error('Could not read the feed list for icons', error) },
  );

  return () => {
    stopped = true;
    stopFeeds();
    if (planTimer) clearTimeout(planTimer);
    if (flushTimer) clearTimeout(flushTimer);
  };
}
