import { newFeedRecord } from '../../../../renderer/db/feeds';
import type { FeedPollResult } from '../../../../shared/model/feed';
import { emptyFeedDetails } from '../../../../shared/model/article';
import { articleKey, type TidingsDb } from '../../../../renderer/db/database';
import { storePollResults } from '../../../../renderer/db/ingest';
import { markRead, setMarks } from '../../../../renderer/db/marks';
import { setPreferredLanguages } from '../../../../renderer/db/preferences';
import { compactSearchIndex } from '../../../../renderer/db/search/searchIndex';
import type { FeedRecord } from '../../../../renderer/db/records';
import { epochFetchedAt, epochRange, makeArticle, type CorpusPlan, type FeedPlan, type GeneratedArticle } from '../corpus/corpus';
import { utf8Length, type TextMaker } from '../corpus/text';

/** Feeds per storePollResults call while the store is filled: a refresh's results, stored a batch at a time. */
const feedsPerBatch = 50;

/** A subscribed feed as `addFeed` makes it, with the plan's id so the store is the same on every run. */
export function feedRecordOf(feed: FeedPlan, addedAt: number): FeedRecord {
  return { ...newFeedRecord(feed.url, { id: feed.id, addedAt }), folderId: feed.folderId };
}

/** The feeds, folders and the reader's preferred languages, before any article. */
export async function subscribe(db: TidingsDb, plan: CorpusPlan): Promise<void> {
  await db.transaction('rw', db.feeds, db.folders, async () => {
    await db.folders.bulkPut(plan.folders.map(({ id, name, position }) => ({ id, name, position, parentId: null, collapsed: 0 as const })));
    await db.feeds.bulkPut(plan.feeds.map((feed) => feedRecordOf(feed, plan.start)));
  });
  await setPreferredLanguages(db, ['en', 'fr']);
}

/** A fetch result carrying some of a feed's articles, as the poller delivers one. */
export function pollResultOf(feed: FeedPlan, articles: readonly GeneratedArticle[], fetchedAt: number, fetch: number): FeedPollResult {
  return {
    feedId: feed.id,
    url: feed.url,
    fetchedAt,
    outcome: {
      kind: 'updated',
      feed: { title: feed.title, siteUrl: `https://${feed.host}/`, language: feed.language, details: emptyFeedDetails(), articles: articles.map((generated) => generated.article), errors: [] },
      validators: { etag: `"${fetch}"`, lastModified: null },
      movedTo: null,
    },
  };
}

/**
 * Stores some epochs of the plan through the app's own ingest, a batch of feeds' results per transaction, then gives
 * the articles the reader's marks through the app's own mark functions. Each epoch is a refresh of every feed: after
 * it, as the app does once a refresh is over, the search index merges the segments its batches wrote.
 */
export async function storeEpochs(
  db: TidingsDb,
  plan: CorpusPlan,
  texts: TextMaker,
  fromEpoch: number,
  toEpoch: number,
): Promise<{ articles: number; bodyBytes: number; ms: number; compactMs: number }> {
  const started = performance.now();
  let articles = 0;
  let bodyBytes = 0;
  let compactMs = 0;
  for (let epoch = fromEpoch; epoch < toEpoch; epoch += 1) {
    const fetchedAt = epochFetchedAt(plan, epoch);
    for (let first = 0; first < plan.feeds.length; first += feedsPerBatch) {
      const results: FeedPollResult[] = [];
      const read: string[] = [];
      const starred: string[] = [];
      for (const feed of plan.feeds.slice(first, first + feedsPerBatch)) {
        const [from, to] = epochRange(plan, feed, epoch);
        if (to <= from) continue;
        const generated: GeneratedArticle[] = [];
        for (let index = from; index < to; index += 1) {
          const one = makeArticle(plan, feed, index, texts);
          generated.push(one);
          bodyBytes += utf8Length(one.article.contentHtml);
          const key = articleKey(feed.id, one.article.id);
          if (one.read) read.push(key);
          if (one.starred) starred.push(key);
        }
        results.push(pollResultOf(feed, generated, fetchedAt, epoch));
        articles += generated.length;
      }
      if (results.length === 0) continue;
      await storePollResults(db, results);
      await markRead(db, read);
      await setMarks(db, starred, { starred: 1 });
    }
    const compacting = performance.now();
    await compactSearchIndex(db);
    compactMs += performance.now() - compacting;
  }
  return { articles, bodyBytes, ms: performance.now() - started, compactMs };
}
