import { readOpmlBytes } from '../../../shared/opml/readOpml';

// The worker readOpmlOffPage starts: one file read, its reading sent back.
self.onmessage = (event: MessageEvent<Uint8Array>) => {
  self.postMessage(readOpmlBytes(event.data));
};
