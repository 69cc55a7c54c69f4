import { attemptsInto, firstLine } from '../scale/attempts';
import type { BrowserContext, Page } from '@playwright/test';
import type { SourceId } from '../../../renderer/db/paging';
import type { BenchRow } from '../table';
import type { BenchCall } from '../scale/browser';
import type { ScaleBenchApi } from '../scale/page/benchPage';
import { openScaleSession } from '../scale/scaleBench';
import { profiled } from './profile';
import { traced } from './trace';
import { megabytes, verdict } from '../scale/scaleRows';
import { searchQueries } from '../scale/searchQueries';
import { formatCount, p50, p95, progress } from '../scale/stats';
import { clickAndWait, firstPaint, heapUsed, listedRows, smartCount, targetOf, watchFirstRow, type Outcome, type Target } from '../scale/uiBench';

// `npm run bench -- reader`: the reader's own figures on the scale benchmark's million-article store, through the
// real renderer build in Chromium, driven as a reader drives it; each beside a plain query measured in the same run.

const group = 'reader';
type PlanInfo = ReturnType<ScaleBenchApi['plan']>;
type SwitchKind = 'feed' | 'smart view' | 'language';
const switchKinds: readonly SwitchKind[] = ['feed', 'smart view', 'language'];
/** Rows scrolled through before the heap is taken. */
const scrollRowsTarget = 10_000;
/** Pixels a frame while scrolling: a fast fling of about 24,000 px/s at 60 frames a second. */
const scrollStep = 400;


/** Every kind of view in turn: feeds of every size and the wire feed, the four smart views, every language. */
function switchSequence(plan: PlanInfo, languages: readonly string[]): Array<{ kind: SwitchKind; source: SourceId }> {
  const bySize = plan.feeds.filter((feed) => !feed.keepUnread && feed.articles > 0).sort((a, b) => b.articles - a.articles);
  const sizes = [0, 0.02, 0.1, 0.25, 0.5, 0.75, 0.95, 1].map((share) => bySize[Math.min(bySize.length - 1, Math.floor(share * bySize.length))]);
  const wire = plan.feeds.find((feed) => feed.keepUnread);
  const feeds: SourceId[] = [...sizes, wire].flatMap((feed) => (feed ? [{ kind: 'feed', feedId: feed.id } as const] : []));
  const smart: SourceId[] = [{ kind: 'all' }, { kind: 'unread' }, { kind: 'today' }, { kind: 'starred' }];
  const views: SourceId[] = languages.map((language) => ({ kind: 'language', language }));
  const lists: Record<SwitchKind, SourceId[]> = { feed: feeds, 'smart view': smart, language: views };
  return Array.from({ length: 36 }, (_, index) => {
    const kind = switchKinds[index % 3] ?? 'feed';
    const list = lists[kind];
    return { kind, source: list[Math.floor(index / 3) % list.length] ?? { kind: 'all' } };
  });
}

/** How many articles a feed holds, for the progress lines. */
function describeSize(source: SourceId, plan: PlanInfo): string {
  if (source.kind !== 'feed') return source.kind;
  return `${formatCount(plan.feeds.find((feed) => feed.id === source.feedId)?.articles ?? 0)} articles`;
}

/** Installed before the app's scripts: every long task of the page, with when it started. */
function recordLongTasks(): void {
  const page = window as unknown as { tidingsLongTasks?: Array<{ start: number; duration: number }> };
  const tasks: Array<{ start: number; duration: number }> = [];
  page.tidingsLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks that started between two times of the page's clock. */
async function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  // Entries arrive after their task has ended: give the observer a moment.
  await page.waitForTimeout(300);
  return page.evaluate(
    ([start, end]) =>
      ((window as unknown as { tidingsLongTasks?: Array<{ start: number; duration: number }> }).tidingsLongTasks ?? [])
        .filter((task) => task.start >= start && task.start <= end)
        .map((task) => task.duration),
    [from, to] as const,
  );
}

