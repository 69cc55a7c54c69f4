import { readCountRecords, summariseCounts } from './counts';
import type { TidingsDb } from './database';
import { markRead, setRead as setReadMark } from './marks';
import { readPage, type SourceId } from './paging';
import { readPreferences } from './preferences';
import type { ArticleRecord } from './records';

export type { SourceId };

/** How many rows the list reads at first; more come by paging as the reader scrolls. */
export const listLimit = 100;

/**
 * The newest articles of a source, newest first, read through an index so no body and no other feed is touched.
 * Articles in a language the reader hid are left out, except in that language's own view.
 */
export function listArticles(db: TidingsDb, source: SourceId, limit = listLimit): Promise<ArticleRecord[]> {
  return readPage(db, { source, filter: 'all', sort: 'newest' }, null, limit);
}

/**
 * The list as the reader sees it: articles opened while this source is shown stay listed even once read,
 * so that the Unread view does not pull the article being read from under the cursor.
 */
export async function listArticlesKeeping(db: TidingsDb, source: SourceId, keep: readonly string[], limit = listLimit): Promise<ArticleRecord[]> {
  const listed = await listArticles(db, source, limit);
  if (source.kind !== 'unread' || keep.length === 0) return listed;
  const present = new Set(listed.map((article) => article.key));
  const oldest = listed.length < limit ? -Infinity : (listed.at(-1)?.sortTime ?? -Infinity);
  const kept = (await db.articles.bulkGet(keep.filter((key) => !present.has(key)))).filter(
    (article): article is ArticleRecord => article !== undefined && article.sortTime >= oldest,
  );
  return [...listed, ...kept].sort((a, b) => b.sortTime - a.sortTime);
}

/** Unread articles per feed, and over all feeds, leaving out the languages the reader hid: sums of the stored counts. */
export async function unreadCounts(db: TidingsDb): Promise<{ total: number; byFeed: Map<string, number> }> {
  const [feedIds, records, { hiddenLanguages }] = await Promise.all([db.feeds.toCollection().primaryKeys(), readCountRecords(db), readPreferences(db)]);
  const summary = summariseCounts(records, new Set(hiddenLanguages));
  return { total: summary.unread, byFeed: new Map(feedIds.map((feedId) => [feedId, summary.byFeed.get(feedId)?.unread ?? 0])) };
}

export interface LanguageCount {
  language: string;
  unread: number;
}

/** Every language that has articles, with its unread count; articles of unknown language are in none. */
export async function languageCounts(db: TidingsDb): Promise<LanguageCount[]> {
  const summary = summariseCounts(await readCountRecords(db), new Set());
  return [...summary.byLanguage].map(([language, tally]) => ({ language, unread: tally.unread }));
}

export async function setRead(db: TidingsDb, key: string, read: boolean): Promise<void> {
  await setReadMark(db, key, read);
}

export async function markAllRead(db: TidingsDb, keys: readonly string[]): Promise<void> {
  await markRead(db, keys);
}
