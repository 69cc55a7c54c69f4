import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { BrowserContext } from '@playwright/test';
import type { SourceId } from '../../../renderer/db/paging';
import type { BenchRow } from '../table';
import { ensureBuilt, startApp } from './app';
import { launchProfile, openBenchPage, type BenchCall } from './browser';
import { buildBenchPage } from './bundle';
import { ScaleCache, storeStamp } from './cache';
import type { ScaleBenchApi } from './page/benchPage';
import type { MarkAllFigures } from './page/readBench';
import type { UpgradeFigures } from './page/upgradeBench';
import { searchQueries } from './searchQueries';
import { formatCount, p50, p95, progress } from './stats';
import { clickAndWait, firstPaint, heapUsed, listedRows, smartCount, targetOf, watchFirstRow } from './uiBench';

const group = 'scale';
const total = Number(process.env.TIDINGS_SCALE_ARTICLES ?? 1_000_000);
/** The same feeds with a hundredth of the articles: what the app costs when the store is small. */
const smallTotal = Math.max(2_000, Math.round(total / 100));
const upgradeTotal = Number(process.env.TIDINGS_SCALE_UPGRADE_ARTICLES ?? total);
const port = Number(process.env.TIDINGS_SCALE_PORT ?? 5287);
const originOf = (onPort: number) => `http://127.0.0.1:${onPort}`;

interface StoreRecord {
  stamp: string;
  articles: number;
  generatedAt: string;
  /** Filling the store through storePollResults and the mark functions. */
  generationMs: number;
  /** The articles' HTML, on average, in UTF-8. */
  bodyBytes: number;
  diskBytes: number;
}

interface UpgradeRecord {
  stamp: string;
  measuredAt: string;
  /** Writing the version-3 store's rows once, the baseline. */
  writeMs: number;
  figures: UpgradeFigures;
}

type PlanInfo = ReturnType<ScaleBenchApi['plan']>;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** Fills the app's store through the benchmark page, an epoch range per call, saying how far it has come. */
async function generate(call: BenchCall, articles: number, label: string): Promise<{ ms: number; bodyBytes: number }> {
  const plan = await call('plan', articles);
  await call('subscribe', articles);
  const step = Math.max(1, Math.round((plan.epochs * 50_000) / articles));
  let stored = 0;
  let elapsed = 0;
  let bodyBytes = 0;
  for (let epoch = 0; epoch < plan.epochs; epoch += step) {
    const done = await call('storeEpochs', articles, epoch, Math.min(plan.epochs, epoch + step));
    stored += done.articles;
    elapsed += done.ms;
    bodyBytes += done.bodyBytes;
    progress(`${label}: ${formatCount(stored)} of ${formatCount(articles)} articles stored, ${formatCount((stored / elapsed) * 1000)} a second`);
  }
  const summary = await call('summary');
  if (summary.articles !== articles) throw new Error(`${label}: ${summary.articles} articles stored, ${articles} planned`);
  progress(`${label}: ${formatCount(summary.unread)} unread, ${formatCount(summary.starred)} starred, ${summary.feeds} feeds, languages ${summary.languages.join(' ')}`);
  return { ms: elapsed, bodyBytes: bodyBytes / stored };
}

/** Thirty switches through the sources pane: smart views, language views and feeds of every size, in turn. */
function switchSequence(plan: PlanInfo, languages: readonly string[]): SourceId[] {
  const bySize = plan.feeds.filter((feed) => !feed.keepUnread && feed.articles > 0).sort((a, b) => b.articles - a.articles);
  const feeds = [0, 0.02, 0.1, 0.25, 0.5, 0.75, 0.95, 1].map((share) => bySize[Math.min(bySize.length - 1, Math.floor(share * bySize.length))]);
  const wire = plan.feeds.find((feed) => feed.keepUnread);
  const feedSources: SourceId[] = [...feeds, wire].flatMap((feed) => (feed ? [{ kind: 'feed', feedId: feed.id } as const] : []));
  const languageSources: SourceId[] = languages.map((language) => ({ kind: 'language', language }));
  const smart: SourceId[] = [{ kind: 'unread' }, { kind: 'all' }];
  return Array.from({ length: 30 }, (_, index): SourceId => {
    const turn = Math.floor(index / 3);
    const list = [languageSources, feedSources, smart][index % 3] ?? smart;
    return list[turn % list.length] ?? { kind: 'all' };
  });
}

