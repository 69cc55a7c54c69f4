import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { LaunchRequest } from '../../shared/model/launch';
import { decodeOpmlBytes } from '../../shared/opml/decodeOpmlBytes';
import { largestOpmlBytes } from '../../shared/opml/opmlFileLimit';
import type { LaunchTarget } from './launchArguments';

/**
 * Holds what launches ask to open until a window listens. The first launch's command line is read before any window
 * exists, and a window that loads again (or a new one after the last was closed) misses events sent meanwhile; so
 * requests wait here until the window asks for them (`app:pendingLaunches`), and only then go out as events.
 */
export class LaunchInbox {
  private waiting: LaunchRequest[] = [];
  private listening = false;
  // Files are read one after another, so that requests reach the window in the order they were made.
  private reading: Promise<void> = Promise.resolve();

  constructor(private readonly send: (request: LaunchRequest) => void) {}

  /** Reads each target (an OPML file's text) and sends it, or keeps it for the window's next asking. */
  receive(targets: readonly LaunchTarget[]): Promise<void> {
    this.reading = this.reading.then(async () => {
      for (const target of targets) this.deliver(await launchRequestFor(target));
    });
    return this.reading;
  }

  /** A request made by main itself (a clicked notification): sent now, or kept for the window's next asking. */
  post(request: LaunchRequest): void {
    this.reading = this.reading.then(() => this.deliver(request));
  }

  /** The window asks: it listens from now on, and gets what waited. */
  take(): LaunchRequest[] {
    this.listening = true;
    const requests = this.waiting;
    this.waiting = [];
    return requests;
  }

  /** The window is loading again, or closed: requests wait until it asks. */
  stopListening(): void {
    this.listening = false;
  }

  private deliver(request: LaunchRequest): void {
    if (this.listening) this.send(request);
    else this.waiting.push(request);
  }
}

/** An address as it is; a file read, if it is small enough to be a list of feeds, and decoded as OPML is. */
export async function launchRequestFor(target: LaunchTarget): Promise<LaunchRequest> {
  if (target.kind === 'feed') return { kind: 'add-feed', address: target.address };
  const fileName = basename(target.path);
  try {
    const { size } = await stat(target.path);
    if (size > largestOpmlBytes) return { kind: 'import-opml-failed', fileName, failure: { reason: 'too-large', bytes: size } };
    return { kind: 'import-opml', fileName, text: decodeOpmlBytes(await readFile(target.path)) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'import-opml-failed', fileName, failure: { reason: 'not-imported', detail } };
  }
}
