import type { ParsedArticle } from '../../shared/model/article';
import type { NewArticles } from '../../shared/model/desktop';
import type { FeedPollResult } from '../../shared/model/feed';
// The module itself rather than shared/lang's index, which would bring the language detector into the page.
import { storyKey } from '../../shared/lang/storyKey';
import { articleDigest } from '../../shared/util/articleDigest';
import { withIndexedFlags } from './articleFlags';
import { CountDeltas } from './countDeltas';
import { articleKey, type TidingsDb } from './database';
import { withDocumentSize } from './feedSize';
import { keepFullTexts } from './fullText';
import type { ArticleRecord, BodyRecord, FeedRecord } from './records';
import { removedEarlier } from './retention';
import { ArticleIndexer, searchTables, type WrittenArticle } from './search/searchIndex';

/**
 * Stores what some fetches brought, in one transaction, in the order they came. Only articles that are new or that the
 * feed changed (their digest differs) are written, with their counts and search postings; one that says the same again
 * costs one key look-up. Articles already stored keep their read and starred marks and their first-seen time. A failure
 * marks the feed with its error (and when it was tried) and leaves its articles as they are; a feed unsubscribed while
 * its fetch was in flight is skipped.
 *
 * Article HTML is stored as the feed sent it: it is sanitised when opened, the one place it meets a DOM. Sanitising
 * every article on the way in cost ~0.5 ms each, 20 s of page time on a first refresh of 40,000 articles, most of
 * which are never opened.
 */
export async function storePollResults(db: TidingsDb, results: readonly FeedPollResult[], options: StoreOptions = {}): Promise<Stored> {
  const [only] = results;
  const inSlices = options.inSlices ?? true;
  if (results.length === 1 && only && articleCount(only) > articlesPerTransaction) return storeInPieces(db, only, inSlices);
  return storeTogether(db, results, { articlesOnly: false, inSlices });
}

export interface StoreOptions {
  /**
   * Whether the puts are issued a slice at a time, leaving the thread room to paint between them: on the window's
   * thread, yes; in the writer's worker, no. All at once also lets Dexie note the write as a change of the tables
   * rather than of each key and index value: the note every other tab and the window receive stays small.
   */
  inSlices?: boolean;
}

/** How many articles were new, in all and per feed (for notifications: stored, so not told twice). */
export interface Stored {
  added: number;
  fresh: NewArticles[];
}

/**
 * Articles stored in one transaction at most. A transaction's puts run in one task of the page, so a feed of 70,000
 * items stored at once held the window for seconds; the result writer keeps its batches under this, and a single
 * larger result (a huge feed added, or refreshed) is stored in pieces.
 */
export const articlesPerTransaction = 600;

/**
 * The page's time one slice of puts and postings may take. Two slices can share a task (the one ahead may be done
 * when its successor is issued), and the puts' own serialising is counted too, so a task stays under the 50 ms of a
 * long task while the window stores a refresh.
 */
const sliceBudgetMs = 16;
/** The slice a batch starts with, and the bounds of the sizes that follow: large articles make slices smaller. */
const firstSlice = 50;
const fewestPerSlice = 10;
const mostPerSlice = 200;

function articleCount(result: FeedPollResult): number {
  return result.outcome.kind === 'updated' ? result.outcome.feed.articles.length : 0;
}

/**
 * One large result, its articles a piece per transaction and the feed's own update (validators, when it was read)
 * with the last: a crash between pieces leaves the feed due, and its next read stores the rest (the pieces already
 * stored cost a key look-up each, their digests unchanged).
 */
async function storeInPieces(db: TidingsDb, result: FeedPollResult, inSlices: boolean): Promise<Stored> {
  if (result.outcome.kind !== 'updated') return storeTogether(db, [result], { articlesOnly: false, inSlices });
  const { outcome } = result;
  const { articles } = outcome.feed;
  let added = 0;
  const fresh = new FreshArticles();
  for (let start = 0; start < articles.length; start += articlesPerTransaction) {
    const piece = { ...result, outcome: { ...outcome, feed: { ...outcome.feed, articles: articles.slice(start, start + articlesPerTransaction) } } };
    const last = start + articlesPerTransaction >= articles.length;
    const stored = await storeTogether(db, [piece], { articlesOnly: !last, inSlices });
    added += stored.added;
    fresh.merge(stored.fresh);
  }
  return { added, fresh: fresh.list() };
}

