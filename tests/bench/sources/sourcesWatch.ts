import type { Page } from '@playwright/test';

/** Times on the page's clock (milliseconds since its navigation started); null until it happened. */
export interface SourcesMarks {
  /** A file given to a file input (the `change` event). */
  fileAt: number | null;
  /** The sources pane's "Feeds" list holding every expected folder and feed row, and the next frame produced. */
  treeAt: number | null;
  /** The import dialog's summary, or its failure, in the DOM, and the next frame produced. */
  summaryAt: number | null;
  /** What the dialog said when the import failed. */
  failure: string | null;
}

export interface LongTask {
  start: number;
  duration: number;
}

/** A long animation frame: what made it long, which a long task does not say. */
export interface LongFrame extends LongTask {
  /** From the start of style and layout to the frame's end. */
  styleAndLayout: number;
  /** The scripts that ran in it, longest first: what invoked them (an event, a promise, a timer) and for how long. */
  scripts: Array<{ invoker: string; duration: number }>;
}

/** What Chromium reports of a long animation frame (not in TypeScript's DOM types yet). */
interface LongAnimationFrameEntry extends PerformanceEntry {
  styleAndLayoutStart: number;
  scripts: ReadonlyArray<PerformanceEntry & { invoker: string }>;
}

type WatchedWindow = Window & { tidingsSources?: SourcesMarks; tidingsLongTasks?: LongTask[]; tidingsLongFrames?: LongFrame[] };

/**
 * Installed before the app's scripts on every load: the long tasks of the page, and the moments the import began,
 * the tree was shown and the summary was. Checked on every DOM change, cheaply (live collections), as the rows come in.
 */
export function watchSources(expected: { folders: number; feeds: number }): void {
  const watched = window as WatchedWindow;
  const marks: SourcesMarks = { fileAt: null, treeAt: null, summaryAt: null, failure: null };
  const tasks: LongTask[] = [];
  const frames: LongFrame[] = [];
  watched.tidingsSources = marks;
  watched.tidingsLongTasks = tasks;
  watched.tidingsLongFrames = frames;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LongAnimationFrameEntry[]) {
      const scripts = [...entry.scripts].sort((a, b) => b.duration - a.duration).slice(0, 3);
      frames.push({
        start: entry.startTime,
        duration: entry.duration,
        styleAndLayout: entry.styleAndLayoutStart > 0 ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0,
        scripts: scripts.map((script) => ({ invoker: script.invoker, duration: script.duration })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });

  // The frame after the change is what the reader sees: a requestAnimationFrame, then a task after it.
  const afterFrame = (mark: 'treeAt' | 'summaryAt') => requestAnimationFrame(() => setTimeout(() => (marks[mark] = performance.now()), 0));
  let treeSeen = false;
  let summarySeen = false;
  // Only the rows in view are in the page: the tree says how many folders and feeds it lists (what a reader reaches
  // by scrolling), and it is shown once it lists them all and has drawn the rows in view.
  const lists = document.getElementsByClassName('source-tree');
  const check = () => {
    if (!treeSeen) {
      const list = [...lists].find((element): element is HTMLElement => element instanceof HTMLElement && element.getAttribute('aria-label') === 'Feeds');
      if (
        list &&
        list.dataset.folders === String(expected.folders) &&
        list.dataset.feeds === String(expected.feeds) &&
        list.querySelector('[role="treeitem"]') !== null
      ) {
        treeSeen = true;
        afterFrame('treeAt');
      }
    }
    if (!summarySeen && marks.fileAt !== null) {
      const failure = document.querySelector('.opml-dialog [role="alert"]');
      if (failure || document.querySelector('.opml-dialog .opml-summary')) {
        summarySeen = true;
        marks.failure = failure?.textContent ?? null;
        afterFrame('summaryAt');
      }
    }
  };
  document.addEventListener(
    'change',
    (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'file') return;
      marks.fileAt = performance.now();
      marks.treeAt = marks.summaryAt = null;
      treeSeen = summarySeen = false;
    },
    true,
  );
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-folders', 'data-feeds'] });
}

export function sourcesMarks(page: Page): Promise<SourcesMarks> {
  return page.evaluate(() => (window as WatchedWindow).tidingsSources ?? { fileAt: null, treeAt: null, summaryAt: null, failure: null });
}

/** Waits until the marks say so, polling the page every 50 ms (one tiny task each). */
export async function waitForMarks(page: Page, done: (marks: SourcesMarks) => boolean, timeoutMs: number): Promise<SourcesMarks> {
  const started = Date.now();
  for (;;) {
    const marks = await sourcesMarks(page);
    if (done(marks)) return marks;
    if (Date.now() - started > timeoutMs) throw new Error(`not shown within ${timeoutMs} ms (${JSON.stringify(marks)})`);
    await page.waitForTimeout(50);
  }
}

/**
 * The durations of the long tasks that ran between two times of the page's clock, wholly or in part: the task that
 * handles the file given may have started before its `change` event.
 */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  // An entry arrives after its task has ended: the observer is given a moment.
  await page.waitForTimeout(300);
  return page.evaluate(
    ([start, end]) => ((window as WatchedWindow).tidingsLongTasks ?? []).filter((task) => task.start <= end && task.start + task.duration >= start).map((task) => task.duration),
    [from, to] as const,
  );
}

/** The longest animation frame that ran between two times of the page's clock, wholly or in part. */
export function longestFrameBetween(page: Page, from: number, to: number): Promise<LongFrame | null> {
  return page.evaluate(
    ([start, end]) =>
      ((window as WatchedWindow).tidingsLongFrames ?? [])
        .filter((frame) => frame.start <= end && frame.start + frame.duration >= start)
        .reduce<LongFrame | null>((longest, frame) => (longest && longest.duration >= frame.duration ? longest : frame), null),
    [from, to] as const,
  );
}

/** A frame's make-up in a few words, for the table's notes. */
export function describeFrame(frame: LongFrame | null): string {
  if (!frame) return 'none';
  const scripts = frame.scripts.map((script) => `${script.invoker} ${script.duration.toFixed(0)}`).join(', ');
  return `${frame.duration.toFixed(0)} ms (${scripts || 'no script'}; style and layout ${frame.styleAndLayout.toFixed(0)})`;
}

/**
 * Feeds of the sources pane shown failing (their first fetch failed): only the rows in view are in the page, so the
 * count is the tree's own, of the rows it lists, drawn in the same render as the rows in view.
 */
export function failingRows(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector<HTMLElement>('ul.source-tree[aria-label="Feeds"]')?.dataset.failing ?? 0));
}
