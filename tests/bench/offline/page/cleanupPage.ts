import { openDatabase, articleKey, type TidingsDb } from '../../../../renderer/db/database';
import { newFeedRecord } from '../../../../renderer/db/feeds';
import { storePollResults } from '../../../../renderer/db/ingest';
import { setMarks } from '../../../../renderer/db/marks';
import { applyRetention } from '../../../../renderer/db/retention';
import { compactSearchIndex } from '../../../../renderer/db/search/searchIndex';
import { emptyFeedDetails, type ParsedArticle } from '../../../../shared/model/article';
import { blankArticle } from '../../../fixtures/model/parsedArticle';
import type { FeedPollResult } from '../../../../shared/model/feed';
import { Random } from '../../scale/corpus/random';
import { TextMaker } from '../../scale/corpus/text';

// The cleanup benchmark's page: the renderer's own database modules, bundled, run in Chromium, driven from Node.

const day = 24 * 60 * 60_000;
/** The clock the store is generated and cleaned against: the same store and the same verdicts on every run. */
export const benchNow = Date.UTC(2026, 0, 15);
const seed = 20_260_115;

/** What a feed holds, per 600 articles: most read and old, the rest what a cleanup must leave. */
const perFeed = { readOld: 500, unreadOld: 40, starredOld: 5, young: 55 } as const;
const feedSize = perFeed.readOld + perFeed.unreadOld + perFeed.starredOld + perFeed.young;

interface Plan {
  feeds: number;
  /** Keys of the read, unstarred articles older than 90 days: what the cleanup removes. */
  removable: string[];
}

const feedIdOf = (index: number) => `feed-${String(index).padStart(4, '0')}-${new Random(seed + index).hex(8)}`;

/** Article `index` of a feed: its age in days and its marks. */
function shapeOf(index: number): { ageDays: number; read: boolean; starred: boolean } {
  if (index < perFeed.young) return { ageDays: index % 89, read: index % 2 === 0, starred: false };
  const old = index - perFeed.young;
  const ageDays = 91 + (old % 700);
  if (old < perFeed.readOld) return { ageDays, read: true, starred: false };
  if (old < perFeed.readOld + perFeed.unreadOld) return { ageDays, read: false, starred: false };
  return { ageDays, read: true, starred: true };
}

function articleOf(texts: TextMaker, random: Random, feedIndex: number, index: number): ParsedArticle {
  const { ageDays } = shapeOf(index);
  const url = `https://news${feedIndex}.example/${index}.html`;
  const body = texts.body(random, 'en', 700, url);
  const title = texts.title(random, 'en');
  return blankArticle({
    id: `${feedIndex}-${index}`,
    title,
    url,
    published: new Date(benchNow - ageDays * day - index * 60_000).toISOString(),
    contentHtml: body.html,
    excerpt: body.text.slice(0, 200),
    language: 'en',
    languageConfidence: 1,
  });
}

/**
 * A store of `removable` read articles older than 90 days (the rules' default), and a fifth as many that a cleanup
 * must keep (unread and starred old ones, and young ones), through the app's own ingest and marks, search index
 * included.
 */
async function generate(db: TidingsDb, removable: number): Promise<Plan> {
  const feeds = Math.ceil(removable / perFeed.readOld);
  const texts = new TextMaker(seed);
  const random = new Random(seed);
  const plan: Plan = { feeds, removable: [] };
  await db.feeds.bulkPut(Array.from({ length: feeds }, (_, index) => newFeedRecord(`https://news${index}.example/feed.xml`, { id: feedIdOf(index), addedAt: benchNow - 800 * day })));
  for (let first = 0; first < feeds; first += 10) {
    const results: FeedPollResult[] = [];
    const read: string[] = [];
    const starred: string[] = [];
    for (let feedIndex = first; feedIndex < Math.min(feeds, first + 10); feedIndex += 1) {
      const feedId = feedIdOf(feedIndex);
      const articles = Array.from({ length: feedSize }, (_, index) => articleOf(texts, random, feedIndex, index));
      results.push({ feedId, url: `https://news${feedIndex}.example/feed.xml`, fetchedAt: benchNow - 800 * day, outcome: { kind: 'updated', feed: { title: `News ${feedIndex}`, siteUrl: null, language: 'en', details: emptyFeedDetails(), articles, errors: [] }, validators: { etag: null, lastModified: null }, movedTo: null } });
      articles.forEach((article, index) => {
        const shape = shapeOf(index);
        const key = articleKey(feedId, article.id);
        if (shape.read) read.push(key);
        if (shape.starred) starred.push(key);
        if (shape.read && !shape.starred && shape.ageDays > 90 && plan.removable.length < removable) plan.removable.push(key);
      });
    }
    await storePollResults(db, results);
    await setMarks(db, read, { read: 1 });
    await setMarks(db, starred, { starred: 1 });
  }
  return plan;
}