async function storeTogether(db: TidingsDb, results: readonly FeedPollResult[], { articlesOnly, inSlices }: { articlesOnly: boolean; inSlices: boolean }): Promise<Stored> {
  if (results.length === 0) return { added: 0, fresh: [] };
  const feedIds = [...new Set(results.map((result) => result.feedId))];
  const incoming = results.map(uniqueArticles);
  return db.transaction('rw', [db.feeds, db.articles, db.bodies, db.counts, ...searchTables(db)], async () => {
    const [storedFeeds, rows] = await Promise.all([db.feeds.bulkGet(feedIds), storedArticles(db, incoming)]);
    const feeds = new Map(storedFeeds.flatMap((feed) => (feed ? [[feed.id, feed] as const] : [])));
    const written = new Map<string, WrittenArticle>();
    const counts = new CountDeltas();
    const changedFeeds = new Map<string, FeedRecord>();
    const moves = new Map<string, string>();
    // The address each changed article had: its page's article is kept unless that changed (keepFullTexts).
    const previousUrls = new Map<string, string | null>();
    let added = 0;
    const fresh = new FreshArticles();

    for (const [index, result] of results.entries()) {
      const feed = feeds.get(result.feedId);
      if (!feed || feed.unsubscribedAt !== null) continue; // unsubscribed while the fetch was in flight
      const { outcome, fetchedAt } = result;
      let update: Partial<FeedRecord>;
      if (outcome.kind === 'failed') {
        update = {
          error: outcome.error,
          errorMessage: outcome.message ?? null,
          lastFetchedAt: fetchedAt,
          gone: outcome.gone ? 1 : 0,
          failures: feed.failures + 1,
          errorKind: outcome.reason ?? (outcome.gone ? 'gone' : 'network'),
        };
      } else {
        update = { error: null, errorMessage: null, lastFetchedAt: fetchedAt, lastSucceededAt: fetchedAt, failures: 0, errorKind: null, ...validatorFields(outcome.validators) };
        if (outcome.kind === 'updated') {
          Object.assign(update, {
            gone: 0,
            siteUrl: outcome.feed.siteUrl,
            details: outcome.feed.details,
            language: outcome.feed.language,
            warnings: outcome.feed.errors,
            warningMessages: outcome.feed.notes ?? [],
            publisherIntervalSeconds: outcome.suggestedIntervalSeconds ?? null,
            ...withDocumentSize(feed, outcome.bytes),
          });
          if (outcome.feed.title) update.title = outcome.feed.title;
          for (const [key, article] of incoming[index] ?? []) {
            const before = rows.get(key);
            const digest = article.digest ?? articleDigest(article);
            const language = feed.languageOverride ?? article.language;
            if (before && before.digest === digest && before.language === language) continue;
            const row = withIndexedFlags(toRow(feed.id, key, article, before, fetchedAt, language, digest));
            // Removed by retention while the feed still lists it: stored again, it would come back as unread.
            if (!before && removedEarlier(feed, row.sortTime)) continue;
            if (!before) {
              added += 1;
              fresh.add(feed, row);
            } else if (!previousUrls.has(key)) previousUrls.set(key, before.url);
            counts.change(before, row);
            rows.set(key, row);
            written.set(key, { row, body: toBody(key, article, result.url), article });
          }
        }
        if (outcome.movedTo && outcome.movedTo !== feed.url) moves.set(feed.id, outcome.movedTo);
      }
      if (articlesOnly) continue;
      const next = { ...feed, ...update };
      feeds.set(feed.id, next);
      changedFeeds.set(feed.id, next);
    }

    await applyMoves(db, moves, changedFeeds);
    await keepFullTexts(db, written, previousUrls);
    const entries = [...written.values()];
    const indexer = new ArticleIndexer(entries);
    if (inSlices) await putInSlices(db, entries, (count) => indexer.post(count));
    else {
      // The puts first: the database writes them while the search postings are worked out here.
      const puts = Promise.all([db.articles.bulkPut(entries.map((entry) => entry.row)), db.bodies.bulkPut(entries.map((entry) => entry.body))]);
      indexer.post(entries.length);
      await puts;
    }
    await Promise.all([db.feeds.bulkPut([...changedFeeds.values()]), counts.applyTo(db.counts), indexer.write(db)]);
    return { added, fresh: fresh.list() };
  });
}

