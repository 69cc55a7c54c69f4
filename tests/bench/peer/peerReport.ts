import type { BenchRow } from '../table';
import type { FloorRun } from './floors';
import type { NewsboatRun } from './newsboat';
import type { TidingsPhase } from './tidingsRefresh';
import type { Pair, Served } from './publishers';

// The peer benchmark's figures: rows for the table, and the one-line JSON summary.

const group = 'peer';
const targets = { coldVsNewsboat: 1 / 4, nextVsNewsboat: 1 / 25, coldVsFloor: 1.5, stallMs: 50, longTaskMs: 100 };

export const round = (value: number | null | undefined, digits = 2) => (value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits)));

export type ParseRun = FloorRun & { articles: number };

export function summary(
  feeds: number,
  opml: string | null,
  network: Pair<FloorRun>,
  parse: Pair<ParseRun>,
  tidings: Pair<TidingsPhase>,
  newsboat: Pair<NewsboatRun & { articles: number | null }> | null,
  version: string | null,
  wallSeconds: number,
) {
  const phase = (run: TidingsPhase | null, served: Served | null) =>
    run && {
      seconds: round(run.seconds),
      complete: run.complete,
      articles: run.articles,
      expected: run.expected,
      notModified: served ? served.notModified : run.main.notModified,
      notModifiedSeenByMain: run.main.notModified,
      mainStallMs: round(run.mainStallMs, 1),
      idleProcessStallMs: round(run.idleStallMs, 1),
      longTasks: { count: run.longTasks.count, longestMs: round(run.longTasks.longestMs, 0), totalMs: round(run.longTasks.totalMs, 0) },
      mainPeakRssMB: round(run.mainPeakRssMB, 0),
      mainPeakHeapMB: round(run.mainPeakHeapMB, 0),
      rendererPeakHeapMB: round(run.rendererPeakHeapMB, 0),
      where: {
        mainLastResultS: round(run.main.lastResultMs / 1000),
        lastAcknowledgedS: round(run.main.lastAcknowledgementMs / 1000),
        subscribeCalls: run.main.subscribeCalls,
        resentByMain: run.main.resent,
        acknowledgements: run.main.acknowledgements,
        largestBatch: run.main.largestBatch,
        articlesSentByMain: run.main.articlesSent,
        cpuS: {
          main: round(run.mainCpuSeconds),
          ...Object.fromEntries(Object.entries(run.chromiumCpuSeconds).map(([kind, seconds]) => [kind, round(seconds)])),
        },
        rendererBusyS: round(run.rendererBusySeconds),
        rendererScriptS: round(run.rendererScriptSeconds),
        countsTableSum: run.countedArticles,
      },
    };
  return {
    bench: 'peer',
    workload: opml ?? 'own',
    feeds,
    seconds: { cold: round(tidings.cold.seconds), next: round(tidings.next?.seconds) },
    articles: { cold: tidings.cold.articles, next: tidings.next?.articles ?? null },
    notModified: { cold: phase(tidings.cold, tidings.served.cold)?.notModified ?? null, next: phase(tidings.next, tidings.served.next)?.notModified ?? null },
    mainStallMs: round(Math.max(tidings.cold.mainStallMs, tidings.next?.mainStallMs ?? 0), 1),
    rendererLongTasks: {
      count: tidings.cold.longTasks.count + (tidings.next?.longTasks.count ?? 0),
      longestMs: round(Math.max(tidings.cold.longTasks.longestMs, tidings.next?.longTasks.longestMs ?? 0), 0),
    },
    peakMemoryMB: {
      mainRss: round(Math.max(tidings.cold.mainPeakRssMB, tidings.next?.mainPeakRssMB ?? 0), 0),
      mainHeap: round(Math.max(tidings.cold.mainPeakHeapMB, tidings.next?.mainPeakHeapMB ?? 0), 0),
      rendererHeap: round(Math.max(tidings.cold.rendererPeakHeapMB ?? 0, tidings.next?.rendererPeakHeapMB ?? 0), 0),
    },
    tidings: { cold: phase(tidings.cold, tidings.served.cold), next: phase(tidings.next, tidings.served.next) },
    newsboat: newsboat && {
      version,
      seconds: { cold: round(newsboat.cold.seconds), next: round(newsboat.next?.seconds) },
      cpuS: { cold: round(newsboat.cold.cpuSeconds), next: round(newsboat.next?.cpuSeconds) },
      articles: { cold: newsboat.cold.articles, next: newsboat.next?.articles ?? null },
      complete: { cold: newsboat.cold.complete, next: newsboat.next?.complete ?? null },
    },
    networkFloor: { seconds: { cold: round(network.cold.seconds), next: round(network.next?.seconds) }, notModified: { cold: network.cold.notModified, next: network.next?.notModified ?? null } },
    fetchAndParseFloor: {
      seconds: { cold: round(parse.cold.seconds), next: round(parse.next?.seconds) },
      cpuS: { cold: round(parse.cold.cpuSeconds), next: round(parse.next?.cpuSeconds) },
      articles: { cold: parse.cold.articles, next: parse.next?.articles ?? null },
    },
    wallSeconds: round(wallSeconds, 0),
  };
}

