import type { ParsedArticle } from '../../../shared/model/article';
import type { TidingsDb } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { storePollResult } from '../../../renderer/db/ingest';
import type { FeedRecord } from '../../../renderer/db/records';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';

export const t0 = Date.UTC(2024, 5, 25, 12);
export const hour = 3_600_000;
export const original = 'https://www.nguoiduatin.vn/bo-truong-quoc-phong-my-dien-dam-voi-bo-truong-quoc-phong-nga-a670059.html';

/** One version of the example story: the Vietnamese original, or a translation naming it. */
export function storyVersion(id: string, language: string, hoursAfter: number, overrides: Partial<ParsedArticle> = {}): ParsedArticle {
  const translated = language !== 'vi';
  return parsedArticle(id, {
    language,
    published: new Date(t0 + hoursAfter * hour).toISOString(),
    url: translated ? `https://${language}.example/${id}` : original,
    translation: translated ? { from: 'vi', originalUrl: original } : null,
    sourceLinks: translated ? [{ url: original, label: null }] : [],
    ...overrides,
  });
}

/** Subscribes to a feed and stores one fetch of it. */
export async function feedWith(db: TidingsDb, url: string, articles: ParsedArticle[], fetchedAt = t0 + 48 * hour): Promise<FeedRecord> {
  const feed = await addFeed(db, url, t0);
  await storePollResult(db, pollResult(feed.id, feed.url, updated(articles), fetchedAt));
  return feed;
}