/** Every long task of the page, with when it started. */
const longTasks: Array<{ start: number; duration: number }> = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

interface Timed {
  ms: number;
  longestTaskMs: number;
  longTasks: number;
}

async function timed<T>(run: () => Promise<T>): Promise<Timed & { result: T }> {
  const started = performance.now();
  const result = await run();
  const ended = performance.now();
  // Entries come after their task has ended.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const tasks = longTasks.filter((task) => task.start >= started && task.start <= ended).map((task) => task.duration);
  return { ms: ended - started, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, result };
}

/** What the counts say against a walk over the articles: they must agree after a cleanup. */
async function countsAgree(db: TidingsDb): Promise<boolean> {
  const walked = new Map<string, number>();
  await db.articles.each((row) => walked.set(`${row.feedId}|${row.language ?? ''}`, (walked.get(`${row.feedId}|${row.language ?? ''}`) ?? 0) + 1));
  const stored = await db.counts.toArray();
  return stored.every((count) => count.total === (walked.get(count.key) ?? 0)) && [...walked.keys()].every((key) => stored.some((count) => count.key === key));
}

const stores = new Map<string, { db: TidingsDb; plan: Plan }>();

async function storeNamed(name: string): Promise<{ db: TidingsDb; plan: Plan }> {
  const known = stores.get(name);
  if (!known) throw new Error(`no store ${name}: generate it first`);
  return known;
}

const api = {
  async generate(name: string, removable: number) {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('could not delete'));
    });
    const db = openDatabase(name);
    await db.open();
    const started = performance.now();
    const plan = await generate(db, removable);
    stores.set(name, { db, plan });
    return { ms: performance.now() - started, articles: await db.articles.count(), removable: plan.removable.length };
  },
  /** The app's cleanup: find what the rules let go by the time indexes, remove it a batch per transaction. */
  async cleanup(name: string, daysLater: number, full: boolean) {
    const { db } = await storeNamed(name);
    const run = await timed(() => applyRetention(db, { now: benchNow + daysLater * day, full }));
    return { ...run, remaining: await db.articles.count(), bodies: await db.bodies.count(), countsAgree: await countsAgree(db) };
  },
  /** The floor: the same keys, known beforehand, deleted from articles and bodies in the same batches, nothing else. */
  async rawDelete(name: string) {
    const { db, plan } = await storeNamed(name);
    const run = await timed(async () => {
      for (let first = 0; first < plan.removable.length; first += 500) {
        const keys = plan.removable.slice(first, first + 500);
        await db.transaction('rw', db.articles, db.bodies, () => Promise.all([db.articles.bulkDelete(keys), db.bodies.bulkDelete(keys)]));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    });
    return { ...run, remaining: await db.articles.count() };
  },
  /** The search index's size: its terms, postings and article lists, and the entries of removed articles it holds. */
  async searchIndex(name: string) {
    const { db } = await storeNamed(name);
    let bytes = 0;
    let entries = 0;
    let removedEntries = 0;
    await db.searchBlocks.each((block) => {
      bytes += block.terms.length * 2 + block.ends.byteLength + block.dense.byteLength + block.postings.byteLength;
    });
    await db.searchDocs.each((chunk) => {
      bytes += chunk.times.byteLength + chunk.feedOf.byteLength + [...chunk.keys, ...chunk.digests, ...chunk.feeds].reduce((sum, text) => sum + text.length * 2, 0);
      entries += chunk.keys.length;
      removedEntries += chunk.digests.filter((digest) => digest === '').length;
    });
    return { bytes, entries, removedEntries, segments: await db.searchSegments.count() };
  },
  /** Compaction as idle time runs it after a cleanup: segments with many removed articles rewritten without them. */
  async compact(name: string) {
    const { db } = await storeNamed(name);
    return timed(() => compactSearchIndex(db));
  },
  /** What any pass that looked at every article would read at the least: every key of the time index. */
  async walkTimeIndex(name: string) {
    const { db } = await storeNamed(name);
    const run = await timed(() => db.articles.orderBy('sortTime').primaryKeys());
    return { ...run, keys: run.result.length, result: null };
  },
  close() {
    for (const { db } of stores.values()) db.close();
    stores.clear();
  },
};

export type CleanupBenchApi = typeof api;

(window as unknown as { tidingsCleanup: CleanupBenchApi }).tidingsCleanup = api;
