import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { SourceId } from '../../../renderer/db/paging';
import type { BenchRow } from '../table';
import { ensureBuilt, startApp } from './app';
import { measureApp, switchSequence } from './appBench';
import { launchProfile, openBenchPage, type BenchCall } from './browser';
import { buildBenchPage } from './bundle';
import { ScaleCache, storeStamp } from './cache';
import type { Part, StoreRecord, UpgradeRecord } from './figures';
import { megabytes, scaleRows } from './scaleRows';
import { searchQueries } from './searchQueries';
import { formatCount, progress } from './stats';

const total = Number(process.env.TIDINGS_SCALE_ARTICLES ?? 1_000_000);
/** The same feeds with a hundredth of the articles: what the app costs when the store is small. */
const smallTotal = Math.max(2_000, Math.round(total / 100));
const upgradeTotal = Number(process.env.TIDINGS_SCALE_UPGRADE_ARTICLES ?? total);
const port = Number(process.env.TIDINGS_SCALE_PORT ?? 5287);
const originOf = (onPort: number) => `http://127.0.0.1:${onPort}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one part of the benchmark; a failure is reported and returned, and the next part runs. */
async function part<T>(name: string, run: () => Promise<T>): Promise<Part<T>> {
  try {
    return await run();
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    progress(`could not measure ${name}: ${failure.message.split('\n')[0]}`);
    return failure;
  }
}

/** Fills the app's store through the benchmark page, an epoch range per call, saying how far it has come. */
async function generate(call: BenchCall, articles: number, label: string): Promise<Pick<StoreRecord, 'generationMs' | 'compactMs' | 'bodyBytes'>> {
  const plan = await call('plan', articles);
  await call('subscribe', articles);
  const step = Math.max(1, Math.round((plan.epochs * 50_000) / articles));
  let stored = 0;
  let elapsed = 0;
  let bodyBytes = 0;
  let compactMs = 0;
  for (let epoch = 0; epoch < plan.epochs; epoch += step) {
    const done = await call('storeEpochs', articles, epoch, Math.min(plan.epochs, epoch + step));
    stored += done.articles;
    elapsed += done.ms;
    bodyBytes += done.bodyBytes;
    compactMs += done.compactMs;
    progress(`${label}: ${formatCount(stored)} of ${formatCount(articles)} articles stored, ${formatCount((stored / elapsed) * 1000)} a second`);
  }
  const summary = await call('summary');
  if (summary.articles !== articles) throw new Error(`${label}: ${summary.articles} articles stored, ${articles} planned`);
  progress(`${label}: ${formatCount(summary.unread)} unread, ${formatCount(summary.starred)} starred, ${summary.feeds} feeds, languages ${summary.languages.join(' ')}`);
  return { generationMs: elapsed, compactMs, bodyBytes: bodyBytes / stored };
}

/** The upgrade of a version-3 store of `upgradeTotal` articles, measured once per stamp and kept. */
async function measureUpgrade(call: BenchCall, cache: ScaleCache, stamp: string): Promise<UpgradeRecord> {
  const kept = cache.read<UpgradeRecord>('upgrade');
  if (kept?.stamp === stamp) return kept;
  const name = 'scale-upgrade';
  await call('deleteDatabase', name);
  const plan = await call('plan', upgradeTotal);
  const step = Math.max(1, Math.round((plan.epochs * 100_000) / upgradeTotal));
  let writeMs = 0;
  let written = 0;
  for (let epoch = 0; epoch < plan.epochs; epoch += step) {
    const done = await call('writeReleased', name, upgradeTotal, epoch, Math.min(plan.epochs, epoch + step));
    writeMs += done.ms;
    written += done.articles;
    progress(`upgrade: ${formatCount(written)} of ${formatCount(upgradeTotal)} articles written at schema version 3`);
  }
  progress('upgrade: opening with every version and running the data moves');
  const figures = await call('upgradeReleased', name);
  await call('deleteDatabase', name);
  if (!figures.countsAddUp) throw new Error('after the upgrade the counts do not add up to the articles stored');
  const record = { stamp, measuredAt: new Date().toISOString(), writeMs, figures };
  cache.write('upgrade', record);
  return record;
}

function machine(browserVersion: string): string {
  const [cpu] = cpus();
  return `${cpu?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Chromium ${browserVersion}, headless`;
}

/**
 * `npm run bench -- scale`: a store of a million articles (TIDINGS_SCALE_ARTICLES), generated once through the app's
 * own ingest in Chromium and kept in .cache/bench, then the real app on it, timed as a reader would feel it.
 */
export async function benchScale(): Promise<BenchRow[]> {
  ensureBuilt();
  const cache = new ScaleCache(total);
  const stamp = storeStamp([total, smallTotal, port]);
  let store = cache.read<StoreRecord>('store');
  if (store && store.stamp !== stamp && process.env.TIDINGS_SCALE_KEEP_STORE) {
    progress(`keeping the store generated on ${store.generatedAt.slice(0, 10)} although its inputs changed (TIDINGS_SCALE_KEEP_STORE)`);
  } else if (store?.stamp !== stamp) {
    progress(`no store of ${formatCount(total)} articles for this generator and schema (stamp ${stamp}): generating it, once`);
    cache.reset();
    store = null;
  }
  const script = await buildBenchPage();
  const apps = [await startApp(port), await startApp(port + 1)];
  const context = await launchProfile(cache.profileDir);
  try {
    const browserVersion = context.browser()?.version() ?? 'unknown';
    const main = await openBenchPage(context, originOf(port), script);
    const small = await openBenchPage(context, originOf(port + 1), script);
    if (!store) {
      const started = performance.now();
      await generate(small.call, smallTotal, 'small store');
      const generated = await generate(main.call, total, 'store');
      store = { stamp, articles: total, generatedAt: new Date().toISOString(), ...generated, diskBytes: cache.indexedDbBytes() };
      cache.write('store', store);
      progress(`stores generated in ${seconds(performance.now() - started)}, ${megabytes(store.diskBytes).toFixed(0)} MB on disk`);
    }
    await main.call('restoreMarks', total, []);
    await small.call('restoreMarks', smallTotal, []);
    const plan = await main.call('plan', total);
    const summary = await main.call('summary');

    progress('ingest against plain IndexedDB puts');
    const ingest = await part('ingest', () => main.call('measureIngest', total, 3));
    if (!(ingest instanceof Error)) {
      progress(`ingest ${formatCount(ingest.articles)}: ${ingest.oursMs.toFixed(0)} ms, plain put ${ingest.rawMs.toFixed(0)} ms; into the store ${ingest.intoStoreMs.toFixed(0)} ms, plain ${ingest.rawIntoStoreMs.toFixed(0)} ms`);
    }
    progress('list queries, search and marks at the store');
    const folderSizes = plan.folders
      .map((folder) => ({ folder, articles: plan.feeds.filter((feed) => feed.folderId === folder.id).reduce((sum, feed) => sum + feed.articles, 0) }))
      .sort((a, b) => b.articles - a.articles);
    const folders: SourceId[] = [folderSizes[0], folderSizes[Math.floor(folderSizes.length / 2)], folderSizes.at(-1)].flatMap((entry) => (entry ? [{ kind: 'folder', folderId: entry.folder.id } as const] : []));
    const listSources = [...new Map([...switchSequence(plan, summary.languages), ...folders].map((source) => [JSON.stringify(source), source])).values()];
    const lists = await part('list queries', () => main.call('listTimes', listSources, 5));
    const search = await part('search', () => main.call('searchTimes', searchQueries()));
    const rawPage = await part('plain page reads', () => main.call('rawPageByKeyTimes', 20));
    const rawOpen = await part('plain article reads', () => main.call('rawOpenTimes', 20));
    const oneMark = await part('marking one read at the store', () => main.call('oneMarkTimes', 20));
    const storeMarkAll = await part('mark all read at the store', async () => ({ ...(await main.call('markFolderRead', total)), ...(await main.call('restoreWire', total)) }));

    progress('the app on the store');
    const app = await measureApp(context, main.call, `${originOf(port)}/`, total, { opens: 20, marks: 10, markAll: true });
    progress('the app on the small store');
    const smallApp = await measureApp(context, small.call, `${originOf(port + 1)}/`, smallTotal, { opens: 0, marks: 0, markAll: false });
    progress(`schema upgrade of ${formatCount(upgradeTotal)} articles`);
    const upgrade = await part('the schema upgrade', () => measureUpgrade(main.call, cache, stamp));

    const names = new Map([...plan.feeds.map((feed) => [feed.id, feed.title] as const), ...plan.folders.map((folder) => [folder.id, folder.name] as const)]);
    return scaleRows({
      store,
      ingest,
      lists,
      search,
      rawPage,
      rawOpen,
      oneMark,
      storeMarkAll,
      app,
      smallApp,
      smallTotal,
      upgrade,
      upgradeTotal,
      summary,
      names,
      machine: machine(browserVersion),
    });
  } finally {
    await context.close();
    for (const app of apps) await app.close();
  }
}
