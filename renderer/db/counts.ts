import type { TidingsDb } from './database';
import { isHiddenLanguage } from './preferences';
import type { CountRecord } from './records';

export interface Tally {
  total: number;
  unread: number;
  starred: number;
}

/** Every count the sources pane shows, as sums of the stored (feed, language) counts: never a count of articles. */
export interface CountSummary extends Tally {
  byFeed: Map<string, Tally>;
  /** Languages with at least one article; unknown language is in none. */
  byLanguage: Map<string, Tally>;
}

const empty = (): Tally => ({ total: 0, unread: 0, starred: 0 });

function addTo(tally: Tally, record: Tally): void {
  tally.total += record.total;
  tally.unread += record.unread;
  tally.starred += record.starred;
}

/**
 * Sums the stored counts. Hidden languages are left out of everything but their own language's tally, which the
 * language views then leave out themselves.
 */
export function summariseCounts(records: readonly CountRecord[], hiddenLanguages: ReadonlySet<string>): CountSummary {
  const summary: CountSummary = { ...empty(), byFeed: new Map(), byLanguage: new Map() };
  for (const record of records) {
    if (record.language !== null && record.total > 0) {
      let language = summary.byLanguage.get(record.language);
      if (!language) summary.byLanguage.set(record.language, (language = empty()));
      addTo(language, record);
    }
    if (isHiddenLanguage(record.language, hiddenLanguages)) continue;
    let feed = summary.byFeed.get(record.feedId);
    if (!feed) summary.byFeed.set(record.feedId, (feed = empty()));
    addTo(feed, record);
    addTo(summary, record);
  }
  return summary;
}

/** A folder's tally: the sum of its feeds'. */
export function sumFeeds(summary: CountSummary, feedIds: Iterable<string>): Tally {
  const tally = empty();
  for (const feedId of feedIds) {
    const feed = summary.byFeed.get(feedId);
    if (feed) addTo(tally, feed);
  }
  return tally;
}

/** The stored counts, a few rows per feed: what a live query of the sources pane reads. */
export function readCountRecords(db: TidingsDb): Promise<CountRecord[]> {
  return db.counts.toArray();
}

/** Local midnight of the day `now` falls in: Today is the reader's calendar day. */
export function startOfToday(now = Date.now()): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/**
 * Today's articles and how many are unread, counted over today's part of the indexes (no stored counter: the day
 * moves). With hidden languages the rows themselves are read, today's only.
 */
export async function countToday(db: TidingsDb, hiddenLanguages: ReadonlySet<string>, now = Date.now()): Promise<Tally> {
  const from = startOfToday(now);
  const today = db.articles.where('sortTime').aboveOrEqual(from);
  const unread = db.articles.where('unreadTime').aboveOrEqual(from);
  const starred = db.articles.where('starredTime').aboveOrEqual(from);
  if (hiddenLanguages.size === 0) {
    const [total, unreadCount, starredCount] = await Promise.all([today.count(), unread.count(), starred.count()]);
    return { total, unread: unreadCount, starred: starredCount };
  }
  const shown = (row: { language: string | null }) => !isHiddenLanguage(row.language, hiddenLanguages);
  const [total, unreadCount, starredCount] = await Promise.all([today.filter(shown).count(), unread.filter(shown).count(), starred.filter(shown).count()]);
  return { total, unread: unreadCount, starred: starredCount };
}