interface AppFigures {
  coldPaint: number;
  paints: number[];
  switches: number[];
  skippedSwitches: number;
  opens: number[];
  markRead: number[];
  markUnread: number[];
  /** The wire feed's "Mark all as read": click → every row and the Unread count updated. */
  markAll: { articles: number; ms: number } | null;
  heap: { before: number; after: number };
  /** Rows the list held at the end, all pages it read included. */
  listedRows: number;
  /** What could not be measured, and why: the other parts still are. */
  failures: string[];
}

/**
 * The real app on the store's origin: loads, switches, opens, marks, as a reader does, timed to the painted answer.
 * Articles it opens are marked read by the app; they are made unread again afterwards so the store stays as generated.
 * A part that fails is reported and the next one runs.
 */
async function measureApp(
  context: BrowserContext,
  call: BenchCall,
  onPort: number,
  articles: number,
  { opens, marks, markAll }: { opens: number; marks: number; markAll: boolean },
): Promise<AppFigures> {
  const label = formatCount(articles);
  const page = await context.newPage();
  page.on('pageerror', (error) => progress(`${label}: the app threw: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    if (message.type() === 'error') progress(`${label}: the app logged an error: ${message.text().split('\n')[0]}`);
  });
  await page.addInitScript(watchFirstRow);
  const plan = await call('plan', articles);
  const feedUrls = new Map(plan.feeds.map((feed) => [feed.id, feed.url]));
  const openedUnread: string[] = [];
  const figures: AppFigures = {
    coldPaint: Number.NaN,
    paints: [],
    switches: [],
    skippedSwitches: 0,
    opens: [],
    markRead: [],
    markUnread: [],
    markAll: null,
    heap: { before: Number.NaN, after: Number.NaN },
    listedRows: 0,
    failures: [],
  };
  const attempt = async (part: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      const message = `${part}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
      figures.failures.push(message);
      progress(`${label}: could not measure ${message}`);
    }
  };
  let shownKey: string | undefined;
  try {
    await attempt('first paint', async () => {
      const paints: number[] = [];
      for (let load = 0; load < 6; load += 1) paints.push(await firstPaint(page, `${originOf(onPort)}/`));
      [figures.coldPaint = Number.NaN, ...figures.paints] = paints;
      progress(`${label}: first paint ${paints.map((ms) => ms.toFixed(0)).join(', ')} ms`);
      await page.bringToFront();
      const visibility = await page.evaluate(() => document.visibilityState);
      if (visibility !== 'visible') progress(`warning: the app page is ${visibility}; frames may be throttled`);
      shownKey = (await listedRows(page))[0]?.key;
    });

    await attempt('view switches', async () => {
      const summary = await call('summary');
      const sources = switchSequence(plan, summary.languages);
      const expected = await Promise.all(sources.map((source) => call('firstStory', source)));
      for (const [index, source] of sources.entries()) {
        const first = expected[index];
        // A view whose first row is the one already shown gives nothing to wait for.
        if (!first || first.key === shownKey) {
          figures.skippedSwitches += 1;
          continue;
        }
        figures.switches.push(await clickAndWait(page, targetOf(source, feedUrls), { kind: 'first-row', key: first.key }));
        shownKey = first.key;
        await page.waitForTimeout(150);
      }
      progress(`${label}: ${figures.switches.length} view switches, p50 ${p50(figures.switches).toFixed(0)} ms, p95 ${p95(figures.switches).toFixed(0)} ms`);
    });

    if (opens > 0) {
      let opened: { key: string } | undefined;
      await attempt('opening articles', async () => {
        const all = await call('firstStory', { kind: 'all' });
        if (all && all.key !== shownKey) await clickAndWait(page, { kind: 'source', label: 'All articles' }, { kind: 'first-row', key: all.key });
        shownKey = all?.key;
        const rows = (await listedRows(page)).slice(1, opens + 1);
        let shownTitle = '';
        for (const row of rows) {
          if (row.title === shownTitle) continue;
          if (row.unread) openedUnread.push(row.key);
          figures.opens.push(await clickAndWait(page, { kind: 'row', key: row.key }, { kind: 'reader-title', title: row.title }));
          shownTitle = row.title;
          opened = row;
          await page.waitForTimeout(100);
        }
        progress(`${label}: opening p50 ${p50(figures.opens).toFixed(0)} ms`);
      });
      await attempt('marking one read', async () => {
        for (let round = 0; opened && round < marks; round += 1) {
          const { key } = opened;
          figures.markUnread.push(await clickAndWait(page, { kind: 'read-button' }, { kind: 'read-button', text: 'Mark as read', rowKey: key, rowUnread: true }));
          await page.waitForTimeout(100);
          figures.markRead.push(await clickAndWait(page, { kind: 'read-button' }, { kind: 'read-button', text: 'Mark as unread', rowKey: key, rowUnread: false }));
          await page.waitForTimeout(100);
        }
        progress(`${label}: marking one read p50 ${p50(figures.markRead).toFixed(0)} ms`);
      });
    }

    const wire = plan.feeds.find((feed) => feed.keepUnread);
    if (markAll && wire) {
      await attempt('mark all read', async () => {
        const first = await call('firstStory', { kind: 'feed', feedId: wire.id });
        if (first && first.key !== shownKey) await clickAndWait(page, { kind: 'feed', url: wire.url }, { kind: 'first-row', key: first.key });
        const before = await smartCount(page, 'Unread');
        try {
          const ms = await clickAndWait(page, { kind: 'mark-all' }, { kind: 'all-read', unreadCount: before - wire.articles }, 300_000);
          figures.markAll = { articles: wire.articles, ms };
          progress(`${label}: "Mark all as read" of ${formatCount(wire.articles)} shown after ${seconds(ms)}`);
        } finally {
          await call('restoreWire', articles);
        }
      });
    }

    await attempt('heap', async () => {
      figures.listedRows = (await listedRows(page)).length;
      figures.heap = await heapUsed(page);
    });
    return figures;
  } finally {
    await call('restoreMarks', articles, openedUnread);
    await page.close();
  }
}

