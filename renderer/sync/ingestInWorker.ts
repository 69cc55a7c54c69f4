import type { TidingsDb } from '../db/database';
import { ingestInThread, ingestThrough, type Ingest } from './ingestChannel';

/**
 * The writer's storing, done in a dedicated worker of its own (ingestWorker.ts) where the browser has workers. A worker
 * that cannot start or fails is let go and storing goes on in this thread: what it held was never acknowledged, so the
 * main process sends it again.
 */
export function openIngest(db: TidingsDb): Ingest {
  if (typeof Worker === 'undefined') return ingestInThread(db);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./ingestWorker.ts', import.meta.url), { type: 'module', name: db.name });
  } catch (error) {
    console.error('No worker could be started to store articles; they are stored in the window', error);
    return ingestInThread(db);
  }
  let current: Ingest = ingestThrough(worker, () => worker.terminate());
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    console.error('The worker that stores articles failed; storing goes on in the window', event.message);
    current.close();
    current = ingestInThread(db);
  });
  return {
    store: (results) => current.store(results),
    compact: () => current.compact(),
    close: () => current.close(),
  };
}
