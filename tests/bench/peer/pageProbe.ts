import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { FeedRecord } from '../../../renderer/db/records';

/**
 * What the benchmark reads in the page: the renderer's long tasks, its heap and busy time (DevTools metrics), and how
 * many articles its database holds, read with the raw IndexedDB API so that nothing of the app is involved.
 */
interface LongTask {
  start: number;
  duration: number;
}

type ProbedWindow = Window & { __peerLongTasks?: LongTask[]; __peerDb?: Promise<IDBDatabase> | null };

export interface LongTasks {
  count: number;
  longestMs: number;
  totalMs: number;
}

export interface RendererMetrics {
  heapUsedBytes: number;
  /** Seconds the renderer's main thread has been busy, and running script, since it started. */
  taskSeconds: number;
  scriptSeconds: number;
}

/** Installed before any page script runs, on every load. */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const probed = window as ProbedWindow;
    probed.__peerLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probed.__peerLongTasks?.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's clock, to tell the long tasks of one refresh from those before it. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export async function longTasksSince(page: Page, since: number): Promise<LongTasks> {
  const tasks = await page.evaluate((from) => ((window as ProbedWindow).__peerLongTasks ?? []).filter((task) => task.start >= from), since);
  return {
    count: tasks.length,
    longestMs: tasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
    totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
  };
}

export async function rendererMetrics(session: CDPSession): Promise<RendererMetrics | null> {
  try {
    const { metrics } = await session.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
    return { heapUsedBytes: value('JSHeapUsedSize'), taskSeconds: value('TaskDuration'), scriptSeconds: value('ScriptDuration') };
  } catch {
    return null;
  }
}

/** Writes the subscriptions straight into the app's `feeds` table (the database must exist: load the app first). */
export async function importFeeds(page: Page, feeds: FeedRecord[]): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tidings');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('feeds', 'readwrite');
      const store = transaction.objectStore('feeds');
      for (const record of records) store.put(record);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
    });
    db.close();
  }, feeds);
}

/**
 * Articles stored: the sum of the `counts` table's totals when the schema has one (a small read), else a count of
 * `articles`; `exact` always counts `articles`.
 */
export function storedArticles(page: Page, exact = false): Promise<{ articles: number; from: 'counts' | 'articles' }> {
  return page.evaluate(async (countRows) => {
    const probed = window as ProbedWindow;
    probed.__peerDb ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tidings');
      request.onsuccess = () => {
        // A newer schema version opening elsewhere must not wait for this connection.
        request.result.onversionchange = () => {
          request.result.close();
          probed.__peerDb = null;
        };
        resolve(request.result);
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const db = await probed.__peerDb;
    const useCounts = !countRows && db.objectStoreNames.contains('counts');
    const transaction = db.transaction(useCounts ? 'counts' : 'articles', 'readonly');
    const request = useCounts ? transaction.objectStore('counts').getAll() : transaction.objectStore('articles').count();
    const value = await new Promise<unknown>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    if (!useCounts) return { articles: Number(value), from: 'articles' as const };
    const rows = value as Array<{ total?: number }>;
    return { articles: rows.reduce((sum, row) => sum + (row.total ?? 0), 0), from: 'counts' as const };
  }, exact);
}