/** The v3 → v4 upgrade of a store of `upgradeTotal` articles, measured once per stamp and kept. */
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
  progress('upgrade: opening with version 4 and running its data move');
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
      store = { stamp, articles: total, generatedAt: new Date().toISOString(), generationMs: generated.ms, bodyBytes: generated.bodyBytes, diskBytes: cache.indexedDbBytes() };
      cache.write('store', store);
      progress(`stores generated in ${seconds(performance.now() - started)}, ${megabytes(store.diskBytes).toFixed(0)} MB on disk`);
    }
    await main.call('restoreMarks', total, []);
    await small.call('restoreMarks', smallTotal, []);

    progress('ingest against plain IndexedDB puts');
    const ingest = await main.call('measureIngest', total, 3);
    progress(`ingest ${formatCount(ingest.articles)}: ${ingest.oursMs.toFixed(0)} ms, plain put ${ingest.rawMs.toFixed(0)} ms; into the store ${ingest.intoStoreMs.toFixed(0)} ms, plain ${ingest.rawIntoStoreMs.toFixed(0)} ms`);
    progress('list queries, search and marks at the store');
    const plan = await main.call('plan', total);
    const summary = await main.call('summary');
    const folderSizes = plan.folders
      .map((folder) => ({ folder, articles: plan.feeds.filter((feed) => feed.folderId === folder.id).reduce((sum, feed) => sum + feed.articles, 0) }))
      .sort((a, b) => b.articles - a.articles);
    const folders: SourceId[] = [folderSizes[0], folderSizes[Math.floor(folderSizes.length / 2)], folderSizes.at(-1)].flatMap((entry) => (entry ? [{ kind: 'folder', folderId: entry.folder.id } as const] : []));
    const listSources = [...new Map([...switchSequence(plan, summary.languages), ...folders].map((source) => [JSON.stringify(source), source])).values()];
    const lists = await main.call('listTimes', listSources, 5);
    const queries = searchQueries();
    const search = await main.call('searchTimes', queries);
    const rawPage = await main.call('rawPageByKeyTimes', 20);
    const rawOpen = await main.call('rawOpenTimes', 20);
    const oneMark = await main.call('oneMarkTimes', 20);
    const storeMarkAll = { ...(await main.call('markFolderRead', total)), ...(await main.call('restoreWire', total)) };

    progress('the app on the store');
    const app = await measureApp(context, main.call, port, total, { opens: 20, marks: 10, markAll: true });
    progress('the app on the small store');
    const smallApp = await measureApp(context, small.call, port + 1, smallTotal, { opens: 0, marks: 0, markAll: false });
    progress(`schema upgrade of ${formatCount(upgradeTotal)} articles`);
    // The longest part of a first run: a failure here leaves the other figures standing.
    const upgrade = await measureUpgrade(main.call, cache, stamp).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));

    const names = new Map([...plan.feeds.map((feed) => [feed.id, feed.title] as const), ...plan.folders.map((folder) => [folder.id, folder.name] as const)]);
    return rows({ store, ingest, lists, search, rawPage, rawOpen, oneMark, storeMarkAll, app, smallApp, upgrade, summary, names, machine: machine(browserVersion) });
  } finally {
    await context.close();
    for (const app of apps) await app.close();
  }
}

