import { loadavg, availableParallelism } from 'node:os';
import type { BenchRow } from '../table';
import { FetchAndParseFloor, NetworkFloor, type FloorRun } from './floors';
import { NewsboatProfile, newsboatVersion, type NewsboatRun } from './newsboat';
import { round, summary, tableRows } from './peerReport';
import { TidingsSession, type TidingsPhase } from './tidingsRefresh';
import { coldThenNext, externalWorkload, log, ownWorkload, type Pair } from './publishers';

/**
 * `npm run bench -- peer [--opml FILE --between 'SHELL COMMAND']`: a refresh of many feeds by Tidings (real renderer
 * in Chromium, real handlers), cold on a fresh profile and again after the publishers moved on, against newsboat and
 * against the network floor, all measured in the same run. Without --opml it serves its own workload (1,000 loopback
 * feeds, see workload.ts) and moves it on itself; with --opml, --between is run before every reader's second refresh.
 */
export interface PeerOptions {
  opml?: string;
  between?: string;
  /** Receives the one JSON line that must come last in the output. */
  summary: (line: string) => void;
}

// Each refresh is cut off at its limit, so that the whole suite stays under 10 minutes.
const limits = { floorMs: 60_000, tidingsColdMs: 120_000, tidingsNextMs: 60_000, newsboatColdMs: 150_000, newsboatNextMs: 180_000 };
/** newsboat comes last and gets what is left of this, when less than its own limits. */
const suiteBudgetMs = 570_000;

export async function benchPeer(options: PeerOptions): Promise<BenchRow[]> {
  const started = Date.now();
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const workload = options.opml ? externalWorkload(options.opml, options.between) : await ownWorkload();
  if (!options.opml && options.between) log('--between is for --opml; the benchmark’s own workload moves on by itself');
  const feeds = workload.feeds;
  log(`${feeds.length} feeds (${workload.label})`);
  try {
    const network = new NetworkFloor(feeds);
    const networkRuns = await coldThenNext<FloorRun>(workload, 'network floor', () => network.run(limits.floorMs / 2), () => network.run(limits.floorMs / 2));
    log(`network floor: cold ${networkRuns.cold.seconds.toFixed(2)} s, next ${networkRuns.next?.seconds.toFixed(2)} s`);

    const parseFloor = new FetchAndParseFloor(feeds);
    await parseFloor.warm();
    const parseRuns = await coldThenNext(workload, 'fetch+parse floor', () => parseFloor.refresh(), () => parseFloor.refresh());
    await parseFloor.close();
    log(`fetch+parse floor: cold ${parseRuns.cold.seconds.toFixed(2)} s (${parseRuns.cold.articles} articles), next ${parseRuns.next?.seconds.toFixed(2)} s (${parseRuns.next?.articles} articles)`);

    const tidings = await TidingsSession.start(feeds, log);
    let tidingsRuns: Pair<TidingsPhase>;
    try {
      tidingsRuns = await coldThenNext(
        workload,
        'Tidings',
        (stats) => tidings.cold(stats?.expectedArticles ?? null, limits.tidingsColdMs),
        (stats) => tidings.next(stats?.expectedArticles ?? null, limits.tidingsNextMs),
        (cold) => cold.complete || cold.articles > 0,
      );
    } finally {
      await tidings.close();
    }
    for (const [phase, run] of Object.entries({ cold: tidingsRuns.cold, next: tidingsRuns.next })) {
      if (run) log(`Tidings ${phase}: ${run.seconds.toFixed(2)} s${run.complete ? '' : ' (incomplete)'}, ${run.articles} stored of ${run.expected ?? '?'}; main ${JSON.stringify(run.main)}`);
    }

    const version = newsboatVersion();
    let newsboatRuns: Pair<NewsboatRun & { articles: number | null }> | null = null;
    if (version) {
      const profile = new NewsboatProfile(feeds, 8);
      try {
        const budgetLeft = () => Math.max(10_000, suiteBudgetMs - (Date.now() - started));
        const reload = async (timeoutMs: number) => ({ ...(await profile.reload(Math.min(timeoutMs, budgetLeft()))), articles: await profile.articles() });
        newsboatRuns = await coldThenNext(workload, `newsboat ${version}`, () => reload(limits.newsboatColdMs), () => reload(limits.newsboatNextMs));
      } finally {
        profile.dispose();
      }
      log(`newsboat: cold ${newsboatRuns.cold.seconds.toFixed(2)} s, next ${newsboatRuns.next?.seconds.toFixed(2)} s`);
    } else log('newsboat is not installed (apt-get install newsboat): no peer to compare with');

    // Several processes share the cores: a busy machine stretches every figure, the ratios less.
    const machine = { cores: availableParallelism(), loadAverage: { start: round(loadBefore), end: round(loadavg()[0]) } };
    log(`machine: ${machine.cores} cores, load average ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end`);
    const rows = tableRows(feeds.length, networkRuns, parseRuns, tidingsRuns, newsboatRuns, version);
    options.summary(JSON.stringify({ ...summary(feeds.length, options.opml ?? null, networkRuns, parseRuns, tidingsRuns, newsboatRuns, version, (Date.now() - started) / 1000), machine }));
    return rows;
  } finally {
    await workload.close();
  }
}
