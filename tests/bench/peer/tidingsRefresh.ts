import { newFeedRecord } from '../../../renderer/db/feeds';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { defaultRendererDir } from '../../../electron/web/webApp';
import type { FeedRecord } from '../../../renderer/db/records';
import playwrightConfig from '../../../playwright.config';
import { BackendProcess, type MainStatus } from './backendProcess';
import { IdleProbe } from './idleProbe';
import type { MainActivity } from './mainProbe';
import type { OpmlFeed } from './opml';
import { chromiumCpu, cpuSpent, type ChromiumCpu } from './processCpu';
import { importFeeds, longTasksSince, observeLongTasks, pageNow, rendererMetrics, storedArticles, type LongTasks } from './pageProbe';

/** One refresh of Tidings, from its start until every article is stored. */
export interface TidingsPhase {
  /** Every expected article stored; without an expectation, everything delivered was acknowledged and the count held still. */
  complete: boolean;
  /** Seconds from the start (page load, or the click on Refresh) to all stored; the time limit when not complete. */
  seconds: number;
  /** Rows in `articles` at the end. */
  articles: number;
  /** The `counts` table's sum at the end, when the schema has one: it should equal `articles`. */
  countedArticles: number | null;
  expected: number | null;
  main: MainActivity;
  /** Longest event-loop delay of the main process (the backend's own process). */
  mainStallMs: number;
  /** Longest event-loop delay of an idle process over the same refresh (idleProbe.ts). */
  idleStallMs: number;
  /** CPU seconds of that process, its parse workers included. */
  mainCpuSeconds: number;
  /** CPU seconds of Chromium's processes by kind: the renderers, and the browser process, where IndexedDB writes. */
  chromiumCpuSeconds: ChromiumCpu;
  longTasks: LongTasks;
  /** Seconds the renderer's main thread was busy, and running script. */
  rendererBusySeconds: number | null;
  rendererScriptSeconds: number | null;
  mainPeakRssMB: number;
  mainPeakHeapMB: number;
  rendererPeakHeapMB: number | null;
  /** [seconds, articles stored] about once a second. */
  timeline: Array<[number, number]>;
  consoleErrors: { count: number; first: string[] };
}

/** How often main is asked how far it is, and every how many of those the page's database is read. */
const statusMs = 100;
const pageEvery = 10;
/** With everything acknowledged but fewer articles than expected, the count gets this long to catch up. */
const settleMs = 3_000;
/** A window that never acknowledges (a build without the writer contract) is judged by its count alone, after this. */
const unacknowledgedSettleMs = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

/**
 * The renderer build to measure: TIDINGS_RENDERER_DIR, else dist/renderer; a warning when the sources are newer.
 * TIDINGS_PEER_PROFILE=<folder> also saves a CPU profile of the renderer for each refresh there.
 */
export function rendererBuild(log: (line: string) => void): string {
  const dir = process.env.TIDINGS_RENDERER_DIR ?? defaultRendererDir;
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`no renderer build at ${dir}: run npm run build`);
  const sources = Math.max(...['renderer', 'shared'].map((folder) => newestMtime(folder)));
  if (sources > statSync(join(dir, 'index.html')).mtimeMs) log(`warning: renderer/ or shared/ changed after the build in ${dir}; run npm run build to measure the current code`);
  return dir;
}

function feedRecords(feeds: readonly OpmlFeed[], now: number): FeedRecord[] {
  // As renderer/db/feeds.ts addFeed writes a subscription, but never fetched: every feed is due at once.
  return feeds.map((feed) => ({ ...newFeedRecord(feed.url, { addedAt: now, lastFetchedAt: null, id: randomUUID() }), title: feed.title }));
}

/**
 * Tidings as a reader runs it: the real renderer build in Chromium, on a fresh profile holding the subscriptions, over
 * the real main-process handlers (the web transport), its poller left to the benchmark's refreshes alone.
 */
export class TidingsSession {
  private consoleErrors: string[] = [];

