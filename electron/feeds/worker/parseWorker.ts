import { parentPort } from 'node:worker_threads';
import { readWithDigests } from './articleDigests';
import type { ReadRequest, ReadResponse } from './messages';

// Entry of a parse worker: reads documents one at a time, as the pool hands them over.
const port = parentPort;
if (!port) throw new Error('parseWorker must run as a worker thread');
port.on('message', (request: ReadRequest) => {
  void readWithDigests(request.document).then((reading) => {
    const response: ReadResponse = { id: request.id, reading };
    port.postMessage(response);
  });
});