/**
 * The articles stored new, per feed: how many and the newest. A feed never read successfully before is on its first
 * fetch, told in the same transaction that stores it (an added feed counts as fetched when added, an imported one is
 * due at once: only this record says whether articles were ever stored from it).
 */
class FreshArticles {
  private readonly feeds = new Map<string, NewArticles & { newestTime: number }>();

  add(feed: FeedRecord, row: ArticleRecord): void {
    const known = this.feeds.get(feed.id);
    const newest = !known || row.sortTime >= known.newestTime;
    this.feeds.set(feed.id, {
      feedId: feed.id,
      feedTitle: feed.customTitle ?? feed.title,
      count: (known?.count ?? 0) + 1,
      newestKey: newest ? row.key : (known?.newestKey ?? row.key),
      newestTitle: newest ? row.title : (known?.newestTitle ?? row.title),
      newestTime: newest ? row.sortTime : (known?.newestTime ?? row.sortTime),
      firstFetch: known?.firstFetch ?? feed.lastSucceededAt === null,
      notify: feed.notify !== 0,
    });
  }

  /** Another piece of the same feed's result. */
  merge(more: readonly NewArticles[]): void {
    for (const report of more) {
      const known = this.feeds.get(report.feedId);
      this.feeds.set(report.feedId, { ...report, count: report.count + (known?.count ?? 0), newestTime: 0, firstFetch: known?.firstFetch ?? report.firstFetch });
    }
  }

  list(): NewArticles[] {
    return [...this.feeds.values()].map(({ newestTime: _newestTime, ...report }) => report);
  }
}

/** Stores what one fetch brought; see storePollResults. */
export function storePollResult(db: TidingsDb, result: FeedPollResult): Promise<Stored> {
  return storePollResults(db, [result]);
}

/**
 * Slices issued before the one ahead of them is done: the database always has the next slice queued while the page
 * answers for the last, instead of idling a round trip between slices.
 */
const slicesInFlight = 2;

/**
 * Puts the rows and bodies a slice at a time, each slice issued from the completion of an earlier one: a slice's puts
 * (and `between`, the search postings of as many articles) are one task of the page, so a batch leaves the window room
 * to paint and answer between slices, in the same transaction. Each slice is sized from the time the last one took,
 * since what an article costs to put and index varies tenfold with its length.
 */
async function putInSlices(db: TidingsDb, entries: readonly WrittenArticle[], between: (count: number) => void): Promise<void> {
  const pending: Array<Promise<unknown>> = [];
  let size = firstSlice;
  for (let start = 0; start < entries.length; ) {
    if (pending.length >= slicesInFlight) await pending.shift();
    const began = performance.now();
    const slice = entries.slice(start, start + size);
    const written = Promise.all([db.articles.bulkPut(slice.map((entry) => entry.row)), db.bodies.bulkPut(slice.map((entry) => entry.body))]);
    // A failure is thrown where the slice is awaited; a later slice failing with the aborted transaction is not news.
    written.catch(() => undefined);
    pending.push(written);
    between(slice.length);
    start += slice.length;
    size = nextSliceSize(size, performance.now() - began);
  }
  await Promise.all(pending);
}

