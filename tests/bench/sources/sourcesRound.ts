import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import playwrightConfig from '../../../playwright.config';
import type { OpmlExport } from '../../../shared/opml/opmlTypes';
import { BackendProcess } from '../peer/backendProcess';
import { firstLine } from '../scale/attempts';
import { progress } from '../scale/stats';
import { failingRows, longestFrameBetween, longTasksBetween, waitForMarks, watchSources, type LongFrame } from './sourcesWatch';

/** One import into an empty profile, then the same profile reloaded and exported. */
export interface RoundFigures {
  treeMs: number;
  summaryMs: number;
  importLongTasks: number[];
  /** The longest animation frame of the import, with what it was made of. */
  importFrame: LongFrame | null;
  importStallMs: number;
  /** From the tree shown until every imported feed's first fetch is stored; NaN when that did not happen in time. */
  settleMs: number;
  settleLongTasks: number[];
  settleFrame: LongFrame | null;
  settleStallMs: number;
  reloads: Array<{ treeMs: number; longTasks: number[]; frame: LongFrame | null; stallMs: number }>;
  exports: number[];
  summary: string;
}

const reloadsPerRound = 3;
const exportsPerRound = 5;
const settleLimitMs = 120_000;

/** Chromium as the e2e suite runs it, headless; each round takes a context of its own, an empty profile. */
export async function launchBrowser(): Promise<Browser> {
  const { launchOptions } = playwrightConfig.use ?? {};
  const executablePath = launchOptions?.executablePath;
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: launchOptions?.args ?? [], headless: true });
}

/**
 * Imports `text` through the Preferences' "Import subscriptions…" on an empty profile, waits for the first fetch of
 * every imported feed to be stored, reloads the app on the same profile, then exports through "Export subscriptions…".
 * The main process runs in a process of its own, as in the desktop app, watched for event-loop stalls.
 */
export async function importRound(browser: Browser, rendererDir: string, document: OpmlExport, text: string): Promise<RoundFigures> {
  const expected = { folders: document.folders.length, feeds: document.feeds.length };
  const backend = await BackendProcess.start(rendererDir);
  const context = await browser.newContext({ viewport: playwrightConfig.use?.viewport ?? null });
  try {
    // tsx compiles the functions handed to the page with esbuild's keepNames, whose `__name` helper the page lacks.
    await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
    await context.addInitScript(watchSources, expected);
    const page = await context.newPage();
    page.on('pageerror', (error) => progress(`sources: the app threw: ${firstLine(error)}`));
    await page.goto(backend.url);
    await page.getByText('No feeds yet.').waitFor();
    await openPreferences(page);
    const chooser = page.waitForEvent('filechooser');
    await preferences(page).getByRole('button', { name: 'Import subscriptions…' }).click();
    const fileChooser = await chooser;

    await backend.begin(expected.feeds);
    await fileChooser.setFiles({ name: 'subscriptions.opml', mimeType: 'text/x-opml', buffer: Buffer.from(text) });
    const imported = await waitForMarks(page, (marks) => marks.treeAt !== null && marks.summaryAt !== null, 120_000);
    const importStallMs = (await backend.end()).stallMs;
    if (imported.failure !== null) throw new Error(`the import failed: ${imported.failure}`);
    const fileAt = imported.fileAt ?? 0;
    const shownAt = Math.max(imported.treeAt ?? 0, imported.summaryAt ?? 0);
    const importLongTasks = await longTasksBetween(page, fileAt, shownAt);
    const importFrame = await longestFrameBetween(page, fileAt, shownAt);
    const summary = (await page.locator('.opml-dialog .opml-summary').textContent()) ?? '';

    await backend.begin(expected.feeds);
    const profiler = await startProfiler(page);
    // Paused feeds are not fetched.
    const fetched = document.feeds.filter((feed) => !feed.settings?.paused).length;
    const settledAt = await firstFetchesStored(page, backend, fetched);
    const settleStallMs = (await backend.end()).stallMs;
    await profiler?.save('settle');
    const settleLongTasks = Number.isNaN(settledAt) ? [] : await longTasksBetween(page, shownAt, settledAt);
    const settleFrame = Number.isNaN(settledAt) ? null : await longestFrameBetween(page, shownAt, settledAt);

    const reloads: RoundFigures['reloads'] = [];
    for (let reload = 0; reload < reloadsPerRound; reload += 1) {
      await backend.begin(expected.feeds);
      await page.reload({ waitUntil: 'commit' });
      const { treeAt } = await waitForMarks(page, (marks) => marks.treeAt !== null, 60_000);
      const stallMs = (await backend.end()).stallMs;
      const longTasks = await longTasksBetween(page, 0, treeAt ?? 0);
      reloads.push({ treeMs: treeAt ?? Number.NaN, longTasks, frame: await longestFrameBetween(page, 0, treeAt ?? 0), stallMs });
    }

    await openPreferences(page);
    const exports: number[] = [];
    for (let round = 0; round < exportsPerRound; round += 1) exports.push(await exportTime(page));
    await page.close();
    return {
      treeMs: (imported.treeAt ?? Number.NaN) - fileAt,
      summaryMs: (imported.summaryAt ?? Number.NaN) - fileAt,
      importLongTasks,
      importFrame,
      importStallMs,
      settleMs: settledAt - shownAt,
      settleLongTasks,
      settleFrame,
      settleStallMs,
      reloads,
      exports,
      summary,
    };
  } finally {
    await context.close();
    await backend.close();
  }
}