  private constructor(
    private readonly feeds: readonly OpmlFeed[],
    private readonly main: BackendProcess,
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly devtools: CDPSession,
    private readonly browserDevtools: CDPSession,
    private readonly log: (line: string) => void,
  ) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // An error object logs as its class name alone: its message (and Dexie's inner error) say what went wrong.
      const described = message.args().map((argument) =>
        argument
          .evaluate((value) => {
            if (!(value instanceof Error)) return String(value);
            const inner = (value as Error & { inner?: unknown }).inner;
            return `${value.name}: ${value.message}${inner instanceof Error ? ` (inner ${inner.name}: ${inner.message})` : ''}`;
          })
          .catch(() => '?'),
      );
      void Promise.all(described).then((parts) => this.consoleErrors.push(parts.join(' ').slice(0, 500)));
    });
    page.on('crash', () => log('the renderer crashed'));
  }

  static async start(feeds: readonly OpmlFeed[], log: (line: string) => void): Promise<TidingsSession> {
    const main = await BackendProcess.start(rendererBuild(log));
    const launch = playwrightConfig.use?.launchOptions ?? {};
    const browser = await chromium.launch({ ...launch, headless: true, timeout: 60_000 });
    const context = await browser.newContext({ viewport: playwrightConfig.use?.viewport ?? { width: 1360, height: 860 } });
    await observeLongTasks(context);
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Performance.enable');
    await page.goto(main.url, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Refresh' }).waitFor({ timeout: 60_000 });
    await importFeeds(page, feedRecords(feeds, Date.now()));
    return new TidingsSession(feeds, main, browser, page, devtools, await browser.newBrowserCDPSession(), log);
  }

  /** Loads the app on the new profile: every feed is due, so it refreshes them all at once. */
  cold(expected: number | null, timeoutMs: number): Promise<TidingsPhase> {
    return this.measure('cold', expected, timeoutMs, async () => {
      await this.page.reload({ waitUntil: 'commit', timeout: 60_000 });
      return 0;
    });
  }

  /** The reader clicks Refresh. */
  next(expected: number | null, timeoutMs: number): Promise<TidingsPhase> {
    return this.measure('next', expected, timeoutMs, async () => {
      const since = await pageNow(this.page);
      await this.page.getByRole('button', { name: 'Refresh' }).click({ timeout: timeoutMs });
      return since;
    });
  }

  private async measure(label: string, expected: number | null, timeoutMs: number, start: () => Promise<number>): Promise<TidingsPhase> {
    const { page, main } = this;
    const feeds = this.feeds.length;
    this.consoleErrors = [];
    const before = await rendererMetrics(this.devtools);
    let rendererPeakHeap = Number.NaN;
    let latest = before;
    const profiling = process.env.TIDINGS_PEER_PROFILE;
    if (profiling) {
      await this.devtools.send('Profiler.enable');
      await this.devtools.send('Profiler.start');
    }

    const chromiumBefore = await chromiumCpu(this.browserDevtools);
    const idle = await IdleProbe.start();
    await main.begin(feeds);
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const pageSince = await start();
    const timeline: Array<[number, number]> = [];
    let stored = -1;
    let lastChangeMs = Number.NaN;
    let doneMs = Number.NaN;
    let complete = false;
    let nextLogMs = 5_000;
    let settledSinceMs = Number.NaN;
    const readCount = async () => {
      const count = (await storedArticles(page).catch(() => ({ articles: stored }))).articles;
      const observedMs = elapsed();
      if (count !== stored) {
        if (stored >= 0) lastChangeMs = observedMs;
        stored = count;
      }
      if (timeline.length === 0 || observedMs - (timeline.at(-1)?.[0] ?? 0) * 1000 >= 1_000) timeline.push([observedMs / 1000, count]);
      return { count, observedMs };
    };
    for (let round = 0; elapsed() <= timeoutMs; round += 1) {
      // Main is asked often (it costs the page nothing); the page's database less often, since every read of it
      // queues behind the writes being measured.
      const status: MainStatus = await main.status();
      const { activity } = status;
      const acknowledged = activity.results >= feeds && status.idle && status.held === 0 && activity.acknowledgements > 0;
      if (round % pageEvery === 0 || acknowledged) {
        const { count, observedMs } = await readCount();
        if (round % (5 * pageEvery) === 0) {
          latest = (await rendererMetrics(this.devtools)) ?? latest;
          if (latest) rendererPeakHeap = Math.max(Number.isNaN(rendererPeakHeap) ? 0 : rendererPeakHeap, latest.heapUsedBytes);
        }
        if (observedMs >= nextLogMs) {
          this.log(`tidings ${label}: ${(observedMs / 1000).toFixed(0)} s, ${count} stored, ${activity.results}/${feeds} results from main, ${activity.acknowledgedResults} acknowledged`);
          nextLogMs += 5_000;
        }
        if (acknowledged) {
          // Every result was stored and acknowledged (after its transaction committed): done when the last was.
          if (Number.isNaN(settledSinceMs)) settledSinceMs = observedMs;
          if (expected === null || count >= expected || observedMs - settledSinceMs >= settleMs) {
            doneMs = activity.lastAcknowledgementMs;
            complete = expected === null || count >= expected;
            break;
          }
        } else if (expected !== null && count >= expected) {
          doneMs = observedMs;
          complete = true;
          break;
        } else if (activity.results >= feeds && status.idle && activity.acknowledgements === 0) {
          // A build that never acknowledges: judged by its count alone, once it has held still.
          const quietSince = Math.max(Number.isNaN(lastChangeMs) ? 0 : lastChangeMs, activity.lastResultMs);
          if (observedMs - quietSince >= unacknowledgedSettleMs) {
            doneMs = Number.isNaN(lastChangeMs) ? activity.lastResultMs : lastChangeMs;
            complete = expected === null;
            break;
          }
        }
      }
      await sleep(statusMs);
    }
    const report = await main.end();
    const idleStallMs = await idle.end();
    const chromiumSpent = cpuSpent(chromiumBefore, await chromiumCpu(this.browserDevtools));
    const after = (await rendererMetrics(this.devtools)) ?? latest;
    if (after) rendererPeakHeap = Math.max(Number.isNaN(rendererPeakHeap) ? 0 : rendererPeakHeap, after.heapUsedBytes);
    if (profiling) {
      const { profile } = await this.devtools.send('Profiler.stop');
      writeFileSync(join(profiling, `renderer-${label}.cpuprofile`), JSON.stringify(profile));
      this.log(`renderer profile of the ${label} refresh saved in ${profiling}`);
    }
    // A reload may start the metrics again from nothing.
    const spent = (key: 'taskSeconds' | 'scriptSeconds') => (after && before ? (after[key] >= before[key] ? after[key] - before[key] : after[key]) : null);
    const exact = await storedArticles(page, true).catch(() => ({ articles: stored }));
    const counted = await storedArticles(page).catch(() => null);
    if (this.consoleErrors.length) this.log(`tidings ${label}: ${this.consoleErrors.length} console errors, first: ${this.consoleErrors[0] ?? ''}`);
    return {
      complete,
      seconds: (Number.isNaN(doneMs) ? timeoutMs : doneMs) / 1000,
      articles: exact.articles,
      countedArticles: counted?.from === 'counts' ? counted.articles : null,
      expected,
      main: report.activity,
      mainStallMs: report.stallMs,
      idleStallMs,
      mainCpuSeconds: report.cpuSeconds,
      chromiumCpuSeconds: chromiumSpent,
      longTasks: await longTasksSince(page, pageSince),
      rendererBusySeconds: spent('taskSeconds'),
      rendererScriptSeconds: spent('scriptSeconds'),
      mainPeakRssMB: report.peakRssMB,
      mainPeakHeapMB: report.peakHeapMB,
      rendererPeakHeapMB: Number.isNaN(rendererPeakHeap) ? null : rendererPeakHeap / 2 ** 20,
      timeline,
      consoleErrors: { count: this.consoleErrors.length, first: this.consoleErrors.slice(0, 5) },
    };
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.main.close();
  }
}
