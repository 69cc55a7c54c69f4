import Dexie from 'dexie';
import type { TidingsDb } from './database';
import type { ArticleRecord } from './records';

/** A smart view or one feed. */
export type SourceId = { kind: 'all' } | { kind: 'unread' } | { kind: 'feed'; feedId: string };

export const listLimit = 1000;

/** The newest articles of a source, newest first, read through an index so no body and no other feed is touched. */
export function listArticles(db: TidingsDb, source: SourceId, limit = listLimit): Promise<ArticleRecord[]> {
  switch (source.kind) {
    case 'all':
      return db.articles.orderBy('sortTime').reverse().limit(limit).toArray();
    case 'unread':
      return db.articles
        .where('[read+sortTime]')
        .between([0, Dexie.minKey], [0, Dexie.maxKey])
        .reverse()
        .limit(limit)
        .toArray();
    case 'feed':
      return db.articles
        .where('[feedId+sortTime]')
        .between([source.feedId, Dexie.minKey], [source.feedId, Dexie.maxKey])
        .reverse()
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

/** Unread articles per feed, and over all feeds. */
export async function unreadCounts(db: TidingsDb): Promise<{ total: number; byFeed: Map<string, number> }> {
  const feeds = await db.feeds.toCollection().primaryKeys();
  const counts = await Promise.all(feeds.map((feedId) => db.articles.where('[feedId+read]').equals([feedId, 0]).count()));
  const byFeed = new Map(feeds.map((feedId, index) => [feedId, counts[index] ?? 0]));
  return { total: counts.reduce((sum, count) => sum + count, 0), byFeed };
}

export async function setRead(db: TidingsDb, key: string, read: boolean): Promise<void> {
  await db.articles.update(key, { read: read ? 1 : 0 });
}

export async function markAllRead(db: TidingsDb, keys: readonly string[]): Promise<void> {
  await db.articles.bulkUpdate(keys.map((key) => ({ key, changes: { read: 1 as const } })));
}
