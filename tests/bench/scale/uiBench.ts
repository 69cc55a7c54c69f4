import type { Page } from '@playwright/test';
import type { SourceId } from '../../../renderer/db/paging';

/** What to click in the app: a row of the sources pane, an article row, or the reading pane's read button. */
export type Target =
  | { kind: 'source'; label: string }
  | { kind: 'feed'; url: string }
  | { kind: 'language'; language: string }
  | { kind: 'row'; key: string }
  | { kind: 'read-button' }
  | { kind: 'mark-all' }
  | { kind: 'undo' }
  /** Not a click: a key pressed where the focus is, as the app's command keys hear it. */
  | { kind: 'key'; key: string }
  /** Not a click: the search field's text replaced by `text`, as typed; `submit` presses Enter at once. */
  | { kind: 'search'; text: string; submit: boolean };

/** What the reader sees once the click has done its work. */
export type Outcome =
  | { kind: 'first-row'; key: string }
  | { kind: 'reader-title'; title: string }
  | { kind: 'read-button'; text: string; rowKey: string; rowUnread: boolean }
  | { kind: 'all-read'; unreadCount: number }
  /** The list titled `title` (another title than when clicked, when null), read (not busy), its first row `firstKey`, or its empty hint when null. */
  | { kind: 'list'; title: string | null; firstKey: string | null }
  /** The undo toast offered (the mark written) and no row shown unread. */
  | { kind: 'undo-offered' }
  /** The Unread count back at `unreadCount`, the undo toast gone and the first row unread. */
  | { kind: 'all-unread'; unreadCount: number; firstKey: string };

/** A source of the sources pane and how to find its row. */
export function targetOf(source: SourceId, feedUrls: ReadonlyMap<string, string>): Target {
  switch (source.kind) {
    case 'all':
      return { kind: 'source', label: 'All articles' };
    case 'unread':
      return { kind: 'source', label: 'Unread' };
    case 'today':
      return { kind: 'source', label: 'Today' };
    case 'starred':
      return { kind: 'source', label: 'Starred' };
    case 'feed':
      return { kind: 'feed', url: feedUrls.get(source.feedId) ?? '' };
    case 'language':
      return { kind: 'language', language: source.language };
    default:
      throw new Error(`the sources pane has no ${source.kind} row`);
  }
}

/**
 * The sources tree draws only the rows in view: as a reader would, the pane is scrolled until the feed's row is there,
 * before the click is timed.
 */
async function scrollFeedIntoView(page: Page, url: string): Promise<void> {
  await page.evaluate(async (feedUrl) => {
    const row = () => document.querySelector(`li.feed-row[role="treeitem"][data-feed-url="${CSS.escape(feedUrl)}"]`);
    const pane = document.querySelector<HTMLElement>('.sources-panel');
    if (!pane || row()) return;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    pane.scrollTop = 0;
    await frame();
    while (!row() && pane.scrollTop + pane.clientHeight < pane.scrollHeight) {
      pane.scrollTop += pane.clientHeight * 0.8;
      await frame();
    }
    row()?.scrollIntoView({ block: 'nearest' });
    await frame();
  }, url);
}

/**
 * Clicks in the page and measures, on the page's own clock, until what the reader should see is in the DOM and the
 * next frame has been produced (a requestAnimationFrame, then a task after it): the time to the painted answer.
 */
