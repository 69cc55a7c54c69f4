import type { MainMessage } from '../../../shared/model/mainMessage';
import type { FeedErrorKind } from '../../../shared/model/feed';
import { feedName } from '../../db/feeds';
import type { FeedRecord } from '../../db/records';
import { failingForAWeek } from './failingLong';

/** One followed feed as the health view lists it. */
export interface HealthRow {
  feedId: string;
  name: string;
  url: string;
  lastSucceededAt: number | null;
  error: string | null;
  /** The error as a code, worded in the interface language when shown; null for records stored before codes. */
  errorMessage: MainMessage | null;
  errorKind: FeedErrorKind | null;
  failures: number;
  /** Null until counted. */
  perWeek: number | null;
  /** Null until the feed has been read in full once. */
  averageBytes: number | null;
  language: string | null;
  failingLong: boolean;
  /** The reader stopped checking it: a retry would not reach the poller. */
  paused: boolean;
}

export const healthColumns = ['name', 'lastSuccess', 'error', 'failures', 'perWeek', 'size', 'language'] as const;
export type HealthColumn = (typeof healthColumns)[number];
export type SortDirection = 'ascending' | 'descending';
export interface HealthSort {
  column: HealthColumn;
  direction: SortDirection;
}

/** Opening on the feeds in trouble, the longest failing first. */
export const defaultHealthSort: HealthSort = { column: 'failures', direction: 'descending' };

/** Every feed the reader follows, with its article rate where counted. */
export function healthRows(feeds: readonly FeedRecord[], perWeek: ReadonlyMap<string, number> | null, now: number): HealthRow[] {
  return feeds
    .filter((feed) => feed.unsubscribedAt === null)
    .map((feed) => ({
      feedId: feed.id,
      name: feedName(feed),
      url: feed.url,
      lastSucceededAt: feed.lastSucceededAt,
      error: feed.error,
      errorKind: feed.error === null ? null : feed.errorKind,
      errorMessage: feed.error === null ? null : (feed.errorMessage ?? null),
      failures: feed.failures,
      perWeek: perWeek?.get(feed.id) ?? null,
      averageBytes: feed.averageBytes ?? null,
      language: feed.languageOverride ?? feed.language,
      failingLong: failingForAWeek(feed, now),
      paused: feed.paused === 1,
    }));
}

type SortKey = string | number | null;

const keyOf: Record<HealthColumn, (row: HealthRow) => SortKey> = {
  name: (row) => row.name,
  lastSuccess: (row) => row.lastSucceededAt,
  // Grouped by kind, then by what was said: a host's several feeds failing alike stand together.
  error: (row) => (row.error === null ? null : `${row.errorKind ?? ''}\u0000${row.error}`),
  failures: (row) => row.failures,
  perWeek: (row) => row.perWeek,
  size: (row) => row.averageBytes,
  language: (row) => row.language,
};

/**
 * The rows in the order asked for. What a column does not know (never succeeded, no error, not counted yet) goes last
 * either way, so that sorting never opens on a screen of blanks; ties keep name order.
 */
export function sortHealthRows(rows: readonly HealthRow[], sort: HealthSort, collator: Intl.Collator): HealthRow[] {
  const key = keyOf[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compareKeys = (a: SortKey, b: SortKey): number => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return sign * (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b)));
  };
  return [...rows].sort((a, b) => compareKeys(key(a), key(b)) || collator.compare(a.name, b.name));
}

/** A header pressed again turns its order round; a new one starts the way its values are most often wanted. */
export function nextSort(current: HealthSort, column: HealthColumn): HealthSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  const largestFirst: readonly HealthColumn[] = ['failures', 'perWeek', 'size'];
  return { column, direction: largestFirst.includes(column) ? 'descending' : 'ascending' };
}
