import { storyKey } from '../../../../shared/lang/storyKey';
import { runBackfills } from '../../../../renderer/db/backfill';
import { articleKey, openDatabase, type TidingsDb } from '../../../../renderer/db/database';
import { schemaVersions } from '../../../../renderer/db/migrations';
import { compactSearchIndex } from '../../../../renderer/db/search/searchIndex';
import { epochRange, makeArticle, type CorpusPlan } from '../corpus/corpus';
import type { TextMaker } from '../corpus/text';
import { subscribe } from './generate';

/** The schema the last release opened the store with: versions 1 to 3 (4 and later are this release's). */
const releasedVersions = schemaVersions.slice(0, 3);

/** Opens (creating) the store as the last release did. */
export async function openReleased(name: string, plan: CorpusPlan | null): Promise<TidingsDb> {
  const db = openDatabase(name, releasedVersions);
  await db.open();
  if (plan && (await db.feeds.count()) === 0) await subscribe(db, plan);
  return db;
}

/**
 * Writes some epochs of the plan as version 3 stored them (its list rows and bodies, no counts, no digests), with plain
 * bulk puts, an epoch per transaction. Returns how long the writes took.
 */
export async function writeReleasedEpochs(db: TidingsDb, plan: CorpusPlan, texts: TextMaker, fromEpoch: number, toEpoch: number): Promise<{ articles: number; ms: number }> {
  const started = performance.now();
  let articles = 0;
  for (let epoch = fromEpoch; epoch < toEpoch; epoch += 1) {
    const rows: object[] = [];
    const bodies: object[] = [];
    for (const feed of plan.feeds) {
      const [from, to] = epochRange(plan, feed, epoch);
      for (let index = from; index < to; index += 1) {
        const { article, read, starred } = makeArticle(plan, feed, index, texts);
        const key = articleKey(feed.id, article.id);
        const sortTime = Date.parse(article.published ?? '');
        rows.push({
          key,
          feedId: feed.id,
          articleId: article.id,
          title: article.title,
          url: article.url,
          author: article.author,
          published: article.published,
          sortTime,
          firstSeenAt: sortTime,
          read: read ? 1 : 0,
          starred: starred ? 1 : 0,
          language: article.language,
          detectedLanguage: article.language,
          languageConfidence: article.languageConfidence,
          translationFrom: article.translation?.from ?? null,
          storyKey: storyKey(article),
          excerpt: article.excerpt,
        });
        bodies.push({
          key,
          contentHtml: article.contentHtml,
          enclosures: article.enclosures,
          categories: article.categories,
          alternates: article.alternates,
          translation: article.translation,
          sourceLinks: article.sourceLinks,
          credits: article.credits,
        });
      }
    }
    await db.transaction('rw', db.table('articles'), db.table('bodies'), async () => {
      await Promise.all([db.table('articles').bulkPut(rows), db.table('bodies').bulkPut(bodies)]);
    });
    articles += rows.length;
  }
  return { articles, ms: performance.now() - started };
}

export interface UpgradeFigures {
  articles: number;
  /** Opening with the new versions: the version change itself (index changes), one transaction. */
  openMs: number;
  /** Merging the search index's segments afterwards, as the app does in the background once started. */
  compactMs: number;
  /** The batched data moves after opening (runBackfills), all versions. */
  backfillMs: number;
  /** The same by schema version: each version's move, its time and batches. */
  moves: Array<{ version: number; ms: number; batches: number }>;
  totalMs: number;
  batches: number;
  /** The longest wait between two signs of progress the window could show, the version change included. */
  longestWithoutProgressMs: number;
  /** Long tasks (over 50 ms) on the page's main thread meanwhile, as the browser reports them. */
  longTasks: number;
  longestTaskMs: number;
  /** The longest a 10 ms timer was kept waiting meanwhile: how long a click would have gone unanswered. */
  longestTimerDelayMs: number;
  /** The counts the moves built add up to the articles stored. */
  countsAddUp: boolean;
}

/**
 * Opens a version-3 store with every version and runs the data moves, as the app's start does, then merges the search
 * index as the app then does in the background; watching the main thread throughout.
 */
export async function upgradeReleased(name: string): Promise<UpgradeFigures> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let longestTimerDelayMs = 0;
  let lastTick = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestTimerDelayMs = Math.max(longestTimerDelayMs, now - lastTick - 10);
    lastTick = now;
  }, 10);

  const started = performance.now();
  const db = openDatabase(name);
  await db.open();
  const opened = performance.now();
  let lastProgress = opened;
  let longestWithoutProgressMs = opened - started;
  let batches = 0;
  const moves: UpgradeFigures['moves'] = [];
  let reported = 0;
  await runBackfills(db, ({ version, moved, total }) => {
    const now = performance.now();
    if (now - reported > 30_000) {
      reported = now;
      console.log(`scale: upgrade: version ${version} has moved ${moved} of ${total} articles`);
    }
    let move = moves.at(-1);
    if (move?.version !== version) moves.push((move = { version, ms: 0, batches: 0 }));
    move.ms += now - lastProgress;
    move.batches += 1;
    longestWithoutProgressMs = Math.max(longestWithoutProgressMs, now - lastProgress);
    lastProgress = now;
    batches += 1;
  });
  const finished = performance.now();
  await compactSearchIndex(db);
  const compactMs = performance.now() - finished;
  // Long-task entries arrive after the task: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  clearInterval(timer);

  const [articles, counts] = await Promise.all([db.articles.count(), db.counts.toArray()]);
  db.close();
  return {
    articles,
    openMs: opened - started,
    backfillMs: finished - opened,
    compactMs,
    moves,
    totalMs: finished - started,
    batches,
    longestWithoutProgressMs,
    longTasks: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks),
    longestTimerDelayMs,
    countsAddUp: counts.reduce((sum, count) => sum + count.total, 0) === articles,
  };
}
