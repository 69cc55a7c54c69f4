import { readOpmlBytes } from '../../../shared/opml/readOpml';
import type { OpmlReading } from '../../../shared/opml/opmlTypes';

/**
 * Reads an OPML file in a worker: read in the page, a list of a couple of thousand feeds held it for 90–170 ms. Where
 * no worker starts (tests under Node, a shell that refuses one), it is read in the page as before.
 */
export function readOpmlOffPage(bytes: Uint8Array): Promise<OpmlReading> {
  if (typeof Worker === 'undefined') return Promise.resolve(readOpmlBytes(bytes));
  return new Promise((resolve, reject) => {
    const inPage = () => {
      try {
        resolve(readOpmlBytes(bytes));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL('./opmlReaderWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      inPage();
      return;
    }
    worker.onmessage = (event: MessageEvent<OpmlReading>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      inPage();
    };
    worker.postMessage(bytes);
  });
}
