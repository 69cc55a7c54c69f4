import type { Bridge } from '../../shared/ipc/contract';
import { useUi } from '../state/store';
import { pendingFromJson, ResultWriter, type PendingResult, type ResultWriterOptions } from './resultWriter';

export interface WriteResultsOptions {
  /** Stores results in one transaction (storePollResults). */
  store: (results: PendingResult[]) => Promise<unknown>;
  /** Names the database to the main process (`poller:writer`). */
  database: string;
  /** Looks for room while the disk is full (see roomProbe); without one, room is found by trying the results. */
  hasRoomFor?: ResultWriterOptions['hasRoomFor'];
  /** Timings, for tests. */
  writer?: Pick<ResultWriterOptions, 'batchMs' | 'maxBatch' | 'maxArticles' | 'storageRetryMs' | 'roomCheckMs' | 'resendAfterErrorMs'>;
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
    ...(options.hasRoomFor ? { hasRoomFor: options.hasRoomFor } : {}),
    acknowledge: (deliveries) => bridge.invoke('poller:stored', { deliveries }),
    pausePolling: (paused) => bridge.invoke('poller:pause', { paused, reason: 'storage-full' }),
    askForResend: () => bridge.invoke('poller:writer', { database: options.database }),
    onStorageFull: (full) => useUi.getState().setStorageFull(full, () => writer.retryNow()),
  });
  // A writer starts afresh: polling paused by one before it (whose disk was full) resumes, and pauses again if it still is.
  bridge.invoke('poller:pause', { paused: false, reason: 'storage-full' }).catch((error: unknown) => console.error('Could not resume checking for new articles', error));
  // Held as the text it came as where the bridge gives it: the storing worker reads it.
  const stopResults = bridge.onJson
    ? bridge.onJson('poller:result', (json) => writer.accept(pendingFromJson(json)))
    : bridge.on('poller:result', (result) => writer.accept(result));
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

/** A look for room never writes more than this, however large the results waiting. */
const largestProbeBytes = 32 * 1024 * 1024;

/**
 * Whether IndexedDB would take `bytes` more now: a write of that size into a small database of its own, deleted in
 * the same transaction, so nothing stays. The browser checks the origin's quota as such a write commits, as it does
 * for the articles, so this is the answer that counts (the room `navigator.storage.estimate()` reports is not what
 * IndexedDB enforces); and a refused write costs a commit, not a batch of articles prepared for storing.
 * The database is opened before the disk is full, since creating it then would be refused too.
 */
export function roomProbe(name: string): (bytes: number) => Promise<boolean> {
  let opening: Promise<IDBDatabase> | null = null;
  const open = () =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('probe');
      request.onsuccess = () => {
        const db = request.result;
        // Whoever deletes or upgrades it goes first; the next look opens it again.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => {
        opening = null;
        reject(request.error ?? new Error(`Could not open ${name}`));
      };
    }));
  void open().catch(() => undefined);
  return async (bytes) => {
    const db = await open();
    return new Promise<boolean>((resolve) => {
      const transaction = db.transaction('probe', 'readwrite');
      const store = transaction.objectStore('probe');
      store.put(new Uint8Array(Math.min(Math.max(bytes, 1), largestProbeBytes)), 'room');
      store.delete('room');
      transaction.oncomplete = () => resolve(true);
      transaction.onabort = () => resolve(false);
    });
  };
}
