import type { Bridge } from '../../shared/ipc/contract';
import type { DeliveredPollResult } from '../../shared/model/feed';
import { useUi } from '../state/store';
import { ResultWriter, type ResultWriterOptions } from './resultWriter';

export interface WriteResultsOptions {
  /** Stores results in one transaction (storePollResults). */
  store: (results: DeliveredPollResult[]) => Promise<unknown>;
  /** Names the database to the main process (`poller:writer`). */
  database: string;
  /** Timings, for tests. */
  writer?: Pick<ResultWriterOptions, 'batchMs' | 'maxBatch' | 'maxArticles' | 'storageRetryMs' | 'resendAfterErrorMs'>;
}

/**
 * While this window is the database's writer: stores every result the poller pushes and acknowledges it, and asks the
 * main process for every result it holds whenever the event stream opens (at once, and after every break). Returns
 * the function that steps down.
 */
export function writeResults(bridge: Bridge, options: WriteResultsOptions): () => void {
  const writer = new ResultWriter({
    ...options.writer,
    store: options.store,
    acknowledge: (deliveries) => bridge.invoke('poller:stored', { deliveries }),
    pausePolling: (paused) => bridge.invoke('poller:pause', { paused, reason: 'storage-full' }),
    askForResend: () => bridge.invoke('poller:writer', { database: options.database }),
    onStorageFull: (full) => useUi.getState().setStorageFull(full, () => writer.retryNow()),
  });
  // A writer starts afresh: polling paused by one before it (whose disk was full) resumes, and pauses again if it still is.
  bridge.invoke('poller:pause', { paused: false, reason: 'storage-full' }).catch((error: unknown) => console.error('Could not resume checking for new articles', error));
  const stopResults = bridge.on('poller:result', (result) => writer.accept(result));
  const stopConnected = followConnection(bridge, () => writer.askForResend());
  return () => {
    stopResults();
    stopConnected();
    writer.stop();
    if (useUi.getState().storageFull) useUi.getState().setStorageFull(false);
  };
}

/**
 * Calls `listener` whenever the bridge's event stream opens, with whether it is a reopening; a bridge that cannot
 * break (the desktop shell's) is open once, now.
 */
export function followConnection(bridge: Bridge, listener: (reopened: boolean) => void): () => void {
  let opened = false;
  const onOpen = () => {
    listener(opened);
    opened = true;
  };
  if (bridge.onConnected) return bridge.onConnected(onOpen);
  onOpen();
  return () => undefined;
}
