import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { unreadable, type DocumentReading, type FeedDocument } from '../parse/documentReading';
import { mainMessage, type MainMessage } from '../../../shared/model/mainMessage';
import { heapLimits, workerStopMessage } from './heapLimits';
import type { ReadRequest, ReadResponse } from './messages';

/** Where feed documents are parsed: in worker threads, or right here for tools and tests that want it simple. */
export interface FeedReader {
  read(document: FeedDocument): Promise<DocumentReading>;
  close(): Promise<void>;
}

/**
 * Reads here, loading the parsers and the language tables on first use: a main process whose workers read never holds
 * them (about 30 MB of its heap, marked by every full collection).
 */
async function readInline(document: FeedDocument): Promise<DocumentReading> {
  const { readWithDigests } = await import('./articleDigests');
  return readWithDigests(document);
}

export const inlineFeedReader: FeedReader = {
  read: readInline,
  close: async () => undefined,
};

interface Job {
  request: ReadRequest;
  transfer: ArrayBuffer[];
  /** The heap the worker reading it may use, in megabytes (parseHeapMb). */
  heapMb: number;
  resolve: (reading: DocumentReading) => void;
}

interface Slot {
  worker: Worker;
  heapMb: number;
  job: Job | null;
  deadline: ReturnType<typeof setTimeout> | null;
}

/** Longest a worker may spend on one document before it is stopped and the feed reported unreadable. */
export const defaultParseDeadlineMs = 60_000;

/**
 * The heap a parse worker may use, in megabytes. Reading a feed takes some 13 times its size at the peak (ordinary
 * 20 MB feeds of 15,000 items were read within 256 MB and not within 128), so this reads any document within the default
 * 20 MB size limit with room to spare, while a hostile one that gets past documentBounds costs one worker at most this
 * much instead of gigabytes.
 */
export const standardParseHeapMb = 512;

/** Heap megabytes per megabyte of document, for documents beyond what the standard heap reads (twice the need). */
const heapPerDocumentMb = 24;

/**
 * The heap a worker gets for a document of this many bytes: the standard one, or, for a document larger than the
 * default size limit (readers may raise it to 200 MB), one in proportion to it.
 */
export function parseHeapMb(bytes: number): number {
  return Math.max(standardParseHeapMb, Math.ceil((bytes / (1024 * 1024)) * heapPerDocumentMb));
}

/**
 * The worker entry for the running build: the TypeScript sources through tsx when running from
 * source, else `feedParseWorker.js` beside the main bundle (see electron.vite.config.ts).
 */
export function defaultWorkerEntry(): URL | null {
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(here)) return new URL('./parseWorker.dev.mjs', here);
  const built = new URL('./feedParseWorker.js', here);
  return existsSync(fileURLToPath(built)) ? built : null;
}

export function defaultPoolSize(): number {
  // One core stays with the main process, which fetches and talks to the window.
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * A small pool of parse workers, each with a bounded heap: a document that exhausts it costs its own feed an error,
 * and the next document gets a fresh worker. Idle workers do not keep the process alive.
 */
export class WorkerFeedReader implements FeedReader {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly entry: URL | string,
    private readonly size: number = defaultPoolSize(),
    private readonly deadlineMs: number = defaultParseDeadlineMs,
    /** How a document's size sets its worker's heap; tests give a small one. */
    private readonly heapFor: (bytes: number) => number = parseHeapMb,
  ) {}

  read(document: FeedDocument): Promise<DocumentReading> {
    if (this.closed) return readInline(document);
    // Transferring hands the bytes over without a copy; a pooled Buffer shares its memory, so copy those first.
    const ownBytes =
      document.body.byteOffset === 0 && document.body.byteLength === document.body.buffer.byteLength && document.body.buffer instanceof ArrayBuffer
        ? document.body
        : new Uint8Array(document.body);
    const body = ownBytes.buffer as ArrayBuffer;
    return new Promise<DocumentReading>((resolve) => {
      const heapMb = this.heapFor(ownBytes.byteLength);
      this.queue.push({ request: { id: this.nextId++, document: { ...document, body: ownBytes } }, transfer: [body], heapMb, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.idleSlotFor((this.queue[0] as Job).heapMb);
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      // A pathological document must not hold its worker (and the poller waiting on it) for ever.
      slot.deadline = setTimeout(() => void slot.worker.terminate(), this.deadlineMs);
      slot.worker.postMessage(job.request, job.transfer);
    }
  }

  /** An idle worker with that heap; else a new one, in place of an idle one with another heap if the pool is full. */
  private idleSlotFor(heapMb: number): Slot | null {
    const idle = this.slots.find((candidate) => candidate.job === null && candidate.heapMb === heapMb);
    if (idle) return idle;
    if (this.slots.length >= this.size) {
      const other = this.slots.find((candidate) => candidate.job === null);
      if (!other) return null;
      this.retire(other);
    }
    return this.spawn(heapMb);
  }

  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
  }

  private spawn(heapMb: number): Slot {
    const worker = new Worker(this.entry, { resourceLimits: heapLimits(heapMb) });
    const slot: Slot = { worker, heapMb, job: null, deadline: null };
    const release = (): Job | null => {
      const job = slot.job;
      slot.job = null;
      if (slot.deadline) clearTimeout(slot.deadline);
      slot.deadline = null;
      return job;
    };
    worker.on('message', (response: ReadResponse) => {
      const job = release();
      worker.unref();
      if (job && job.request.id === response.id) job.resolve(response.reading);
      // A heap sized for one large document is given back rather than kept for the next.
      if (heapMb > standardParseHeapMb) this.retire(slot);
      this.dispatch();
    });
    const fail = (reason: MainMessage): void => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      const job = release();
      job?.resolve(unreadable(mainMessage('readerFailed', { reason }), 'parse'));
      this.dispatch();
    };
    worker.on('error', (error) => fail(workerStopMessage(error, heapMb)));
    worker.on('exit', (code) => fail(mainMessage('parserExited', { code })));
    this.slots.push(slot);
    return slot;
  }
}

let shared: FeedReader | null = null;

/**
 * The reader fetchFeed uses unless told otherwise: a worker pool when a worker entry can be found,
 * else parsing in place (with a warning, since that blocks the main thread on big feeds).
 */
export function sharedFeedReader(): FeedReader {
  if (shared) return shared;
  const entry = defaultWorkerEntry();
  if (!entry) console.warn('feedParseWorker.js was not found beside the main bundle; parsing feeds on the main thread');
  shared = entry ? new WorkerFeedReader(entry) : inlineFeedReader;
  return shared;
}