export async function clickAndWait(page: Page, target: Target, outcome: Outcome, timeoutMs = 30_000): Promise<number> {
  if (target.kind === 'feed') await scrollFeedIntoView(page, target.url);
  return page.evaluate(
    ({ target: click, outcome: expected, timeoutMs: limit }) => {
      const titleBefore = document.querySelector('.articles .pane-title strong')?.textContent ?? '';
      const find = (): HTMLElement | null => {
        switch (click.kind) {
          case 'source':
            return (
              [...document.querySelectorAll<HTMLElement>('nav.sources button.source')].find(
                (button) => button.querySelector('.source-title')?.textContent === click.label,
              ) ?? null
            );
          case 'feed':
            // The tree's item itself: it selects its feed on a click, as the arrow keys and Enter do.
            return document.querySelector<HTMLElement>(`li.feed-row[role="treeitem"][data-feed-url="${CSS.escape(click.url)}"]`);
          case 'language':
            return document.querySelector<HTMLElement>(`nav.sources .source-title[lang="${CSS.escape(click.language)}"]`)?.closest<HTMLElement>('button, [role="treeitem"]') ?? null;
          case 'row':
            return document.querySelector<HTMLElement>(`li.article-row[data-key="${CSS.escape(click.key)}"]`);
          case 'read-button':
            return [...document.querySelectorAll<HTMLElement>('.reader-actions button')].find((button) => button.textContent?.startsWith('Mark as')) ?? null;
          case 'mark-all':
            return [...document.querySelectorAll<HTMLElement>('.articles .pane-header button')].find((button) => button.textContent === 'Mark all as read') ?? null;
          case 'undo':
            return [...document.querySelectorAll<HTMLElement>('.articles [role="status"] button')].find((button) => button.textContent === 'Undo') ?? null;
          case 'key':
            return document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
          case 'search':
            return document.querySelector<HTMLInputElement>('input[aria-label="Search articles"]');
        }
      };
      /** A click, or for keys and typing what the browser sends the page when the reader presses them. */
      const act = (element: HTMLElement): void => {
        if (click.kind === 'key') {
          element.dispatchEvent(new KeyboardEvent('keydown', { key: click.key, bubbles: true, cancelable: true, composed: true }));
          element.dispatchEvent(new KeyboardEvent('keyup', { key: click.key, bubbles: true, cancelable: true, composed: true }));
        } else if (click.kind === 'search' && element instanceof HTMLInputElement) {
          element.focus();
          // React follows the value through the input's own setter, then the input event.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, click.text);
          element.dispatchEvent(new InputEvent('input', { bubbles: true, data: click.text, inputType: 'insertText' }));
          if (click.submit) element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        } else {
          element.click();
        }
      };
      const unreadCount = (): number => {
        const unread = [...document.querySelectorAll('nav.sources button.source')].find((button) => button.querySelector('.source-title')?.textContent === 'Unread');
        return Number(unread?.querySelector('.count')?.textContent?.replace(/\D/g, '') ?? 0);
      };
      const holds = (): boolean => {
        switch (expected.kind) {
          case 'first-row':
            return document.querySelector('li.article-row')?.getAttribute('data-key') === expected.key;
          case 'reader-title':
            return document.querySelector('.reader-title')?.textContent === expected.title;
          case 'read-button': {
            const button = [...document.querySelectorAll('.reader-actions button')].find((element) => element.textContent?.startsWith('Mark as'));
            const row = document.querySelector(`li.article-row[data-key="${CSS.escape(expected.rowKey)}"]`);
            return button?.textContent === expected.text && (row === null || row.classList.contains('unread') === expected.rowUnread);
          }
          case 'all-read':
            return unreadCount() === expected.unreadCount && document.querySelectorAll('li.article-row.unread').length === 0;
          case 'list': {
            const title = document.querySelector('.articles .pane-title strong')?.textContent ?? '';
            if (expected.title === null ? title === titleBefore : title !== expected.title) return false;
            if (document.querySelector('ul.article-list')?.getAttribute('aria-busy') !== 'false') return false;
            return expected.firstKey === null
              ? document.querySelector('.articles .empty-hint') !== null
              : document.querySelector('li.article-row')?.getAttribute('data-key') === expected.firstKey;
          }
          case 'undo-offered':
            return (
              document.querySelector('.articles [role="status"]')?.textContent?.includes('as read') === true && document.querySelectorAll('li.article-row.unread').length === 0
            );
          case 'all-unread': {
            const first = document.querySelector('li.article-row');
            return (
              unreadCount() === expected.unreadCount &&
              document.querySelector('.articles [role="status"]') === null &&
              first?.getAttribute('data-key') === expected.firstKey &&
              first.classList.contains('unread')
            );
          }
        }
      };
      const shown = () => {
        const unread = [...document.querySelectorAll('nav.sources button.source')].find((button) => button.querySelector('.source-title')?.textContent === 'Unread');
        const rows = document.querySelectorAll('li.article-row').length;
        const unreadRows = document.querySelectorAll('li.article-row.unread').length;
        return `the list shows “${document.querySelector('.articles .pane-title')?.textContent ?? ''}”, ${rows} rows, ${unreadRows} unread; Unread says ${unread?.querySelector('.count')?.textContent ?? 0}`;
      };
      return new Promise<number>((resolve, reject) => {
        const element = find();
        if (!element) return reject(new Error(`nothing to click for ${JSON.stringify(click)} (${shown()})`));
        let settled = false;
        const started = performance.now();
        const observer = new MutationObserver(() => check());
        const timer = setTimeout(() => {
          if (settled) return;
          settled = true;
          observer.disconnect();
          reject(new Error(`no ${JSON.stringify(expected)} within ${limit} ms of clicking ${JSON.stringify(click)} (${shown()})`));
        }, limit);
        function check(): void {
          if (settled || !holds()) return;
          settled = true;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
        }
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        act(element);
        check();
      });
    },
    { target, outcome, timeoutMs },
  );
}

/** Installed before the app's scripts: when the first article row is in the DOM, the time of the next painted frame. */
export function watchFirstRow(): void {
  const page = window as unknown as { tidingsFirstRow?: Promise<number> };
  page.tidingsFirstRow = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('li.article-row')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Loads the app and returns the time from navigation start to the first article rows painted. */
export async function firstPaint(page: Page, url: string, timeoutMs = 120_000): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    (limit) =>
      Promise.race([
        (window as unknown as { tidingsFirstRow: Promise<number> }).tidingsFirstRow,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no article row within ${limit} ms of loading the app`)), limit)),
      ]),
    timeoutMs,
  );
}

/** The rows the list shows now, top to bottom, with their titles and whether they are unread. */
export function listedRows(page: Page): Promise<Array<{ key: string; title: string; unread: boolean }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('li.article-row')].map((row) => ({
      key: row.getAttribute('data-key') ?? '',
      title: row.querySelector('.row-title')?.textContent ?? '',
      unread: row.classList.contains('unread'),
    })),
  );
}

/** The count the sources pane shows beside a smart view (0 when it shows none). */
export function smartCount(page: Page, label: string): Promise<number> {
  return page.evaluate((name) => {
    const button = [...document.querySelectorAll('nav.sources button.source')].find((element) => element.querySelector('.source-title')?.textContent === name);
    return Number(button?.querySelector('.count')?.textContent?.replace(/\D/g, '') ?? 0);
  }, label);
}

/** The page's JavaScript heap in bytes, after a full garbage collection, and before it. */
export async function heapUsed(page: Page): Promise<{ before: number; after: number }> {
  const session = await page.context().newCDPSession(page);
  try {
    const before = (await session.send('Runtime.getHeapUsage')).usedSize;
    await session.send('HeapProfiler.collectGarbage');
    const after = (await session.send('Runtime.getHeapUsage')).usedSize;
    return { before, after };
  } finally {
    await session.detach();
  }
}
