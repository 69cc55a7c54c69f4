import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FullTextAnswer } from '../../../shared/model/fullText';
import { heapLimits, workerStopReason } from '../../feeds/worker/heapLimits';
import type { FetchedPage } from '../readArticlePage';
import type { ExtractRequest, ExtractResponse } from './messages';

/** Where pages are read: in a worker thread, or right here for tests and tools. */
export interface PageReader {
  read(page: FetchedPage): Promise<FullTextAnswer>;
  close(): Promise<void>;
}

/** Loaded only when used: the main process need not carry linkedom and Readability while the worker reads pages. */
export const inlinePageReader: PageReader = {
  read: async (page) => (await import('../readArticlePage')).readArticlePage(page),
  close: async () => undefined,
};

/** Longest one page may take; Readability over a pathological page is stopped rather than waited for. */
export const defaultReadDeadlineMs = 20_000;

/**
 * The heap the page worker may use, in megabytes. The largest page it reads (5 MB, under 50,000 elements: see
 * readArticlePage) needs under 128 MB; a page that would take more costs its own article an error, not the machine's
 * memory.
 */
export const pageHeapMb = 256;

/** The worker entry for the running build: the sources through tsx, else `fullTextWorker.js` beside the main bundle. */
export function defaultPageWorkerEntry(): URL | null {
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(here)) return new URL('./extractWorker.dev.mjs', here);
  const built = new URL('./fullTextWorker.js', here);
  return existsSync(fileURLToPath(built)) ? built : null;
}

interface Job {
  request: ExtractRequest;
  resolve: (answer: FullTextAnswer) => void;
}

/**
 * One worker thread, reading one page at a time: full text is background work, and one core's worth of it at most
 * keeps the rest of the machine for the feeds and the window. Started at the first page, it does not keep the process
 * alive while idle; a worker that dies or overruns is replaced for the next page.
 */
export class WorkerPageReader implements PageReader {
  private worker: Worker | null = null;
  private current: Job | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** The worker was stopped for taking too long over the current page. */
  private overran = false;

  constructor(
    private readonly entry: URL | string,
    private readonly deadlineMs: number = defaultReadDeadlineMs,
    private readonly heapMb: number = pageHeapMb,
  ) {}

  read(page: FetchedPage): Promise<FullTextAnswer> {
    if (this.closed) return Promise.resolve({ kind: 'failed', reason: 'busy', detail: 'Tidings is closing' });
    return new Promise<FullTextAnswer>((resolve) => {
      this.waiting.push({ request: { id: this.nextId++, page }, resolve });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.resolve({ kind: 'failed', reason: 'busy', detail: 'Tidings is closing' });
    await this.worker?.terminate();
    this.worker = null;
  }

  private next(): void {
    if (this.current || this.closed) return;
    const job = this.waiting.shift();
    if (!job) return;
    const worker = this.worker ?? this.spawn();
    this.current = job;
    worker.ref();
    this.deadline = setTimeout(() => {
      this.overran = true;
      void worker.terminate();
    }, this.deadlineMs);
    // The bytes are copied, not transferred: a pooled Buffer shares its memory with others.
    worker.postMessage(job.request);
  }

  private finish(answer: FullTextAnswer): void {
    const job = this.current;
    this.current = null;
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
    this.worker?.unref();
    job?.resolve(answer);
    this.next();
  }

  private spawn(): Worker {
    const worker = new Worker(this.entry, { resourceLimits: heapLimits(this.heapMb) });
    this.worker = worker;
    worker.on('message', (response: ExtractResponse) => {
      if (this.current?.request.id === response.id) this.finish(response.answer);
    });
    const fail = (reason: string): void => {
      if (this.worker === worker) this.worker = null;
      const detail = this.overran ? `reading it took over ${this.deadlineMs / 1000} s` : reason;
      this.overran = false;
      if (this.current) this.finish({ kind: 'failed', reason: 'unreadable', detail: `The page could not be read: ${detail}` });
    };
    worker.on('error', (error) => fail(workerStopReason(error, this.heapMb, 'the reader stopped')));
    worker.on('exit', (code) => fail(`the reader stopped (exit code ${code})`));
    return worker;
  }
}

let shared: PageReader | null = null;

/** The reader the app uses: the worker when its entry can be found, else reading in place, with a warning. */
export function sharedPageReader(): PageReader {
  if (shared) return shared;
  const entry = defaultPageWorkerEntry();
  if (!entry) console.warn('fullTextWorker.js was not found beside the main bundle; reading pages on the main thread');
  shared = entry ? new WorkerPageReader(entry) : inlinePageReader;
  return shared;
}
