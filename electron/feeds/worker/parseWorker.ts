import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { readWithDigests } from './articleDigests';
import type { ReadRequest, ReadResponse } from './messages';

// Entry of a parse worker: reads documents one at a time, as the pool hands them over.
const port = parentPort;
if (!port) throw new Error('parseWorker must run as a worker thread');
// A worker parses in the background of the main thread, which starts fetches and answers the window: where cores are
// short, the main thread goes first. Only on Linux is the priority the thread's own; elsewhere it is the process's,
// and the whole app would yield.
if (process.platform === 'linux') setPriority(10);
port.on('message', (request: ReadRequest) => {
  void readWithDigests(request.document).then((reading) => {
    const response: ReadResponse = { id: request.id, reading };
    // The articles' text is handed over, not copied (articlesText.ts).
    const text = reading.kind === 'feed' ? reading.articlesText : undefined;
    port.postMessage(response, text ? [text.json.buffer as ArrayBuffer] : []);
  });
});
