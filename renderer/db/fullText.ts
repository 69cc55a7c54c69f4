import Dexie from 'dexie';
import type { ExtractedPage } from '../../shared/model/fullText';
import { htmlToLine } from '../../shared/lang/htmlText';
import type { TidingsDb } from './database';
import type { ArticleRecord, BodyRecord, FeedRecord, FullTextRecord, FullTextSetting } from './records';
import { indexArticles, searchTables, type WrittenArticle } from './search/searchIndex';

/** What is stored of a page's article, from what the main process read of it. */
export function fullTextRecord(page: ExtractedPage, fetchedAt: number): FullTextRecord {
  return { html: page.html, url: page.url, fetchedAt, language: page.language, canonicalUrl: page.canonicalUrl, siteName: page.siteName };
}

/**
 * Whether the page holds more than the feed gave: a page that reads shorter than the feed's own text is a cookie
 * wall, a sign-in page or a teaser, not the article. Only as much of the feed's text as the page's is scanned.
 */
export function addsToFeedText(body: Pick<BodyRecord, 'contentHtml'>, page: Pick<ExtractedPage, 'textLength'>): boolean {
  return htmlToLine(body.contentHtml, page.textLength + 1).length < page.textLength;
}

/**
 * Stores a page's article with the article's body, and indexes the article again with the page's words, in one
 * transaction; false when the article is no longer stored. The new entry is one small segment that compaction
 * merges with its neighbours; the article's older entry is superseded by it.
 */
export async function storeFullText(db: TidingsDb, key: string, page: ExtractedPage, fetchedAt = Date.now()): Promise<boolean> {
  return db.transaction('rw', [db.articles, db.bodies, ...searchTables(db)], async () => {
    const [row, body] = await Promise.all([db.articles.get(key), db.bodies.get(key)]);
    if (!row || !body) return false;
    const withPage: BodyRecord = { ...body, fullText: fullTextRecord(page, fetchedAt) };
    await Promise.all([db.bodies.put(withPage), indexArticles(db, [{ row, body: withPage }])]);
    return true;
  });
}

/**
 * Keeps the page's article of those articles the feed changed: the feed editing an item (a typo, a tag) leaves the
 * page read for it as good as before. One whose address changed loses it, being another page now, and is fetched
 * again. `previousUrls` holds the address each changed article had; only their bodies are read, inside the storing
 * transaction, so the cost follows what the feed changed.
 */
export async function keepFullTexts(db: TidingsDb, written: Map<string, WrittenArticle>, previousUrls: ReadonlyMap<string, string | null>): Promise<void> {
  if (previousUrls.size === 0) return;
  const stored = await db.bodies.bulkGet([...previousUrls.keys()]);
  for (const body of stored) {
    const entry = body?.fullText ? written.get(body.key) : undefined;
    if (!body?.fullText || !entry || entry.row.url !== previousUrls.get(body.key)) continue;
    written.set(body.key, { ...entry, body: { ...entry.body, fullText: body.fullText } });
  }
}

/** Whether a feed's setting asks for this article's page: every article, or (auto) those the feed gives as summaries. */
export function wantsFullText(setting: FeedRecord['fullText'] | undefined, row: Pick<ArticleRecord, 'summaryOnly' | 'url'>): boolean {
  if (!row.url || !setting || setting === 'never') return false;
  return setting === 'always' || row.summaryOnly === 1;
}

/** The newest articles over all feeds, newest first: where a catch-up starts. */
export function newestArticles(db: TidingsDb, count: number): Promise<ArticleRecord[]> {
  return db.articles.orderBy('sortTime').reverse().limit(count).toArray();
}

/** A feed's newest articles, newest first. */
export function newestOfFeed(db: TidingsDb, feedId: string, count: number): Promise<ArticleRecord[]> {
  return db.articles.where('[feedId+sortTime]').between([feedId, Dexie.minKey], [feedId, Dexie.maxKey]).reverse().limit(count).toArray();
}

/**
 * The newest articles of each of some feeds, as many as asked of each, in one read: after a batch of a refresh, a
 * transaction of its own per feed cost the window more than the few rows each read.
 */
export function newestOfFeeds(db: TidingsDb, counts: ReadonlyMap<string, number>): Promise<ArticleRecord[]> {
  return db.transaction('r', db.articles, async () => (await Promise.all([...counts].map(([feedId, count]) => newestOfFeed(db, feedId, count)))).flat());
}

/** Which of these articles have a body and no full text yet: the ones still to fetch. */
export async function withoutFullText(db: TidingsDb, keys: readonly string[]): Promise<Set<string>> {
  const bodies = await db.bodies.bulkGet([...keys]);
  return new Set(bodies.flatMap((body) => (body && !body.fullText ? [body.key] : [])));
}

/** Sets whether a feed's articles are read from their pages; the background fetcher follows the change. */
export async function setFeedFullText(db: TidingsDb, feedId: string, setting: FullTextSetting): Promise<void> {
  await db.feeds.update(feedId, { fullText: setting });
}

/** How many of a feed's newest articles were read for telling whether it carries summaries. */
const judgedArticles = 20;

/** Whether most of the feed's newest articles came as summaries; null before it has any. */
export async function carriesSummaries(db: TidingsDb, feedId: string): Promise<boolean | null> {
  const rows = await newestOfFeed(db, feedId, judgedArticles);
  if (rows.length === 0) return null;
  return rows.filter((row) => row.summaryOnly === 1).length * 2 > rows.length;
}
