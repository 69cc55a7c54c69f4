import { openDatabase, type TidingsDb } from '../../../../renderer/db/database';
import type { SourceId } from '../../../../renderer/db/paging';
import { planCorpus, type CorpusPlan } from '../corpus/corpus';
import { TextMaker } from '../corpus/text';
import { storeEpochs, subscribe } from './generate';
import { measureIngest } from './ingestBench';
import { deleteDatabase } from './rawIndexedDb';
import { firstStory, listTimes, rawColdFirstPageTimes, markFolderRead, oneMarkTimes, rawOpenTimes, rawPageByKeyTimes, restoreMarks, restoreWire, searchTimes } from './readBench';
import { openReleased, upgradeReleased, writeReleasedEpochs } from './upgradeBench';

// The benchmark's page: the renderer's own database modules, bundled, run in Chromium on the app's origin (so the
// database is the app's), driven from Node through page.evaluate.

let plan: CorpusPlan | null = null;
let texts: TextMaker | null = null;
let store: TidingsDb | null = null;

function corpus(total: number): { plan: CorpusPlan; texts: TextMaker } {
  if (!plan || plan.total !== total || !texts) {
    plan = planCorpus(total);
    texts = new TextMaker(plan.seed);
  }
  return { plan, texts };
}

/** The app's database, opened as the app opens it. */
async function appStore(): Promise<TidingsDb> {
  if (!store) {
    store = openDatabase();
    await store.open();
    // The generated store is the benchmark's, not one an older build left: the app's one-time reading of old articles
    // for their summary flag (summaryFlags.ts) would otherwise run through a million bodies while it is measured.
    if (!(await store.settings.get('summaryFlags'))) await store.settings.put({ key: 'summaryFlags', value: { startedAt: 0, after: null, done: true } });
    // Nor may the app's cleanup job, two minutes after each start, remove the generated read articles older than its
    // default age: a run long enough left the store short of its planned articles, and every later run measuring less.
    await store.settings.put({ key: 'retention', value: { readDays: null, unreadDays: null } });
  }
  return store;
}

const api = {
  async subscribe(total: number): Promise<{ feeds: number; articles: number }> {
    const db = await appStore();
    if ((await db.feeds.count()) === 0) await subscribe(db, corpus(total).plan);
    return { feeds: await db.feeds.count(), articles: await db.articles.count() };
  },
  async storeEpochs(total: number, from: number, to: number) {
    const { plan: shape, texts: maker } = corpus(total);
    return storeEpochs(await appStore(), shape, maker, from, to);
  },
  async summary() {
    const db = await appStore();
    const [articles, bodies, feeds, folders, counts] = await Promise.all([db.articles.count(), db.bodies.count(), db.feeds.count(), db.folders.count(), db.counts.toArray()]);
    const unread = counts.reduce((sum, count) => sum + count.unread, 0);
    const starred = counts.reduce((sum, count) => sum + count.starred, 0);
    const languages = [...new Set(counts.flatMap((count) => (count.language ? [count.language] : [])))].sort();
    return { articles, bodies, feeds, folders, unread, starred, languages };
  },
  /** What the benchmark needs of the plan on the Node side: feeds by size and language, the wire folder. */
  plan(total: number) {
    const { plan: shape } = corpus(total);
    return {
      epochs: shape.epochs,
      unreadFolderId: shape.unreadFolderId,
      feeds: shape.feeds.map(({ id, url, title, language, articles, folderId, keepUnread }) => ({ id, url, title, language, articles, folderId, keepUnread })),
      folders: shape.folders,
    };
  },
  async measureIngest(total: number, rounds: number) {
    const { plan: shape, texts: maker } = corpus(total);
    return measureIngest(await appStore(), shape, maker, rounds);
  },
  async firstStory(source: SourceId) {
    return firstStory(await appStore(), source);
  },
  async listTimes(sources: SourceId[], rounds: number) {
    return listTimes(await appStore(), sources, rounds);
  },
  async searchTimes(queries: string[]) {
    return searchTimes(await appStore(), queries);
  },
  async rawPageByKeyTimes(rounds: number) {
    return rawPageByKeyTimes(await appStore(), rounds);
  },
  async rawColdFirstPageTimes(rounds: number) {
    return rawColdFirstPageTimes(await appStore(), rounds);
  },
  async rawOpenTimes(rounds: number) {
    return rawOpenTimes(await appStore(), rounds);
  },
  async oneMarkTimes(rounds: number) {
    return oneMarkTimes(await appStore(), rounds);
  },
  async markFolderRead(total: number) {
    return markFolderRead(await appStore(), corpus(total).plan);
  },
  async restoreWire(total: number) {
    return restoreWire(await appStore(), corpus(total).plan);
  },
  /** A feed's unread articles as the app's counters hold them: what "Mark all as read" on it takes from Unread. */
  async unreadOfFeed(feedId: string): Promise<number> {
    const counts = await (await appStore()).counts.where('feedId').equals(feedId).toArray();
    return counts.reduce((sum, count) => sum + count.unread, 0);
  },
  async restoreMarks(total: number, unreadAgain: string[]) {
    return restoreMarks(await appStore(), corpus(total).plan, unreadAgain);
  },
  async writeReleased(name: string, total: number, from: number, to: number) {
    const { plan: shape, texts: maker } = corpus(total);
    const db = await openReleased(name, shape);
    try {
      return await writeReleasedEpochs(db, shape, maker, from, to);
    } finally {
      db.close();
    }
  },
  upgradeReleased,
  deleteDatabase,
  close(): void {
    store?.close();
    store = null;
  },
};

export type ScaleBenchApi = typeof api;

(window as unknown as { tidingsScale: ScaleBenchApi }).tidingsScale = api;
