import { parentPort } from 'node:worker_threads';
import { readArticlePage } from '../readArticlePage';
import type { ExtractRequest, ExtractResponse } from './messages';

// Entry of the full-text worker: reads pages one at a time, as extractWorkers.ts hands them over.
const port = parentPort;
if (!port) throw new Error('extractWorker must run as a worker thread');
port.on('message', (request: ExtractRequest) => {
  const response: ExtractResponse = { id: request.id, answer: readArticlePage(request.page) };
  port.postMessage(response);
});
