import type { SourceId } from '../../../renderer/db/paging';
import type { BenchRow } from '../table';
import { unreadShare } from './corpus/corpus';
import type { Figures, Part, UpgradeRecord } from './figures';
import type { IngestFigures } from './page/ingestBench';
import { formatCount, p50, p95 } from './stats';

const group = 'scale';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const megabytes = (bytes: number) => bytes / 1024 / 1024;

export function verdict(value: number, target: number, unit: string): string {
  if (!Number.isFinite(value)) return `not measured (target < ${target}${unit})`;
  return `${value < target ? 'meets' : 'MISSES'} the target (< ${target}${unit})`;
}

/** A row from a part of the benchmark, or, where the part failed, a row that says so. */
function rowOf<T>(name: string, unit: string, part: Part<T>, build: (value: T) => Omit<BenchRow, 'group' | 'name' | 'unit'>): BenchRow {
  if (part instanceof Error) {
    return { group, name, unit, value: Number.NaN, note: `${name}: NOT MEASURED: ${part.message.split('\n')[0]}` };
  }
  return { group, name, unit, ...build(part) };
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

function ingestRows({ ingest, store, summary }: Figures): BenchRow[] {
  const perThousand = (ms: number, articles: number) => (ms / articles) * 1000;
  const raw = (figures: IngestFigures) => ({ name: 'plain IndexedDB put of the same rows and bodies', value: perThousand(figures.rawMs, figures.articles) });
  return [
    rowOf('ingest into an empty store (storePollResults, 20 transactions of 25 feeds × 40 articles)', 'ms/1k articles', ingest, (figures) => ({
      value: perThousand(figures.oursMs, figures.articles),
      baseline: raw(figures),
      note: `ingest: ${formatCount(figures.articles)} new articles with their counts, feeds and search postings (digests and search terms come from the feed worker), median of 3 rounds taking turns with the plain put; ${(figures.oursMs / figures.rawMs).toFixed(2)}× the plain put with the search index written. Generating the store (${formatCount(store.articles)} articles, 2,000 feeds, article HTML ${store.bodyBytes.toFixed(0)} bytes on average) through the same ingest, the app's mark functions and a merge of the search index after each of its 100 refreshes took ${(store.generationMs / 60_000).toFixed(0)} min (merges ${(store.compactMs / 60_000).toFixed(0)} min) on ${store.generatedAt.slice(0, 10)}; ${(megabytes(store.diskBytes) / 1024).toFixed(2)} GB on disk`,
    })),
    rowOf('ingest without the search index (the ingest above less indexing alone)', 'ms/1k articles', ingest, (figures) => {
      const withoutIndex = figures.oursMs - (figures.searchMs ?? 0);
      const ratio = withoutIndex / figures.rawMs;
      return {
        value: perThousand(withoutIndex, figures.articles),
        baseline: raw(figures),
        note: `ingest without the search index: rows, bodies, counts and feeds, as the issue measures it (the ingest's time less the median time of indexArticles over the same batches in transactions of their own, which writes the same segments); ${ratio.toFixed(2)}× the plain put, ${verdict(ratio, 1.3, '×')}`,
      };
    }),
    rowOf('search indexing alone (indexArticles over the same batches)', 'ms/1k articles', ingest, (figures) =>
      figures.searchMs === null
        ? { value: 0, note: 'the search module writes nothing at ingest' }
        : {
            value: perThousand(figures.searchMs, figures.articles),
            baseline: raw(figures),
            note: `search indexing alone: ${formatCount(figures.searchRows ?? 0)} index rows for ${formatCount(figures.articles)} articles, in transactions of its own; its share of the ingest above`,
          },
    ),
    rowOf(`ingest into the ${formatCount(summary.articles)}-article store`, 'ms/1k articles', ingest, (figures) => ({
      value: perThousand(figures.intoStoreMs, figures.articles),
      baseline: { name: 'plain IndexedDB put into the same store', value: perThousand(figures.rawIntoStoreMs, figures.articles) },
      note: `ingest into the full store: the same 20,000 articles for 25 new feeds, ${(figures.intoStoreMs / figures.oursMs).toFixed(2)}× the time into an empty store; unsubscribing the 25 feeds again took ${seconds(figures.removeMs)}`,
    })),
  ];
}

function appRows({ app, smallApp, smallTotal, lists, rawOpen, oneMark, storeMarkAll, summary, names, machine }: Figures): BenchRow[] {
  const size = `${formatCount(summary.articles)} articles, ${formatCount(summary.unread)} unread, ${summary.feeds} feeds, ${summary.folders} folders, ${summary.languages.length} languages`;
  const listRaw = lists instanceof Error ? [] : lists.flatMap((list) => list.raw);
  const failures = [...app.failures.map((failure) => `${formatCount(summary.articles)}: ${failure}`), ...smallApp.failures.map((failure) => `${formatCount(smallTotal)}: ${failure}`)];
  const rows: BenchRow[] = [
    {
      group,
      name: `first paint (navigation → first rows painted), p50 of ${app.paints.length} loads`,
      value: p50(app.paints),
      unit: 'ms',
      baseline: { name: `same app, ${formatCount(smallTotal)}-article store`, value: p50(smallApp.paints) },
      note: `first paint: ${verdict(p50(app.paints), 1500, ' ms')}; the first load after the browser started took ${app.coldPaint.toFixed(0)} ms; store: ${size}; machine: ${machine}`,
    },
    {
      group,
      name: `view switch in the app (click → new rows painted), p50 of ${app.switches.length}`,
      value: p50(app.switches),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB: 100 rows through the same index', value: p50(listRaw) },
      note: `view switch: language, feed (from the largest to the smallest) and smart views in turn; ${app.skippedSwitches} left out where the first row would not change; on the ${formatCount(smallTotal)}-article store p50 ${p50(smallApp.switches).toFixed(0)} ms, p95 ${p95(smallApp.switches).toFixed(0)} ms`,
    },
    {
      group,
      name: 'view switch in the app, p95',
      value: p95(app.switches),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB: 100 rows through the same index, p95', value: p95(listRaw) },
      note: `view switch p95: ${verdict(p95(app.switches), 100, ' ms')}`,
    },
    rowOf('list query at the store (listStories, the views above and 3 folders), p95', 'ms', lists, (figures) => {
      const ours = figures.flatMap((list) => list.ours);
      const slowest = [...figures].sort((a, b) => p95(b.ours) - p95(a.ours)).slice(0, 3);
      return {
        value: p95(ours),
        baseline: { name: 'plain IndexedDB: the same index walks, p95', value: p95(listRaw) },
        note: `list query: what the list's live query reads and groups, from a second page of the origin; p50 ${p50(ours).toFixed(1)} ms; slowest ${slowest.map((list) => `${describe(list.source, names)} p95 ${p95(list.ours).toFixed(0)} ms`).join(', ')}`,
      };
    }),
    {
      group,
      name: `open an article (click → title shown), p50 of ${app.opens.length}`,
      value: p50(app.opens),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB get of its row and body', value: rawOpen instanceof Error ? Number.NaN : p50(rawOpen) },
      note: `open an article: ${verdict(p50(app.opens), 50, ' ms')} at p50; p95 ${p95(app.opens).toFixed(0)} ms`,
    },
    {
      group,
      name: `mark one read in the app (click → row and button updated), p50 of ${app.markRead.length}`,
      value: p50(app.markRead),
      unit: 'ms',
      baseline: { name: 'plain IndexedDB get + put of its row', value: oneMark instanceof Error ? Number.NaN : p50(oneMark.raw) },
      note: `mark one read: ${oneMark instanceof Error ? '' : `the store's setRead alone p50 ${p50(oneMark.read).toFixed(1)} ms (unread again ${p50(oneMark.unread).toFixed(1)} ms); `}in the app, marking unread p50 ${p50(app.markUnread).toFixed(0)} ms`,
    },
    rowOf(`mark all read of a ${formatCount(summary.articles * unreadShare)}-article folder (unreadKeysOf + markRead)`, 'ms', storeMarkAll, (figures) => ({
      value: figures.findMs + figures.markMs,
      baseline: { name: 'plain IndexedDB get + put of the same changed rows', value: figures.rawMs },
      note: `mark all read: the wire folder, ${formatCount(figures.articles)} unread articles; finding their keys ${figures.findMs.toFixed(0)} ms, marking them ${figures.markMs.toFixed(0)} ms, unread again (an undo) ${figures.undoMs.toFixed(0)} ms; ${
        app.markAll ? `in the app, "Mark all as read" on the wire feed → its rows and the Unread count updated: ${app.markAll.ms.toFixed(0)} ms` : 'not measured in the app'
      } (the sources pane has no folder rows yet)`,
    })),
    {
      group,
      name: 'renderer JS heap after these (after a full GC)',
      value: megabytes(app.heap.after),
      unit: 'MB',
      baseline: { name: `same app, ${formatCount(smallTotal)}-article store`, value: megabytes(smallApp.heap.after) },
      note: `renderer heap: ${verdict(megabytes(app.heap.after), 400, ' MB')}; ${megabytes(app.heap.before).toFixed(0)} MB before the collection; the list held ${formatCount(app.listedRows)} rows by then (${formatCount(smallApp.listedRows)} on the small store)${failures.length > 0 ? `. NOT MEASURED: ${failures.join('; ')}` : ''}`,
    },
  ];
  return rows;
}

function searchRows({ search, rawPage }: Figures): BenchRow[] {
  const rawTimes = rawPage instanceof Error ? [] : rawPage;
  return [
    rowOf('search (searchPage, first page of 100), p50 of 50 queries', 'ms', search, (queries) => {
      const hits = queries.map((query) => query.hits);
      const slowest = [...queries].sort((a, b) => b.ms - a.ms).slice(0, 3);
      return {
        value: p50(queries.map((query) => query.ms)),
        baseline: { name: 'plain IndexedDB get of 100 rows by key', value: p50(rawTimes) },
        note: `search: from a second page of the origin (no search box yet); ${hits.every((count) => count === 0) ? 'NO RESULTS for any query; ' : ''}results per query ${Math.min(...hits)} to ${Math.max(...hits)} (a page holds 100), ${hits.filter((count) => count === 0).length} queries found nothing; slowest ${slowest.map((query) => `"${query.query}" ${query.ms.toFixed(0)} ms`).join(', ')}`,
      };
    }),
    rowOf('search, p95', 'ms', search, (queries) => {
      const value = p95(queries.map((query) => query.ms));
      return { value, baseline: { name: 'plain IndexedDB get of 100 rows by key, p95', value: p95(rawTimes) }, note: `search p95: ${verdict(value, 150, ' ms')}` };
    }),
  ];
}

function upgradeRows({ upgrade, upgradeTotal }: Figures): BenchRow[] {
  return [
    rowOf(`schema upgrade from v3, ${formatCount(upgradeTotal)} articles (open + runBackfills)`, 's', upgrade, ({ figures: up, writeMs, measuredAt }: UpgradeRecord) => ({
      value: up.totalMs / 1000,
      baseline: { name: 'writing the same v3 rows and bodies once', value: writeMs / 1000 },
      note: `schema upgrade: the version change (index changes, one transaction) ${seconds(up.openMs)}, then ${up.batches} batches ${seconds(up.backfillMs)} (${up.moves.map((move) => `v${move.version} ${seconds(move.ms)} in ${move.batches}`).join(', ')}); longest time without progress ${seconds(up.longestWithoutProgressMs)}; then the search index's merge ${seconds(up.compactMs)}; throughout, ${up.longTasks} long tasks, the longest ${up.longestTaskMs.toFixed(0)} ms, and a 10 ms timer waited at most ${up.longestTimerDelayMs.toFixed(0)} ms; the counts add up; measured ${measuredAt.slice(0, 10)} and kept until the store's inputs change`,
    })),
  ];
}

/** The table's rows, each with its baseline and a note that holds it against its target. */
export function scaleRows(figures: Figures): BenchRow[] {
  return [...ingestRows(figures), ...appRows(figures), ...searchRows(figures), ...upgradeRows(figures)];
}
