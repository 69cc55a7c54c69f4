import { availableParallelism, loadavg } from 'node:os';
import { defaultRendererDir } from '../../../electron/web/webApp';
import type { OpmlExport } from '../../../shared/opml/opmlTypes';
import { writeOpml } from '../../../shared/opml/writeOpml';
import { medianMs } from '../measure';
import { ensureBuilt } from '../scale/app';
import { attemptsInto } from '../scale/attempts';
import { verdict } from '../scale/scaleRows';
import { formatCount, p50, progress } from '../scale/stats';
import type { BenchRow } from '../table';
import { startNotFoundHosts } from './notFoundHosts';
import { importRound, launchBrowser, type RoundFigures } from './sourcesRound';
import { describeFrame, type LongFrame } from './sourcesWatch';

const group = 'sources';
/** Hosts the feeds are spread over, as a reader's are over their publishers': the poller fetches a host two at a time. */
const hostCount = 20;
/** Imports measured, each into an empty profile: the figures of one import swing with whatever else the machine runs. */
const rounds = 3;

const longest = (tasks: readonly number[]): number => Math.max(0, ...tasks);
const worst = (values: readonly number[]): number => (values.length ? Math.max(...values) : Number.NaN);
const list = (values: readonly number[]): string => values.map((value) => value.toFixed(0)).join(', ');
const longestFrame = (frames: ReadonlyArray<LongFrame | null>): LongFrame | null =>
  frames.reduce<LongFrame | null>((longest, frame) => (frame && (!longest || frame.duration > longest.duration) ? frame : longest), null);
/** Other work on the machine stretches every figure here: the load is given with them. */
const load = (): string => loadavg()[0]?.toFixed(1) ?? '?';

/**
 * `npm run bench -- sources`, in the real renderer build in Chromium: an OPML file of the subscriptions `make` gives
 * imported through Preferences into an empty profile, the same profile reloaded as the baseline, and the export. The
 * feeds' addresses are on loopback servers that answer 404 at once, so the app's first fetch of each, which starts
 * during the import, costs little and marks the feed as failing. TIDINGS_RENDERER_DIR measures another renderer
 * build (an older one, to compare), else this checkout's is built when stale. TIDINGS_SOURCES_PROFILE=<folder> saves
 * a renderer CPU profile of each import's first fetches being stored (sourcesRound.ts).
 */
export async function benchSourcesPage(make: (base: (index: number) => string) => OpmlExport): Promise<BenchRow[]> {
  const rendererDir = process.env.TIDINGS_RENDERER_DIR;
  if (!rendererDir) ensureBuilt();
  const hosts = await startNotFoundHosts(hostCount);
  try {
    return await measurePage(make((index) => `${hosts.origins[index % hostCount] ?? ''}/site-${index}`), rendererDir ?? defaultRendererDir);
  } finally {
    await hosts.close();
  }
}

async function measurePage(document: OpmlExport, rendererDir: string): Promise<BenchRow[]> {
  const text = writeOpml(document);
  const failures: string[] = [];
  const attempt = attemptsInto(failures, 'sources', progress);
  const figures: RoundFigures[] = [];
  const loadBefore = load();
  const browser = await launchBrowser();
  try {
    for (let round = 1; round <= rounds; round += 1) {
      await attempt(`import ${round}`, async () => {
        const figure = await importRound(browser, rendererDir, document, text);
        figures.push(figure);
        progress(
          `sources: import ${round}: tree shown ${figure.treeMs.toFixed(0)} ms, summary ${figure.summaryMs.toFixed(0)} ms, ${figure.importLongTasks.length} long tasks, longest ${longest(figure.importLongTasks).toFixed(0)} ms, longest frame ${describeFrame(figure.importFrame)}, main stall ${figure.importStallMs.toFixed(0)} ms; reloads ${list(figure.reloads.map((reload) => reload.treeMs))} ms; exports ${list(figure.exports)} ms`,
        );
      });
    }
  } finally {
    await browser.close();
  }
  const writeMs = await medianMs(30, () => writeOpml(document));
  const build = rendererDir === defaultRendererDir ? '' : `; renderer build ${rendererDir}`;
  const machine = `${availableParallelism()} CPUs, load average ${loadBefore} before the imports and ${load()} after${build}`;
  return pageRows(figures, { writeMs, feeds: document.feeds.length, folders: document.folders.length, failures, machine });
}

interface PageContext {
  writeMs: number;
  feeds: number;
  folders: number;
  failures: string[];
  machine: string;
}

