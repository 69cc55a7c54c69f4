import { attemptsInto, firstLine } from './attempts';
import type { BrowserContext } from '@playwright/test';
import type { SourceId } from '../../../renderer/db/paging';
import type { BenchCall } from './browser';
import type { AppFigures } from './figures';
import type { ScaleBenchApi } from './page/benchPage';
import { formatCount, p50, p95, progress } from './stats';
import { clickAndWait, firstPaint, heapUsed, listedRows, smartCount, targetOf, watchFirstRow } from './uiBench';

type PlanInfo = ReturnType<ScaleBenchApi['plan']>;


/** Thirty switches through the sources pane: language views, feeds of every size and smart views, in turn. */
export function switchSequence(plan: PlanInfo, languages: readonly string[]): SourceId[] {
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

/**
 * The real app on the store's origin: loads, switches, opens, marks, as a reader does, timed to the painted answer.
 * Articles it opens are marked read by the app; they are made unread again afterwards so the store stays as generated.
 * A part that fails is reported and the next one runs.
 */
export async function measureApp(
  context: BrowserContext,
  call: BenchCall,
  url: string,
  articles: number,
  { opens, marks, markAll }: { opens: number; marks: number; markAll: boolean },
): Promise<AppFigures> {
  const label = formatCount(articles);
  const page = await context.newPage();
  page.on('pageerror', (error) => progress(`${label}: the app threw: ${firstLine(error)}`));
  page.on('console', (message) => {
    // Images on the articles' made-up hosts fail to load, as they should here.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) progress(`${label}: the app logged an error: ${message.text().split('\n')[0]}`);
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
  const attempt = attemptsInto(figures.failures, label, progress);
  let shownKey: string | undefined;
  try {
    await attempt('first paint', async () => {
      const paints: number[] = [];
      for (let load = 0; load < 6; load += 1) paints.push(await firstPaint(page, url));
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
        // Not wire.articles: an article opened above may be one of the feed's, already read until the marks are restored.
        const unread = await call('unreadOfFeed', wire.id);
        try {
          const ms = await clickAndWait(page, { kind: 'mark-all' }, { kind: 'all-read', unreadCount: before - unread }, 300_000);
          figures.markAll = { articles: unread, ms };
          progress(`${label}: "Mark all as read" of ${formatCount(unread)} shown after ${(ms / 1000).toFixed(1)} s`);
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