/** Rounds profiled so far in this run: each saves files of its own. */
let profiledRounds = 0;

/**
 * TIDINGS_SOURCES_PROFILE=<folder> saves a CPU profile of the renderer there for the phase that follows the import
 * (the first fetches stored), one file per round, to be opened in Chromium's DevTools.
 */
async function startProfiler(page: Page): Promise<{ save: (phase: string) => Promise<void> } | null> {
  const folder = process.env.TIDINGS_SOURCES_PROFILE;
  if (!folder) return null;
  profiledRounds += 1;
  const round = profiledRounds;
  const devtools: CDPSession = await page.context().newCDPSession(page);
  await devtools.send('Profiler.enable');
  // 200 µs between samples: the tasks looked for last tens of milliseconds.
  await devtools.send('Profiler.setSamplingInterval', { interval: 200 });
  await devtools.send('Profiler.start');
  return {
    save: async (phase) => {
      const { profile } = await devtools.send('Profiler.stop');
      const file = join(folder, `renderer-${phase}-${round}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      await devtools.detach();
      progress(`sources: renderer profile of round ${round}'s ${phase} saved in ${file}`);
    },
  };
}

const preferences = (page: Page) => page.getByRole('main', { name: 'Preferences' });

async function openPreferences(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Preferences' }).click();
  await preferences(page).waitFor();
}

/**
 * The page's time when every imported feed fetched (`feeds` of them) shows its first fetch failed, the main process has nothing left to
 * fetch and the window has stored everything it was sent; NaN (and a progress line) when that takes too long.
 */
async function firstFetchesStored(page: Page, backend: BackendProcess, feeds: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < settleLimitMs) {
    const status = await backend.status();
    if (status.idle && status.held === 0 && (await failingRows(page)) === feeds) return page.evaluate(() => performance.now());
    await page.waitForTimeout(100);
  }
  const status = await backend.status();
  progress(`sources: the first fetches were not all stored within ${settleLimitMs / 1000} s: ${await failingRows(page)} of ${feeds} rows failing, main ${status.idle ? 'idle' : 'busy'}, ${status.held} results held`);
  return Number.NaN;
}

/** A click on "Export subscriptions…" until the browser has the download, on the benchmark's clock. */
async function exportTime(page: Page): Promise<number> {
  const download = page.waitForEvent('download');
  const button = preferences(page).getByRole('button', { name: 'Export subscriptions…' });
  await button.waitFor();
  const started = performance.now();
  await button.click();
  const file = await download;
  const ms = performance.now() - started;
  if (file.suggestedFilename() !== 'tidings-subscriptions.opml') throw new Error(`the export was named ${file.suggestedFilename()}`);
  return ms;
}
