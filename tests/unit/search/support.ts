import type { ParsedArticle } from '../../../shared/model/article';
import type { TidingsDb } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { storePollResults } from '../../../renderer/db/ingest';
import type { FeedRecord } from '../../../renderer/db/records';
import { searchPage, type PageCursor } from '../../../renderer/db/search/searchIndex';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';

export const t0 = Date.UTC(2025, 2, 1, 12);
export const minute = 60_000;

/** An article with this title and body, published `minutes` after t0. */
export function article(id: string, title: string, body: string, minutes: number, overrides: Partial<ParsedArticle> = {}): ParsedArticle {
  return parsedArticle(id, { title, contentHtml: `<p>${body}</p>`, excerpt: body.slice(0, 80), published: new Date(t0 + minutes * minute).toISOString(), ...overrides });
}

/** Subscribes to a feed and stores one fetch of it, through the app's ingest. */
export async function feedWith(db: TidingsDb, name: string, articles: ParsedArticle[]): Promise<FeedRecord> {
  const feed = await addFeed(db, `https://${name}.example/feed.xml`, t0);
  await storePollResults(db, [pollResult(feed.id, feed.url, updated(articles), t0 + 10_000 * minute)]);
  return feed;
}

/** Stores one more fetch of a feed. */
export async function fetchAgain(db: TidingsDb, feed: FeedRecord, articles: ParsedArticle[]): Promise<void> {
  await storePollResults(db, [pollResult(feed.id, feed.url, updated(articles), t0 + 20_000 * minute)]);
}

/** The articleIds a search finds, in the order found (the whole list, walked a page at a time). */
export async function found(db: TidingsDb, query: string, feedIds: readonly string[] | null = null, pageSize = 50): Promise<string[]> {
  const ids: string[] = [];
  let after: PageCursor | null = null;
  for (let page = 0; page < 1_000; page += 1) {
    const rows = await searchPage(db, query, { feedIds, after, limit: pageSize });
    ids.push(...rows.map((row) => row.articleId));
    const last = rows.at(-1);
    if (rows.length < pageSize || !last) break;
    after = { sortTime: last.sortTime, key: last.key };
  }
  return ids;
}