const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * Scrolls the list down `scrollStep` pixels a frame until a row at position `rows` has been drawn, as a reader
 * flinging through the list does; the list reads its next pages as it goes.
 */
function scrollThrough(page: Page, rows: number, timeoutMs: number): Promise<{ ms: number; furthest: number; frames: number; drawnAtEnd: number }> {
  return page.evaluate(
    async ({ rows: wanted, step, limit }) => {
      const scroller = document.querySelector<HTMLElement>('.article-scroller');
      if (!scroller) throw new Error('the list has no scroller');
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const started = performance.now();
      let furthest = 0;
      let frames = 0;
      while (furthest < wanted) {
        if (performance.now() - started > limit) throw new Error(`scrolled to row ${furthest} of ${wanted} in ${limit} ms`);
        scroller.scrollBy(0, step);
        await frame();
        frames += 1;
        const last = [...document.querySelectorAll('li.article-row')].at(-1);
        furthest = Math.max(furthest, Number(last?.getAttribute('aria-rowindex') ?? 0));
      }
      return { ms: performance.now() - started, furthest, frames, drawnAtEnd: document.querySelectorAll('li.article-row').length };
    },
    { rows, step: scrollStep, limit: timeoutMs },
  );
}

interface ReaderFigures {
  coldPaint: number;
  paints: number[];
  switches: Record<SwitchKind, number[]>;
  opens: number[];
  nextByKey: number[];
  previousByKey: number[];
  searchTyped: number[];
  searchEnter: number[];
  searchEmpty: number;
  markAll: { articles: number; ms: number; toast: string; undoMs: number } | null;
  scroll: { ms: number; furthest: number; frames: number; drawnAtEnd: number; longTasks: number[] } | null;
  heapAtStart: number;
  heapAfterScroll: number;
  failures: string[];
}

