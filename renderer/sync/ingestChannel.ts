import type { TidingsDb } from '../db/database';
import { storePollResults, type StoreOptions, type Stored } from '../db/ingest';
import { compactSearchIndex } from '../db/search/searchIndex';
import { isQuotaExceeded, readPending, type PendingResult } from './resultWriter';

/** The writing a window's writer does: storing results and, when quiet, merging the search index's segments. */
export interface Ingest {
  /** Stores results in one transaction, in the order given, reading those still as text. */
  store(results: PendingResult[]): Promise<Stored>;
  /** Merges the small search segments stored batches left; resolves to how many were merged. */
  compact(): Promise<number>;
  /** Nothing more is stored through it; what is under way may be lost (main still holds it, unacknowledged). */
  close(): void;
}

/** Storing on the thread that asks: in the writer's worker, and in the window where it has none (and in tests). */
export function ingestInThread(db: TidingsDb, options: StoreOptions = {}): Ingest {
  return {
    store: (results) => storePollResults(db, results.map(readPending), options),
    compact: () => compactSearchIndex(db),
    close: () => undefined,
  };
}

/** One end of the channel between the window and its storing worker: the Worker, the worker's own scope, or a MessagePort. */
export interface MessageEnd {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

type IngestWork = { kind: 'store'; results: PendingResult[] } | { kind: 'compact' };
type IngestRequest = IngestWork & { id: number };
type IngestReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; name: string; message: string };

/**
 * The worker's side: does what the window asks, through `ingest`, and answers each request by its id. An error
 * crosses as its name and message, a full disk as `QuotaExceededError` however it was wrapped, so that the window's
 * writer tells it from any other failure.
 */
export function serveIngest(ingest: Ingest, end: MessageEnd): void {
  end.onmessage = (event) => {
    const request = event.data as IngestRequest;
    const work = request.kind === 'store' ? ingest.store(request.results) : ingest.compact();
    work.then(
      (value) => end.postMessage({ id: request.id, ok: true, value } satisfies IngestReply),
      (error: unknown) => end.postMessage({ id: request.id, ok: false, ...describe(error) } satisfies IngestReply),
    );
  };
}

function describe(error: unknown): { name: string; message: string } {
  if (isQuotaExceeded(error)) return { name: 'QuotaExceededError', message: error instanceof Error ? error.message : 'The disk is full' };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/**
 * The window's side: an Ingest whose work is done at the other end. Closed (the writer stepped down, or its worker
 * failed), it rejects everything under way and anything asked later; what was being stored was never acknowledged, so
 * main sends it again.
 */
export function ingestThrough(end: MessageEnd, close: () => void): Ingest {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  end.onmessage = (event) => {
    const reply = event.data as IngestReply;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(Object.assign(new Error(reply.message), { name: reply.name }));
  };
  let closed = false;
  const ask = <T>(work: IngestWork): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new Error('Storing stopped'));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      end.postMessage({ ...work, id } satisfies IngestRequest);
    });
  return {
    store: (results) => ask<Stored>({ kind: 'store', results }),
    compact: () => ask<number>({ kind: 'compact' }),
    close: () => {
      closed = true;
      for (const waiting of pending.values()) waiting.reject(new Error('Storing stopped'));
      pending.clear();
      close();
    },
  };
}