export function tableRows(
  feeds: number,
  network: Pair<FloorRun>,
  parse: Pair<ParseRun>,
  tidings: Pair<TidingsPhase>,
  newsboat: Pair<NewsboatRun & { articles: number | null }> | null,
  version: string | null,
): BenchRow[] {
  const rows: BenchRow[] = [];
  const peer = `newsboat ${version ?? ''} (${8} threads)`.replace('  ', ' ');
  const workloadNote = `${feeds} feeds, refreshed cold on a fresh profile, then again after the publishers moved on; fetches 8 at once, 2 per host`;
  for (const phase of ['cold', 'next'] as const) {
    const run = tidings[phase];
    const newsboatRun = newsboat?.[phase] ?? null;
    const networkRun = network[phase];
    const parseRun = parse[phase];
    const served = tidings.served[phase];
    if (!run) {
      rows.push({ group, name: `${phase}: Tidings, not run (the cold refresh stored nothing)`, value: Number.NaN, unit: 's' });
      continue;
    }
    const incomplete = run.complete ? '' : ` (INCOMPLETE: ${run.articles} of ${run.expected ?? '?'} stored at the limit)`;
    const name = `${phase}: Tidings, every article stored${incomplete}`;
    const target = phase === 'cold' ? targets.coldVsNewsboat : targets.nextVsNewsboat;
    if (newsboatRun) {
      const peerName = newsboatRun.complete ? peer : `${peer}, cut off at the limit: at least`;
      rows.push({ group, name, value: run.seconds, unit: 's', baseline: { name: peerName, value: newsboatRun.seconds }, note: `target: Tidings ≤ ${target.toFixed(2)}× newsboat (cold ≥ 4× faster, next ≥ 25× faster); ${workloadNote}` });
    }
    if (networkRun) rows.push({ group, name, value: run.seconds, unit: 's', baseline: { name: 'network floor (fetch only)', value: networkRun.seconds }, note: phase === 'cold' ? `target: cold ≤ ${targets.coldVsFloor}× the floor` : workloadNote });
    if (parseRun) rows.push({ group, name, value: run.seconds, unit: 's', baseline: { name: 'fetch+parse floor (poller, no store)', value: parseRun.seconds }, note: workloadNote });
    rows.push({ group, name: `${phase}: Tidings main process, last result delivered`, value: run.main.lastResultMs / 1000, unit: 's', baseline: parseRun ? { name: 'fetch+parse floor', value: parseRun.seconds } : undefined, note: workloadNote });
    rows.push({ group, name: `${phase}: Tidings renderer main thread busy`, value: run.rendererBusySeconds ?? Number.NaN, unit: 's', baseline: { name: 'refresh wall time', value: run.seconds }, note: workloadNote });
    const cpuNote = 'CPU seconds during the refresh (Node\'s and Chromium\'s own accounting); all of these share the cores';
    rows.push({ group, name: `${phase}: CPU, Tidings main process (parse workers included)`, value: run.mainCpuSeconds, unit: 's', baseline: parseRun ? { name: 'fetch+parse floor, same work', value: parseRun.cpuSeconds } : undefined, note: cpuNote });
    for (const [kind, seconds] of Object.entries(run.chromiumCpuSeconds).filter(([, seconds]) => seconds >= 0.05)) {
      const what = kind === 'browser' ? 'browser process (IndexedDB writes)' : kind === 'renderer' ? 'renderer processes' : kind;
      rows.push({ group, name: `${phase}: CPU, Chromium ${what}`, value: seconds, unit: 's', note: cpuNote });
    }
    rows.push({ group, name: `${phase}: Tidings articles stored`, value: run.articles, unit: 'articles', baseline: run.expected !== null ? { name: 'served by answering feeds', value: run.expected } : undefined });
    if (newsboatRun) {
      const answers = newsboat?.served[phase];
      const conditional = answers ? `; ${answers.notModified} answered 304 (newsboat sends validators only from its third reload of a feed)` : '';
      if (newsboatRun.cpuSeconds !== null) {
        const tidingsCpu = run.mainCpuSeconds + Object.values(run.chromiumCpuSeconds).reduce((sum, seconds) => sum + seconds, 0);
        rows.push({ group, name: `${phase}: CPU, Tidings in all (main, renderer, browser…)`, value: tidingsCpu, unit: 's', baseline: { name: `${peer}${newsboatRun.complete ? '' : ', cut off: at least'}`, value: newsboatRun.cpuSeconds }, note: 'CPU seconds are the fairer comparison on a busy machine: wall time stretches with everyone else\'s work' });
      }
      rows.push({ group, name: `${phase}: ${peer}`, value: newsboatRun.seconds, unit: 's', note: `newsboat -x reload; ${newsboatRun.articles ?? '?'} articles in its cache (it reads no JSON Feed)${conditional}${newsboatRun.complete ? '' : '; INCOMPLETE (cut off at the limit)'}` });
    }
    if (networkRun) rows.push({ group, name: `${phase}: network floor (fetch only)`, value: networkRun.seconds, unit: 's', note: `${networkRun.ok} answered 200, ${networkRun.notModified} 304, ${networkRun.otherStatus} errors, ${networkRun.unanswered} unanswered; ${(networkRun.bytes / 1e6).toFixed(0)} MB` });
    if (parseRun) rows.push({ group, name: `${phase}: fetch+parse floor (the app's poller and parse workers, no store)`, value: parseRun.seconds, unit: 's' });
    rows.push({ group, name: `${phase}: 304 answers to Tidings`, value: served?.notModified ?? run.main.notModified, unit: 'feeds', note: served ? 'counted at the publishers' : 'counted in the main process' });
    rows.push({
      group,
      name: `${phase}: longest main-process stall (event-loop delay)`,
      value: run.mainStallMs,
      unit: 'ms',
      baseline: { name: 'an idle process beside it', value: run.idleStallMs },
      note: `target: none > ${targets.stallMs} ms; the idle process is held off by the machine alone`,
    });
    rows.push({ group, name: `${phase}: renderer long tasks, longest`, value: run.longTasks.longestMs, unit: 'ms', note: `target: none > ${targets.longTaskMs} ms` });
    rows.push({ group, name: `${phase}: renderer long tasks, count (total ${run.longTasks.totalMs.toFixed(0)} ms)`, value: run.longTasks.count, unit: 'tasks' });
    rows.push({ group, name: `${phase}: peak memory, main process RSS (parse workers and bench included)`, value: run.mainPeakRssMB, unit: 'MB' });
    rows.push({ group, name: `${phase}: peak memory, renderer JS heap`, value: run.rendererPeakHeapMB ?? Number.NaN, unit: 'MB' });
  }
  return rows;
}