function pageRows(figures: readonly RoundFigures[], { writeMs, feeds, folders, failures, machine }: PageContext): BenchRow[] {
  const row = (name: string, value: number, unit: string, baseline: BenchRow['baseline'], note: string): BenchRow => ({ group, name, value, unit, baseline, note });
  const of = (pick: (figure: RoundFigures) => number) => figures.map(pick);
  const reloads = figures.flatMap((figure) => figure.reloads);
  const reloadTree = p50(reloads.map((reload) => reload.treeMs));
  const reloadLongest = worst(reloads.map((reload) => longest(reload.longTasks)));
  const reloadStall = worst(reloads.map((reload) => reload.stallMs));
  const trees = of((figure) => figure.treeMs);
  const importLongest = worst(of((figure) => longest(figure.importLongTasks)));
  const over100 = of((figure) => figure.importLongTasks.filter((duration) => duration > 100).length);
  const importNote =
    `import: ${formatCount(feeds)} feeds in ${folders} folders (on ${hostCount} loopback servers that answer 404 at once, so the poller's first fetch of each, which starts during the import, costs little), ` +
    `through Preferences → "Import subscriptions…" into an empty profile, ${figures.length} imports; file given (the input's change event) → the "Feeds" tree listing all ${folders} folders and ${formatCount(feeds)} feeds (its rows in view drawn; only those are in the page), then a frame: ${list(trees)} ms, ${verdict(worst(trees), 2000, ' ms')}; ` +
    `→ the summary (“${figures[0]?.summary ?? ''}”): ${list(of((figure) => figure.summaryMs))} ms; ` +
    `renderer long tasks (PerformanceObserver) from the file to both shown: ${list(of((figure) => figure.importLongTasks.length))} (${list(over100)} over 100 ms), longest ${list(of((figure) => longest(figure.importLongTasks)))} ms, ${verdict(importLongest, 100, ' ms')} for the longest; ` +
    `longest animation frame of each import: ${figures.map((figure) => describeFrame(figure.importFrame)).join('; ')}; ` +
    `main-process stall (event-loop delay, 10 ms resolution, the backend in its own process): ${list(of((figure) => figure.importStallMs))} ms. ` +
    `Baseline: the same profile reloaded (navigation → the same rows shown, then a frame), ${reloads.length} loads: ${list(reloads.map((reload) => reload.treeMs))} ms, longest long task ${reloadLongest.toFixed(0)} ms, longest frame ${describeFrame(longestFrame(reloads.map((reload) => reload.frame)))}; its rows by then show their failed first fetch. Machine: ${machine}`;
  const settled = figures.filter((figure) => Number.isFinite(figure.settleMs));
  const settleNote = `after the import: from the tree shown until every imported feed's first fetch (404) is stored and shown failing: ${list(settled.map((figure) => figure.settleMs))} ms; renderer long tasks ${list(settled.map((figure) => figure.settleLongTasks.length))}, longest ${list(settled.map((figure) => longest(figure.settleLongTasks)))} ms; longest frame ${describeFrame(longestFrame(settled.map((figure) => figure.settleFrame)))}; main-process stall ${list(settled.map((figure) => figure.settleStallMs))} ms`;
  const exports = figures.flatMap((figure) => figure.exports);
  const exportNote = `export: Preferences → "Export subscriptions…" of the ${formatCount(feeds)} imported feeds, click → the browser's download event, on the benchmark's clock (includes two DevTools round trips); ${exports.length} exports: ${list(exports)} ms; baseline: writeOpml of the same subscriptions in Node, median of 30`;
  const rows: BenchRow[] = [
    row(`import of ${formatCount(feeds)} feeds (UI): file given → tree shown, p50`, p50(trees), 'ms', { name: 'same profile reloaded: navigation → tree shown, p50', value: reloadTree }, importNote),
    row('import (UI): file given → summary shown, p50', p50(of((figure) => figure.summaryMs)), 'ms', { name: 'same profile reloaded: navigation → tree shown, p50', value: reloadTree }, importNote),
    row('import (UI): longest renderer long task, worst import', importLongest, 'ms', { name: 'reload: longest long task, worst load', value: reloadLongest }, importNote),
    row('import (UI): renderer long tasks, p50 count', p50(of((figure) => figure.importLongTasks.length)), 'tasks', { name: 'reload: long tasks, p50 count', value: p50(reloads.map((reload) => reload.longTasks.length)) }, importNote),
    row('import (UI): longest main-process stall, worst import', worst(of((figure) => figure.importStallMs)), 'ms', { name: 'reload: longest main-process stall, worst load', value: reloadStall }, importNote),
    row('first fetches of the imported feeds stored: longest long task', worst(settled.map((figure) => longest(figure.settleLongTasks))), 'ms', { name: 'reload: longest long task, worst load', value: reloadLongest }, settleNote),
    row(`export of ${formatCount(feeds)} feeds (UI): click → download, p50`, p50(exports), 'ms', { name: 'writeOpml of the same data in Node', value: writeMs }, exportNote),
  ];
  if (failures.length) rows.push(row('parts not measured', failures.length, 'parts', undefined, `NOT MEASURED: ${failures.join('; ')}`));
  return rows;
}