/** The size that would have kept the last slice within its budget, changed at most twofold at a time. */
export function nextSliceSize(size: number, tookMs: number): number {
  const fitted = tookMs <= 0 ? size * 2 : (size * sliceBudgetMs) / tookMs;
  return Math.round(Math.min(mostPerSlice, Math.max(fewestPerSlice, size / 2, Math.min(size * 2, fitted))));
}

/**
 * The stored rows of the incoming articles. A feed none of whose articles is stored between its lowest and highest
 * incoming key (a feed just added, or new articles only) is answered by one key-range probe instead of a look-up per
 * article; the others' articles are looked up one by one, so that one said again unchanged costs a key look-up.
 */
async function storedArticles(db: TidingsDb, incoming: ReadonlyArray<ReadonlyMap<string, ParsedArticle>>): Promise<Map<string, ArticleRecord>> {
  const ranges = incoming.flatMap((articles) => {
    const keys = [...articles.keys()].sort();
    const [lowest] = keys;
    const highest = keys.at(-1);
    return lowest === undefined || highest === undefined ? [] : [{ keys, lowest, highest }];
  });
  const probes = await Promise.all(ranges.map(({ lowest, highest }) => db.articles.where(':id').between(lowest, highest, true, true).limit(1).primaryKeys()));
  const keys = [...new Set(ranges.flatMap((range, index) => ((probes[index]?.length ?? 0) > 0 ? range.keys : [])))];
  const rows = keys.length === 0 ? [] : await db.articles.bulkGet(keys);
  return new Map(rows.flatMap((row) => (row ? [[row.key, row] as const] : [])));
}

/** A feed may list one article twice; the later listing wins. */
function uniqueArticles(result: FeedPollResult): Map<string, ParsedArticle> {
  const unique = new Map<string, ParsedArticle>();
  if (result.outcome.kind === 'updated') for (const article of result.outcome.feed.articles) unique.set(articleKey(result.feedId, article.id), article);
  return unique;
}

/**
 * Stores the permanent moves of a batch, looked up together: nothing in the loop over results waits on the database,
 * since a transaction that waits on its own promises a hundred times over ends before its writes. A feed that moved to
 * an address already followed keeps its old one: the server's redirect still leads there.
 */
async function applyMoves(db: TidingsDb, moves: ReadonlyMap<string, string>, feeds: Map<string, FeedRecord>): Promise<void> {
  if (moves.size === 0) return;
  const followed = new Set((await db.feeds.where('url').anyOf([...moves.values()]).toArray()).map((feed) => feed.url));
  for (const [feedId, url] of moves) {
    const feed = feeds.get(feedId);
    if (feed && !followed.has(url)) {
      feeds.set(feedId, { ...feed, url });
      followed.add(url);
    }
  }
}

function toRow(
  feedId: string,
  key: string,
  article: ParsedArticle,
  before: ArticleRecord | undefined,
  fetchedAt: number,
  language: string | null,
  digest: string,
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
    language,
    detectedLanguage: article.language,
    languageConfidence: article.languageConfidence,
    translationFrom: article.translation?.from ?? null,
    storyKey: storyKey(article),
    excerpt: article.excerpt,
    imageUrl: article.imageUrl,
    digest,
    // Only when set: most feeds carry whole articles, and their rows stay as small as before.
    ...(article.summaryOnly ? { summaryOnly: 1 as const } : {}),
  };
}

function toBody(key: string, article: ParsedArticle, feedUrl: string): BodyRecord {
  return {
    key,
    contentHtml: article.contentHtml,
    summaryHtml: article.summaryHtml,
    baseUrl: article.baseUrl ?? article.url ?? feedUrl,
    authors: article.authors,
    contributors: article.contributors,
    enclosures: article.enclosures,
    categories: article.categories,
    imageUrl: article.imageUrl,
    comments: article.comments,
    geo: article.geo,
    alternates: article.alternates,
    translation: article.translation,
    sourceLinks: article.sourceLinks,
    credits: article.credits,
  };
}

function validatorFields(validators: { etag: string | null; lastModified: string | null }): Pick<FeedRecord, 'etag' | 'lastModified'> {
  return { etag: validators.etag, lastModified: validators.lastModified };
}