type Figures = {
  store: StoreRecord;
  ingest: Awaited<ReturnType<ScaleBenchApi['measureIngest']>>;
  lists: Array<{ source: SourceId; ours: number[]; raw: number[] }>;
  search: Array<{ query: string; ms: number; hits: number }>;
  rawPage: number[];
  rawOpen: number[];
  oneMark: { read: number[]; unread: number[]; raw: number[] };
  storeMarkAll: MarkAllFigures;
  app: AppFigures;
  smallApp: AppFigures;
  upgrade: UpgradeRecord | Error;
  summary: { articles: number; unread: number; feeds: number; folders: number; languages: string[] };
  /** Feed and folder names by id. */
  names: ReadonlyMap<string, string>;
  machine: string;
};

function verdict(value: number, target: number, unit: string): string {
  return `${value < target ? 'meets' : 'MISSES'} the target (< ${target}${unit})`;
}

function rows(figures: Figures): BenchRow[] {
  const { store, ingest, lists, search, rawPage, rawOpen, oneMark, storeMarkAll, app, smallApp, upgrade, summary } = figures;
  const size = `${formatCount(summary.articles)} articles, ${formatCount(summary.unread)} unread, ${summary.feeds} feeds, ${summary.folders} folders, ${summary.languages.length} languages`;
  const perThousand = (ms: number) => (ms / ingest.articles) * 1000;
  const ingestRatio = ingest.oursMs / ingest.rawMs;
  const searchNote =
    ingest.searchMs === null
      ? 'the search module writes nothing at ingest yet'
      : `search indexing alone ${perThousand(ingest.searchMs).toFixed(0)} ms per 1,000 (${(ingest.searchMs / ingest.rawMs).toFixed(2)}× raw put), ${formatCount(ingest.searchRows ?? 0)} index rows for ${formatCount(ingest.articles)} articles; ingest without it ≈ ${((ingest.oursMs - ingest.searchMs) / ingest.rawMs).toFixed(2)}× raw put`;
  const listOurs = lists.flatMap((list) => list.ours);
  const listRaw = lists.flatMap((list) => list.raw);
  const slowest = [...lists].sort((a, b) => p95(b.ours) - p95(a.ours)).slice(0, 3);
  const hits = search.map((query) => query.hits);
  const searchMs = search.map((query) => query.ms);
  const slowQueries = [...search].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const rowsOut: BenchRow[] = [
    {
      group,
      name: `ingest, empty store (storePollResults, ${ingest.transactions} transactions of 25 feeds × 40 articles)`,
      value: perThousand(ingest.oursMs),
      unit: 'ms/1k articles',
      baseline: { name: 'plain IndexedDB put of the same rows and bodies', value: perThousand(ingest.rawMs) },
      note: `ingest: ${formatCount(ingest.articles)} new articles with counts, feeds and digests, median of 3; ${ingestRatio.toFixed(2)}× plain put, ${verdict(ingestRatio, 1.3, '×')}; ${searchNote}. Generating the store (${formatCount(store.articles)} articles, 2,000 feeds, article HTML ${store.bodyBytes.toFixed(0)} bytes on average) through the same ingest and the app's mark functions took ${(store.generationMs / 60_000).toFixed(1)} min on ${store.generatedAt.slice(0, 10)}, ${(megabytes(store.diskBytes) / 1024).toFixed(2)} GB on disk`,
    },
    {
      group,
      name: `ingest into the ${formatCount(summary.articles)}-article store`,
      value: perThousand(ingest.intoStoreMs),
      unit: 'ms/1k articles',
      baseline: { name: 'plain IndexedDB put into the same store', value: perThousand(ingest.rawIntoStoreMs) },
      note: `ingest into the full store: the same 20,000 articles for 25 new feeds; unsubscribing them again took ${seconds(ingest.removeMs)}`,
    },
    {
      group,
      name: `first paint (navigation → first rows painted), p50 of ${app.paints.length} loads`,
      value: p50(app.paints),
      unit: 'ms',
      baseline: { name: `same app, ${formatCount(smallTotal)}-article store`, value: p50(smallApp.paints) },
      note: `first paint: ${verdict(p50(app.paints), 1500, ' ms')}; the first load after the browser started took ${app.coldPaint.toFixed(0)} ms; store: ${size}; machine: ${figures.machine}`,
    },
    {
      group,
      name: `view switch in the app (click → new rows painted), p50 of ${app.switches.length}`,
      value: p50(app.switches),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB: 100 rows through the same index', value: p50(listRaw) },
      note: `view switch: language, feed (from the largest to the smallest) and smart views in turn; ${app.skippedSwitches} switches left out where the first row would not change; at ${formatCount(smallTotal)} articles p50 ${p50(smallApp.switches).toFixed(0)} ms, p95 ${p95(smallApp.switches).toFixed(0)} ms`,
    },
    {
      group,
      name: 'view switch in the app, p95',
      value: p95(app.switches),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB: 100 rows through the same index, p95', value: p95(listRaw) },
      note: `view switch p95: ${verdict(p95(app.switches), 100, ' ms')}`,
    },
    {
      group,
      name: `list query at the store (listStories, ${lists.length} sources incl. 3 folders), p95`,
      value: p95(listOurs),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB: the same index walks, p95', value: p95(listRaw) },
      note: `list query: p50 ${p50(listOurs).toFixed(1)} ms; slowest: ${slowest.map((list) => `${describe(list.source, figures.names)} p95 ${p95(list.ours).toFixed(0)} ms`).join(', ')}`,
    },
    {
      group,
      name: `open an article (click → title shown), p50 of ${app.opens.length}`,
      value: p50(app.opens),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB get of its row and body', value: p50(rawOpen) },
      note: `open an article: ${verdict(p50(app.opens), 50, ' ms')} at p50; p95 ${p95(app.opens).toFixed(0)} ms`,
    },
    {
      group,
      name: `mark one read in the app (click → row and button updated), p50 of ${app.markRead.length}`,
      value: p50(app.markRead),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB get + put of its row', value: p50(oneMark.raw) },
      note: `mark one read: the store's setRead alone p50 ${p50(oneMark.read).toFixed(1)} ms (unread again ${p50(oneMark.unread).toFixed(1)} ms); in the app, marking unread p50 ${p50(app.markUnread).toFixed(0)} ms`,
    },
  ];
  rowsOut.push({
    group,
    name: `mark all read, ${formatCount(storeMarkAll.articles)} articles (unreadKeysOf + markRead of a folder)`,
    value: storeMarkAll.findMs + storeMarkAll.markMs,
    unit: 'ms',
    baseline: { name: 'plain IndexedDB put of the same changed rows', value: storeMarkAll.rawMs },
    note: `mark all read: the wire folder, all unread; finding the keys ${storeMarkAll.findMs.toFixed(0)} ms, marking them ${storeMarkAll.markMs.toFixed(0)} ms, undo (setMarks unread) ${storeMarkAll.undoMs.toFixed(0)} ms; ${
      app.markAll ? `in the app, "Mark all as read" on the wire feed → rows and Unread count updated: ${app.markAll.ms.toFixed(0)} ms` : 'not measured in the app'
    } (no folder row in the sources pane yet)`,
  });
  rowsOut.push(
    {
      group,
      name: `search (searchPage, first page of 100), p50 of ${search.length} queries`,
      value: p50(searchMs),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB get of 100 rows by key', value: p50(rawPage) },
      note: `search: ${hits.every((count) => count === 0) ? 'NO RESULTS for any query: the search module finds nothing yet; ' : ''}hits per query from ${Math.min(...hits)} to ${Math.max(...hits)} (page of 100); slowest: ${slowQueries.map((query) => `"${query.query}" ${query.ms.toFixed(0)} ms`).join(', ')}`,
    },
    {
      group,
      name: 'search, p95',
      value: p95(searchMs),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB get of 100 rows by key, p95', value: p95(rawPage) },
      note: `search p95: ${verdict(p95(searchMs), 150, ' ms')}`,
    },
    {
      group,
      name: 'renderer JS heap after these (after a full GC)',
      value: megabytes(app.heap.after),
      unit: 'MB',
      baseline: { name: `same app, ${formatCount(smallTotal)}-article store`, value: megabytes(smallApp.heap.after) },
      note: `renderer heap: ${verdict(megabytes(app.heap.after), 400, ' MB')}; ${megabytes(app.heap.before).toFixed(0)} MB before the collection; the list held ${formatCount(app.listedRows)} rows by then (${formatCount(smallApp.listedRows)} on the small store)${
        [...app.failures, ...smallApp.failures].length > 0 ? `. NOT MEASURED: ${[...app.failures.map((failure) => `${formatCount(summary.articles)}: ${failure}`), ...smallApp.failures.map((failure) => `${formatCount(smallTotal)}: ${failure}`)].join('; ')}` : ''
      }`,
    },
  );
  rowsOut.push(upgradeRow(upgrade));
  return rowsOut;
}

