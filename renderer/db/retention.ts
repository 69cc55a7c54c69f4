import type { TidingsDb } from './database';
import type { FeedRecord, RetentionProgress, RetentionRules } from './records';
import { Sweep } from './retentionSweep';

export type { RetentionRules };

const dayMs = 24 * 60 * 60_000;

/** Starred articles are kept for ever, whatever the rules; unread ones too until the reader says otherwise. */
export const defaultRetention: RetentionRules = { readDays: 90, unreadDays: null };

/** The ages offered; null, "for ever", is offered too. */
export const retentionDayChoices = [7, 14, 30, 90, 180, 365] as const;

/**
 * Every old article is looked at again this often, not only those that aged since the last pass: an article marked
 * read long after it came (a "mark all read" over old unread ones) is found then, or at once by "Compact now".
 */
export const fullPassEveryMs = 7 * dayMs;

function days(value: unknown, fallback: number | null): number | null {
  if (value === null) return null;
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.min(Math.round(value), 36_500) : fallback;
}

/** Rules as applied, whatever was stored. */
export function boundedRetention(rules: Partial<RetentionRules>): RetentionRules {
  return { readDays: days(rules.readDays, defaultRetention.readDays), unreadDays: days(rules.unreadDays, defaultRetention.unreadDays) };
}

/** The stored rules, with defaults for what was never set. Read inside a live query, it follows every change. */
export async function readRetentionRules(db: TidingsDb): Promise<RetentionRules> {
  const stored = await db.settings.get('retention');
  return boundedRetention(stored?.key === 'retention' ? stored.value : {});
}

export async function setRetentionRules(db: TidingsDb, change: Partial<RetentionRules>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const rules = await readRetentionRules(db);
    await db.settings.put({ key: 'retention', value: boundedRetention({ ...rules, ...change }) });
  });
}

const neverRun: RetentionProgress = { examinedBefore: -Infinity, readDays: null, ownRuleFeeds: [], fullPassAt: -Infinity, lastRun: null };

export async function readRetentionProgress(db: TidingsDb): Promise<RetentionProgress> {
  const stored = await db.settings.get('retentionProgress');
  return stored?.key === 'retentionProgress' ? stored.value : neverRun;
}

/**
 * Whether an article new to the store, of this feed and time, is one retention removed (or older than one it did):
 * the feed still lists it, and storing it again would bring it back as unread. Ingest asks this of new articles only.
 */
export function removedEarlier(feed: Pick<FeedRecord, 'removedThrough'>, sortTime: number): boolean {
  return feed.removedThrough !== undefined && sortTime <= feed.removedThrough;
}

export interface RetentionRun {
  removed: number;
  /** Article keys looked at, read from indexes alone. */
  examined: number;
  /** Whether every old article was looked at, not only those that aged since the last pass. */
  full: boolean;
}

export interface RetentionOptions {
  now?: number;
  /** Looks at every old article, not only those that aged since the last pass ("Compact now"). */
  full?: boolean;
  /** Awaited between transactions; the next task by default. */
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Applies the rules: a feed's own "keep the last N" to its read articles beyond the newest N; read articles older than
 * the reader's age, unread ones older than theirs when they chose one; starred ones never. Read articles are found by
 * walking the time index from where the last pass stopped, so a pass costs what aged since, not what is stored; every
 * week (and when asked, or when the rules change) the walk starts from the oldest. Removal goes a batch of at most 500
 * per transaction, with the next task between them.
 */
export async function applyRetention(db: TidingsDb, options: RetentionOptions = {}): Promise<RetentionRun> {
  const now = options.now ?? Date.now();
  const [rules, progress, feeds] = await Promise.all([readRetentionRules(db), readRetentionProgress(db), db.feeds.toArray()]);
  const ownRule = feeds.filter((feed): feed is FeedRecord & { keepLast: number } => feed.keepLast !== null && feed.keepLast >= 0);
  const ownRuleIds = new Set(ownRule.map((feed) => feed.id));
  const full =
    options.full === true ||
    progress.readDays !== rules.readDays ||
    now - progress.fullPassAt >= fullPassEveryMs ||
    progress.ownRuleFeeds.some((id) => !ownRuleIds.has(id));
  const sweep = new Sweep(db, { pause: options.pause ?? nextTask, signal: options.signal });
  try {
    for (const feed of ownRule) await sweep.beyondNewest(feed.id, feed.keepLast);
    const readCutoff = rules.readDays === null ? null : now - rules.readDays * dayMs;
    if (readCutoff !== null) await sweep.readOlderThan(readCutoff, full ? -Infinity : progress.examinedBefore, ownRuleIds);
    if (rules.unreadDays !== null) await sweep.unreadOlderThan(now - rules.unreadDays * dayMs, ownRuleIds);
    if (!options.signal?.aborted) {
      await db.settings.put({
        key: 'retentionProgress',
        value: {
          examinedBefore: readCutoff ?? -Infinity,
          readDays: rules.readDays,
          ownRuleFeeds: [...ownRuleIds],
          fullPassAt: full ? now : progress.fullPassAt,
          lastRun: { at: now, removed: sweep.removed },
        },
      });
    }
  } finally {
    await sweep.finish();
  }
  return { removed: sweep.removed, examined: sweep.examined, full };
}
