import Dexie from 'dexie';
import type { TidingsDb } from './database';
import { isHiddenLanguage, readPreferences } from './preferences';
import type { ArticleRecord } from './records';

/** A smart view, one feed, or one language. */
export type SourceId = { kind: 'all' } | { kind: 'unread' } | { kind: 'feed'; feedId: string } | { kind: 'language'; language: string };

export const listLimit = 1000;

/**
 * The newest articles of a source, newest first, read through an index so no body and no other feed is touched.
 * Articles in a language the reader hid are left out, except in that language's own view.
 */
export async function listArticles(db: TidingsDb, source: SourceId, limit = listLimit): Promise<ArticleRecord[]> {
  if (source.kind === 'language') {
    return db.articles
      .where('[language+sortTime]')
      .between([source.language, Dexie.minKey], [source.language, Dexie.maxKey])
      .reverse()
      .limit(limit)
      .toArray();
  }
  const hidden = new Set((await readPreferences(db)).hiddenLanguages);
  const visible = (rows: ReturnType<TidingsDb['articles']['toCollection']>) =>
    hidden.size === 0 ? rows : rows.filter((row) => !isHiddenLanguage(row.language, hidden));
  switch (source.kind) {
    case 'all':
      return visible(db.articles.orderBy('sortTime').reverse()).limit(limit).toArray();
    case 'unread':
      return visible(db.articles.where('[read+sortTime]').between([0, Dexie.minKey], [0, Dexie.maxKey]).reverse())
        .limit(limit)
        .toArray();
    case 'feed':
      return visible(
        db.articles
          .where('[feedId+sortTime]')
          .between([source.feedId, Dexie.minKey], [source.feedId, Dexie.maxKey])
          .reverse(),
      )
        .limit(limit)
        .toArray();
  }
}

/**
 * The list as the reader sees it: articles opened while this source is shown stay listed even once read,
 * so that the Unread view does not pull the article being read from under the cursor.
 */
export async function listArticlesKeeping(db: TidingsDb, source: SourceId, keep: readonly string[], limit = listLimit): Promise<ArticleRecord[]> {
  const listed = await listArticles(db, source, limit);
  if (source.kind !== 'unread' || keep.length === 0) return listed;
  const present = new Set(listed.map((article) => article.key));
  const kept = (await db.articles.bulkGet(keep.filter((key) => !present.has(key)))).filter((article) => article !== undefined);
  return [...listed, ...kept].sort((a, b) => b.sortTime - a.sortTime).slice(0, limit);
}

/** Unread articles per feed, and over all feeds, leaving out the languages the reader hid. */
export async function unreadCounts(db: TidingsDb): Promise<{ total: number; byFeed: Map<string, number> }> {
  const [feeds, { hiddenLanguages }] = await Promise.all([db.feeds.toCollection().primaryKeys(), readPreferences(db)]);
  const hidden = new Set(hiddenLanguages);
  const counts = await Promise.all(
    feeds.map((feedId) => {
      const unread = db.articles.where('[feedId+read]').equals([feedId, 0]);
      // Only with hidden languages do the rows themselves have to be read; otherwise the index alone counts.
      return hidden.size === 0 ? unread.count() : unread.filter((row) => !isHiddenLanguage(row.language, hidden)).count();
    }),
  );
  const byFeed = new Map(feeds.map((feedId, index) => [feedId, counts[index] ?? 0]));
  return { total: counts.reduce((sum, count) => sum + count, 0), byFeed };
}

export interface LanguageCount {
  language: string;
  unread: number;
}

/** Every language that has articles, with its unread count; articles of unknown language are in none. */
export async function languageCounts(db: TidingsDb): Promise<LanguageCount[]> {
  // The distinct [language, read] pairs are at most two per language: the index names the languages without reading a row.
  const pairs: unknown[] = await db.articles.orderBy('[language+read]').uniqueKeys();
  const languages = [...new Set(pairs.map((pair) => (Array.isArray(pair) ? pair[0] : null)).filter((code): code is string => typeof code === 'string'))];
  const unread = await Promise.all(languages.map((language) => db.articles.where('[language+read]').equals([language, 0]).count()));
  return languages.map((language, index) => ({ language, unread: unread[index] ?? 0 }));
}

export async function setRead(db: TidingsDb, key: string, read: boolean): Promise<void> {
  await db.articles.update(key, { read: read ? 1 : 0 });
}

export async function markAllRead(db: TidingsDb, keys: readonly string[]): Promise<void> {
  await db.articles.bulkUpdate(keys.map((key) => ({ key, changes: { read: 1 as const } })));
}