/** The real app on the store, driven as a reader: load, switch, open, j/k, search, mark all and undo, scroll. */
async function measureReader(session: { context: BrowserContext; call: BenchCall; url: string; total: number; plan: PlanInfo; languages: string[] }): Promise<{ figures: ReaderFigures; openedUnread: string[] }> {
  const { context, call, url, total, plan, languages } = session;
  const page = await context.newPage();
  page.on('pageerror', (error) => progress(`reader: the app threw: ${firstLine(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) progress(`reader: the app logged an error: ${message.text().split('\n')[0]}`);
  });
  await page.addInitScript(watchFirstRow);
  await page.addInitScript(recordLongTasks);
  const feedUrls = new Map(plan.feeds.map((feed) => [feed.id, feed.url]));
  // A set: setMarks counts a key given twice twice (the row is changed once, its count twice), so each is given once.
  const openedUnread = new Set<string>();
  const figures: ReaderFigures = {
    coldPaint: Number.NaN,
    paints: [],
    switches: { feed: [], 'smart view': [], language: [] },
    opens: [],
    nextByKey: [],
    previousByKey: [],
    searchTyped: [],
    searchEnter: [],
    searchEmpty: 0,
    markAll: null,
    scroll: null,
    heapAtStart: Number.NaN,
    heapAfterScroll: Number.NaN,
    failures: [],
  };
  const attempt = attemptsInto(figures.failures, 'reader', progress);
  /** Selects a source, untimed; `title` where the list may already be showing it (another title is waited for otherwise). */
  const show = async (source: SourceId, title: string | null = null) => {
    const first = await call('firstStory', source);
    await clickAndWait(page, targetOf(source, feedUrls), { kind: 'list', title, firstKey: first?.key ?? null });
  };

  await attempt('first paint', async () => {
    const paints: number[] = [];
    for (let load = 0; load < 6; load += 1) paints.push(await firstPaint(page, url));
    [figures.coldPaint = Number.NaN, ...figures.paints] = paints;
    progress(`reader: first paint ${paints.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    await page.bringToFront();
    const visibility = await page.evaluate(() => document.visibilityState);
    if (visibility !== 'visible') progress(`warning: the app page is ${visibility}; frames may be throttled`);
    // Let the start's own work (counts, the first live queries) settle before the heap is taken.
    await page.waitForTimeout(1_000);
    figures.heapAtStart = (await heapUsed(page)).after;
  });

  await attempt('view switches', async () => {
    const sequence = switchSequence(plan, languages);
    const expected = await Promise.all(sequence.map(({ source }) => call('firstStory', source)));
    await profiled(page, 'switches', async () => {
      for (const [index, { kind, source }] of sequence.entries()) {
        const outcome: Outcome = { kind: 'list', title: null, firstKey: expected[index]?.key ?? null };
        const ms = await clickAndWait(page, targetOf(source, feedUrls), outcome);
        figures.switches[kind].push(ms);
        if (ms > 100) progress(`reader: switch ${index + 1} to ${JSON.stringify(source)} (${describeSize(source, plan)}) took ${ms.toFixed(0)} ms`);
        await page.waitForTimeout(150);
      }
    });
    for (const kind of switchKinds) progress(`reader: ${kind} switches p50 ${p50(figures.switches[kind]).toFixed(0)} ms, p95 ${p95(figures.switches[kind]).toFixed(0)} ms`);
  });

  await attempt('opening articles and j/k', async () => {
    await show({ kind: 'all' }, 'All articles');
    const rows = await listedRows(page);
    let shownTitle = '';
    for (const row of rows.slice(0, 20)) {
      if (row.title === shownTitle) continue;
      if (row.unread) openedUnread.add(row.key);
      figures.opens.push(await clickAndWait(page, { kind: 'row', key: row.key }, { kind: 'reader-title', title: row.title }));
      shownTitle = row.title;
      await page.waitForTimeout(100);
    }
    // Back to the top, then j through the rows and k back up, timing each press whose article has another title.
    const top = rows[0];
    if (!top) throw new Error('the list is empty');
    await clickAndWait(page, { kind: 'row', key: top.key }, { kind: 'reader-title', title: top.title });
    shownTitle = top.title;
    const walk = async (key: 'j' | 'k', order: typeof rows, into: number[]) => {
      for (const row of order) {
        if (row.unread) openedUnread.add(row.key);
        if (row.title === shownTitle) {
          await page.keyboard.press(key);
        } else {
          into.push(await clickAndWait(page, { kind: 'key', key }, { kind: 'reader-title', title: row.title }));
          shownTitle = row.title;
        }
        await page.waitForTimeout(100);
      }
    };
    const down = rows.slice(1, 21);
    await walk('j', down, figures.nextByKey);
    await walk('k', [...down].reverse().slice(1).concat(top), figures.previousByKey);
    progress(`reader: opening p50 ${p50(figures.opens).toFixed(0)} ms, j p50 ${p50(figures.nextByKey).toFixed(0)} ms, k p50 ${p50(figures.previousByKey).toFixed(0)} ms`);
  });

  await attempt('search as you type', async () => {
    await page.keyboard.press('Escape');
    await show({ kind: 'all' }, 'All articles');
    await page.getByRole('radio', { name: 'All sources' }).check();
    const queries = searchQueries();
    const expected = await Promise.all(queries.map((query) => call('firstStory', { kind: 'search', query, within: { kind: 'all' } })));
    figures.searchEmpty = expected.filter((first) => first === null).length;
    const search = async (submit: boolean, into: number[]) => {
      for (const [index, query] of queries.entries()) {
        const target: Target = { kind: 'search', text: query, submit };
        into.push(await clickAndWait(page, target, { kind: 'list', title: `Search: “${query}”`, firstKey: expected[index]?.key ?? null }));
        await page.waitForTimeout(150);
      }
    };
    // As typed: each query's text arrives in one input event, 150 ms after the last (a key after a pause, which the
    // app searches at once; keys in a faster burst wait for it to pause, which this does not time); then with Enter.
    await search(false, figures.searchTyped);
    await search(true, figures.searchEnter);
    progress(`reader: search as typed p50 ${p50(figures.searchTyped).toFixed(0)} ms, p95 ${p95(figures.searchTyped).toFixed(0)} ms; with Enter p50 ${p50(figures.searchEnter).toFixed(0)}, p95 ${p95(figures.searchEnter).toFixed(0)} ms`);
    // Escape in the field ends the search and shows the source it began in.
    await clickAndWait(page, { kind: 'key', key: 'Escape' }, { kind: 'list', title: 'All articles', firstKey: (await call('firstStory', { kind: 'all' }))?.key ?? null });
  });

  const wire = plan.feeds.find((feed) => feed.keepUnread);
  if (wire) {
    await attempt('mark all read and undo', async () => {
      try {
        // Articles opened above may be the wire feed's: all of its articles unread again first, as generated.
        await call('restoreMarks', total, [...openedUnread]);
        await show({ kind: 'feed', feedId: wire.id });
        const wireUnread = () =>
          page.evaluate((feedUrl) => Number(document.querySelector(`li.feed-row[data-feed-url="${CSS.escape(feedUrl)}"] .count`)?.textContent?.replace(/\D/g, '') ?? 0), wire.url);
        for (let waited = 0; waited < 10_000 && (await wireUnread()) !== wire.articles; waited += 250) await page.waitForTimeout(250);
        const unread = await wireUnread();
        if (unread !== wire.articles) progress(`reader: the wire feed shows ${formatCount(unread)} unread, not ${formatCount(wire.articles)}`);
        const before = await smartCount(page, 'Unread');
        const first = await call('firstStory', { kind: 'feed', feedId: wire.id });
        if (!first) throw new Error('the wire feed is empty');
        // Timed to the toast: it is offered once the mark is written, and the rows then show read.
        const ms = await clickAndWait(page, { kind: 'mark-all' }, { kind: 'undo-offered' }, 300_000);
        const toast = (await page.getByRole('status').filter({ hasText: 'as read' }).locator('span').first().textContent({ timeout: 5_000 })) ?? '';
        const marked = Number(/Marked ([\d,]+)/.exec(toast)?.[1]?.replace(/\D/g, '') ?? Number.NaN);
        if (marked !== unread) progress(`reader: the toast says ${toast}; the wire feed showed ${formatCount(unread)} unread`);
        const after = await smartCount(page, 'Unread');
        if (before - after !== marked) progress(`reader: warning: Unread went from ${formatCount(before)} to ${formatCount(after)} when ${formatCount(marked)} were marked read`);
        const undoMs = await clickAndWait(page, { kind: 'undo' }, { kind: 'all-unread', unreadCount: before, firstKey: first.key }, 300_000);
        figures.markAll = { articles: marked, ms, toast, undoMs };
        progress(`reader: mark all read of ${formatCount(marked)} painted after ${ms.toFixed(0)} ms (“${toast}”), undone after ${undoMs.toFixed(0)} ms`);
      } finally {
        await call('restoreMarks', total, []);
      }
    });
  }

  await attempt(`scrolling ${formatCount(scrollRowsTarget)} rows`, async () => {
    await show({ kind: 'all' }, 'All articles');
    await page.waitForTimeout(500);
    const from = await pageNow(page);
    const scrolled = await traced(page, 'scroll', () => profiled(page, 'scroll', () => scrollThrough(page, scrollRowsTarget, 600_000)));
    const to = await pageNow(page);
    figures.scroll = { ...scrolled, longTasks: await longTasksBetween(page, from, to) };
    figures.heapAfterScroll = (await heapUsed(page)).after;
    const longest = Math.max(0, ...figures.scroll.longTasks);
    progress(`reader: scrolled to row ${formatCount(scrolled.furthest)} in ${(scrolled.ms / 1000).toFixed(1)} s, ${figures.scroll.longTasks.length} long tasks, longest ${longest.toFixed(0)} ms; heap ${megabytes(figures.heapAfterScroll).toFixed(0)} MB`);
  });

  await page.close();
  return { figures, openedUnread: [...openedUnread] };
}

/**
 * `npm run bench -- reader`: first paint, view switches, opening, j/k, search, mark all read with undo, and the heap and
 * long tasks while scrolling, in the real app on the scale benchmark's store (generated once, kept in .cache/bench).
 */
export async function benchReader(): Promise<BenchRow[]> {
  // A complete store made by an older generator or schema still serves here: what is measured is reading it.
  const session = await openScaleSession({ small: false, keepStale: true });
  const { call } = session.main;
  let openedUnread: string[] = [];
  try {
    const plan = await call('plan', session.total);
    const summary = await call('summary');
    if (summary.articles !== session.total) {
      const short = `the store holds ${formatCount(summary.articles)} articles, ${formatCount(session.total)} planned (old read ones removed by the app's cleanup, perhaps, in a run before the benchmark's page stopped it)`;
      // Regenerating takes half an hour: a short store may be kept on purpose, its size in the notes, to compare runs on it.
      if (!process.env.TIDINGS_SCALE_KEEP_STORE) throw new Error(`${short}; delete .cache/bench/scale-1m to generate it again, or set TIDINGS_SCALE_KEEP_STORE to measure on it`);
      progress(`reader: ${short}; kept (TIDINGS_SCALE_KEEP_STORE)`);
    }

    progress('reader: baselines with plain IndexedDB and the app’s own queries, in the store’s page');
    const sequence = switchSequence(plan, summary.languages);
    const sources = [...new Map(sequence.map((entry) => [JSON.stringify(entry.source), entry])).values()];
    const lists = await call('listTimes', sources.map((entry) => entry.source), 3);
    const coldRaw = await call('rawColdFirstPageTimes', 6);
    const rawOpen = await call('rawOpenTimes', 20);
    const search = await call('searchTimes', searchQueries());

    progress('reader: the app on the store');
    const measured = await measureReader({ context: session.context, call, url: `${session.origin}/`, total: session.total, plan, languages: summary.languages });
    openedUnread = measured.openedUnread;
    // After the app, not before: 100,000 rows written just before a start leave the store compacting them, and the
    // first paint measured that instead of the app (about 1.2 s against 0.85 s on a settled store, the same build).
    const storeMark = { ...(await call('markFolderRead', session.total)), ...(await call('restoreWire', session.total)) };

    const rawOf = (kind: SwitchKind) => lists.filter((list) => sources.some((entry) => entry.kind === kind && JSON.stringify(entry.source) === JSON.stringify(list.source))).flatMap((list) => list.raw);
    const oursOf = (kind: SwitchKind) => lists.filter((list) => sources.some((entry) => entry.kind === kind && JSON.stringify(entry.source) === JSON.stringify(list.source))).flatMap((list) => list.ours);
    const stale = session.staleStamp ? `, generated by an earlier generator or schema than this checkout's (stamp ${session.store.stamp}) and kept` : '';
    const storeText = `store: ${formatCount(summary.articles)}${summary.articles === session.total ? '' : ` of ${formatCount(session.total)} planned`} articles, ${formatCount(summary.unread)} unread, ${formatCount(summary.starred)} starred, ${summary.feeds} feeds, ${summary.languages.length} languages, generated ${session.store.generatedAt.slice(0, 10)}${stale}; machine: ${session.machine}`;
    return readerRows(measured.figures, { rawOf, oursOf, coldRaw, rawOpen, search, storeMark, storeText });
  } finally {
    await call('restoreMarks', session.total, openedUnread).catch((error: unknown) => progress(`reader: could not put the marks back: ${firstLine(error)}`));
    await session.close();
  }
}

interface Baselines {
  rawOf: (kind: SwitchKind) => number[];
  oursOf: (kind: SwitchKind) => number[];
  coldRaw: number[];
  rawOpen: number[];
  search: Array<{ query: string; ms: number; hits: number }>;
  storeMark: Awaited<ReturnType<ScaleBenchApi['markFolderRead']>> & Awaited<ReturnType<ScaleBenchApi['restoreWire']>>;
  storeText: string;
}

function readerRows(figures: ReaderFigures, { rawOf, oursOf, coldRaw, rawOpen, search, storeMark, storeText }: Baselines): BenchRow[] {
  const row = (name: string, value: number, unit: string, baseline: BenchRow['baseline'], note: string): BenchRow => ({ group, name, value, unit, baseline, note });
  const searchMs = search.map((entry) => entry.ms);
  const rows: BenchRow[] = [
    row(
      'first paint after start, first load (navigation → first rows painted)',
      figures.coldPaint,
      'ms',
      { name: 'plain IndexedDB: open + 100 rows of All, p50', value: p50(coldRaw) },
      `first paint: the first load after Chromium started ${verdict(figures.coldPaint, 1500, ' ms')}; the next ${figures.paints.length} loads p50 ${p50(figures.paints).toFixed(0)} ms (${verdict(p50(figures.paints), 1500, ' ms')}), p95 ${p95(figures.paints).toFixed(0)} ms; ${storeText}`,
    ),
    row(`first paint after start, p50 of ${figures.paints.length} reloads`, p50(figures.paints), 'ms', { name: 'plain IndexedDB: open + 100 rows of All, p50', value: p50(coldRaw) }, `first paint: the first load after Chromium started ${verdict(figures.coldPaint, 1500, ' ms')}; the next ${figures.paints.length} loads p50 ${p50(figures.paints).toFixed(0)} ms (${verdict(p50(figures.paints), 1500, ' ms')}), p95 ${p95(figures.paints).toFixed(0)} ms; ${storeText}`),
  ];
  for (const kind of switchKinds) {
    const times = figures.switches[kind];
    const what = kind === 'feed' ? 'feeds from the largest to the smallest and the 50,000-article wire feed' : kind === 'smart view' ? 'All, Unread, Today, Starred' : 'every language view';
    const note = `view switch (${kind}): click in the sources pane → the new list's title and first row painted (MutationObserver, then a frame); ${what}; ${times.length} switches; p95 ${verdict(p95(times), 100, ' ms')}; the app's list query alone (listStories, in the store's page) p50 ${p50(oursOf(kind)).toFixed(1)} ms, p95 ${p95(oursOf(kind)).toFixed(1)} ms`;
    rows.push(row(`view switch, ${kind}, p50`, p50(times), 'ms', { name: 'plain IndexedDB: 100 rows, same index, p50', value: p50(rawOf(kind)) }, note));
    rows.push(row(`view switch, ${kind}, p95`, p95(times), 'ms', { name: 'plain IndexedDB: 100 rows, same index, p95', value: p95(rawOf(kind)) }, note));
  }
  const openNote = `opening: a click on a row of All → its title in the reading pane painted; j and k: the key → the next or previous article's title painted; ${figures.opens.length} opens, ${figures.nextByKey.length} j, ${figures.previousByKey.length} k (presses to an article of the same title not timed)`;
  rows.push(
    row('opening an article (click → reading pane painted), p50', p50(figures.opens), 'ms', { name: 'plain IndexedDB: its row and body, p50', value: p50(rawOpen) }, openNote),
    row('opening an article, p95', p95(figures.opens), 'ms', { name: 'plain IndexedDB: its row and body, p95', value: p95(rawOpen) }, openNote),
    row('next article with j, p50', p50(figures.nextByKey), 'ms', { name: 'plain IndexedDB: its row and body, p50', value: p50(rawOpen) }, openNote),
    row('previous article with k, p50', p50(figures.previousByKey), 'ms', { name: 'plain IndexedDB: its row and body, p50', value: p50(rawOpen) }, openNote),
  );
  const searchNote = `search: ${figures.searchTyped.length} queries of 1–3 words (the scale benchmark's), in All sources, ${figures.searchEmpty} with no result; as typed: the field's text set (one input event, 150 ms after the last query, so a key after a pause, which the app searches at once; a faster burst of keys waits for a 120 ms pause, not timed here) → the results' title and first row painted; with Enter: the same with Enter pressed at once. As typed p95 ${verdict(p95(figures.searchTyped), 150, ' ms')}; with Enter p95 ${verdict(p95(figures.searchEnter), 150, ' ms')}. Baseline: the search module's first page of 100 (searchPage) in the store's page, no UI, warm like the app`;
  rows.push(
    row('search as you type, p50', p50(figures.searchTyped), 'ms', { name: 'searchPage alone, p50', value: p50(searchMs) }, searchNote),
    row('search as you type, p95', p95(figures.searchTyped), 'ms', { name: 'searchPage alone, p95', value: p95(searchMs) }, searchNote),
    row('search with Enter, p50', p50(figures.searchEnter), 'ms', { name: 'searchPage alone, p50', value: p50(searchMs) }, searchNote),
    row('search with Enter, p95', p95(figures.searchEnter), 'ms', { name: 'searchPage alone, p95', value: p95(searchMs) }, searchNote),
  );
  const mark = figures.markAll;
  const markNote = mark
    ? `mark all read: the wire feed's ${formatCount(mark.articles)} unread articles, "Mark all as read" → every row shown read and the Unread count down by ${formatCount(mark.articles)}, painted; the toast said “${mark.toast}”; Undo → the count back and the first row unread, painted. At the store (no UI): finding the keys ${storeMark.findMs.toFixed(0)} ms, markRead ${storeMark.markMs.toFixed(0)} ms, setMarks unread ${storeMark.undoMs.toFixed(0)} ms`
    : 'mark all read: NOT MEASURED';
  rows.push(
    row(`mark all read of ${formatCount(mark?.articles ?? storeMark.articles)} (click → painted)`, mark?.ms ?? Number.NaN, 'ms', { name: 'plain IndexedDB put of the 50,000 changed rows', value: storeMark.rawMs }, markNote),
    row('its undo (click Undo → painted)', mark?.undoMs ?? Number.NaN, 'ms', { name: 'plain IndexedDB put of the 50,000 changed rows', value: storeMark.rawMs }, markNote),
  );
  const scroll = figures.scroll;
  const longest = scroll ? Math.max(0, ...scroll.longTasks) : Number.NaN;
  const over100 = scroll ? scroll.longTasks.filter((duration) => duration > 100).length : 0;
  const scrollNote = scroll
    ? `scrolling: All, ${scrollStep} px a frame down to row ${formatCount(scroll.furthest)} in ${(scroll.ms / 1000).toFixed(1)} s (${scroll.frames} frames, the list reading its next pages as it goes, ${scroll.drawnAtEnd} rows in the page at the end); long tasks (PerformanceObserver) ${scroll.longTasks.length} over 50 ms, ${over100} over 100 ms, longest ${longest.toFixed(0)} ms: ${over100 === 0 ? 'meets' : 'MISSES'} the target (none > 100 ms); heap after a full GC (CDP) ${verdict(megabytes(figures.heapAfterScroll), 400, ' MB')}`
    : 'scrolling: NOT MEASURED';
  rows.push(
    row(`JS heap after scrolling ${formatCount(scrollRowsTarget)} rows (after GC)`, megabytes(figures.heapAfterScroll), 'MB', { name: 'same page after first paint (after GC)', value: megabytes(figures.heapAtStart) }, scrollNote),
    row('longest long task while scrolling', longest, 'ms', { name: 'a frame at 60 Hz', value: 1000 / 60 }, scrollNote),
  );
  if (figures.failures.length) rows.push(row('parts not measured', figures.failures.length, 'parts', undefined, `NOT MEASURED: ${figures.failures.join('; ')}`));
  return rows;
}
