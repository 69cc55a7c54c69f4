import type { ParsedArticle } from '../../shared/model/article';
import type { FeedPollResult } from '../../shared/model/feed';
// The module itself rather than shared/lang's index, which would bring the language detector into the page.
import { storyKey } from '../../shared/lang/storyKey';
import { articleKey, type TidingsDb } from './database';
import type { ArticleRecord, BodyRecord, FeedRecord } from './records';

/**
 * Stores what one fetch brought. Articles already stored keep their read and starred marks and their first-seen time;
 * a failure marks the feed with its error (and when it was tried) and leaves its articles as they are.
 *
 * Article HTML is stored as the feed sent it: it is sanitised when opened, the one place it meets a DOM. Sanitising
 * every article on the way in cost ~0.5 ms each, 20 s of page time on a first refresh of 40,000 articles, most of
 * which are never opened.
 */
export async function storePollResult(db: TidingsDb, result: FeedPollResult): Promise<{ added: number }> {
  const { outcome, feedId, fetchedAt } = result;
  if (outcome.kind === 'failed') {
    await db.feeds.update(feedId, { error: outcome.error, lastFetchedAt: fetchedAt, gone: outcome.gone ? 1 : 0 });
    return { added: 0 };
  }
  if (outcome.kind === 'not-modified') {
    return db.transaction('rw', db.feeds, async () => {
      const feed = await db.feeds.get(feedId);
      if (!feed) return { added: 0 }; // unsubscribed while the fetch was in flight
      const update: Partial<FeedRecord> = { error: null, lastFetchedAt: fetchedAt, ...validatorFields(outcome.validators) };
      const url = await newAddress(db, feed, outcome.movedTo);
      if (url) update.url = url;
      await db.feeds.update(feedId, update);
      return { added: 0 };
    });
  }
  const unique = new Map<string, ParsedArticle>();
  for (const article of outcome.feed.articles) unique.set(articleKey(feedId, article.id), article);
  const keys = [...unique.keys()];
  return db.transaction('rw', db.feeds, db.articles, db.bodies, async () => {
    const feed = await db.feeds.get(feedId);
    if (!feed) return { added: 0 }; // unsubscribed while the fetch was in flight
    const existing = await db.articles.bulkGet(keys);
    const rows: ArticleRecord[] = [];
    const bodies: BodyRecord[] = [];
    let added = 0;
    keys.forEach((key, index) => {
      const article = unique.get(key) as ParsedArticle;
      const before = existing[index];
      if (!before) added += 1;
      rows.push(toRow(feedId, key, article, before, fetchedAt, feed.languageOverride ?? null));
      bodies.push(toBody(key, article, result.url));
    });
    await db.articles.bulkPut(rows);
    await db.bodies.bulkPut(bodies);
    const update: Partial<FeedRecord> = {
      error: null,
      gone: 0,
      lastFetchedAt: fetchedAt,
      siteUrl: outcome.feed.siteUrl,
      language: outcome.feed.language,
      warnings: outcome.feed.errors,
      publisherIntervalSeconds: outcome.suggestedIntervalSeconds ?? null,
      ...validatorFields(outcome.validators),
    };
    if (outcome.feed.title) update.title = outcome.feed.title;
    const url = await newAddress(db, feed, outcome.movedTo);
    if (url) update.url = url;
    await db.feeds.update(feedId, update);
    return { added };
  });
}

/** A feed that moved to an address already followed keeps its old one: the server's redirect still leads there. */
async function newAddress(db: TidingsDb, feed: FeedRecord, movedTo: string | null | undefined): Promise<string | null> {
  if (!movedTo || movedTo === feed.url) return null;
  return (await db.feeds.where('url').equals(movedTo).count()) === 0 ? movedTo : null;
}

function toRow(
  feedId: string,
  key: string,
  article: ParsedArticle,
  before: ArticleRecord | undefined,
  fetchedAt: number,
  languageOverride: string | null,
): ArticleRecord {
  const firstSeenAt = before?.firstSeenAt ?? fetchedAt;
  const publishedTime = article.published ? Date.parse(article.published) : Number.NaN;
  return {
    key,
    feedId,
    articleId: article.id,
    title: article.title,
    url: article.url,
    author: article.author,
    published: article.published,
    sortTime: Number.isFinite(publishedTime) ? publishedTime : firstSeenAt,
    firstSeenAt,
    read: before?.read ?? 0,
    starred: before?.starred ?? 0,
    language: languageOverride ?? article.language,
    detectedLanguage: article.language,
    languageConfidence: article.languageConfidence,
    translationFrom: article.translation?.from ?? null,
    storyKey: storyKey(article),
    excerpt: article.excerpt,
  };
}

function toBody(key: string, article: ParsedArticle, feedUrl: string): BodyRecord {
  return {
    key,
    contentHtml: article.contentHtml,
    baseUrl: article.baseUrl ?? article.url ?? feedUrl,
    enclosures: article.enclosures,
    categories: article.categories,
    alternates: article.alternates,
    translation: article.translation,
    sourceLinks: article.sourceLinks,
    credits: article.credits,
  };
}

function validatorFields(validators: { etag: string | null; lastModified: string | null }): Pick<FeedRecord, 'etag' | 'lastModified'> {
  return { etag: validators.etag, lastModified: validators.lastModified };
}
