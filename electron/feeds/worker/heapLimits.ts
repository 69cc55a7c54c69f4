import type { ResourceLimits } from 'node:worker_threads';
import { mainMessage, type MainMessage } from '../../../shared/model/mainMessage';

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
  return ranOutOfMemory(error) ? `reading it needed more than ${heapMb} MB of memory` : `${stopped} (${error.message.split('\n')[0] ?? 'error'})`;
}

/** workerStopReason for a feed's parser, as a message the window words in the interface language. */
export function workerStopMessage(error: Error, heapMb: number): MainMessage {
  return ranOutOfMemory(error) ? mainMessage('outOfMemory', { size: mainMessage('megabytes', { n: heapMb }) }) : mainMessage('parserStopped', { reason: error.message.split('\n')[0] ?? 'error' });
}

function ranOutOfMemory(error: Error): boolean {
  return (error as Error & { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}
