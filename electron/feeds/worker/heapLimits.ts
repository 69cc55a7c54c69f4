import type { ResourceLimits } from 'node:worker_threads';

/**
 * A worker thread's heap held to `heapMb` megabytes. Its young generation, where short-lived objects live, gets 48 MB:
 * what V8 gives it by default on 64-bit machines (three semi-spaces of 16 MB).
 */
export function heapLimits(heapMb: number): ResourceLimits {
  return { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 48 };
}

/**
 * Why a worker stopped, in a reader's words: for one that reached its heap limit (Node reports that error, then the
 * exit), what the document needed; else `stopped` and the error's first line.
 */
export function workerStopReason(error: Error, heapMb: number, stopped: string): string {
  const outOfMemory = (error as Error & { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
  return outOfMemory ? `reading it needed more than ${heapMb} MB of memory` : `${stopped} (${error.message.split('\n')[0] ?? 'error'})`;
}