function upgradeRow(upgrade: UpgradeRecord | Error): BenchRow {
  if (upgrade instanceof Error) {
    return { group, name: `schema upgrade from v3 of ${formatCount(upgradeTotal)} articles`, value: Number.NaN, unit: 's', note: `schema upgrade: could not run: ${upgrade.message.split('\n')[0]}` };
  }
  const up = upgrade.figures;
  return {
    group,
    name: `schema upgrade from v3 of ${formatCount(up.articles)} articles (open + runBackfills)`,
    value: up.totalMs / 1000,
    unit: 's',
    baseline: { name: 'writing the same v3 rows and bodies once', value: upgrade.writeMs / 1000 },
    note: `schema upgrade: version change (index changes) ${seconds(up.openMs)}, then ${up.batches} batches ${seconds(up.backfillMs)} (${up.moves.map((move) => `v${move.version} ${seconds(move.ms)} in ${move.batches}`).join(', ')}); longest time without progress ${seconds(up.longestWithoutProgressMs)}, ${up.longTasks} long tasks, longest ${up.longestTaskMs.toFixed(0)} ms, longest a 10 ms timer waited ${up.longestTimerDelayMs.toFixed(0)} ms; counts add up; measured ${upgrade.measuredAt.slice(0, 10)} and kept until the store's inputs change`,
  };
}

function describe(source: SourceId, names: ReadonlyMap<string, string>): string {
  switch (source.kind) {
    case 'feed':
      return `feed “${names.get(source.feedId) ?? source.feedId}”`;
    case 'folder':
      return `folder “${names.get(source.folderId) ?? source.folderId}”`;
    case 'language':
      return `language ${source.language}`;
    default:
      return source.kind;
  }
}
