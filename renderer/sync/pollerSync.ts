import { liveQuery } from 'dexie';
import type { Bridge } from '../../shared/ipc/contract';
import type { PollProgress } from '../../shared/model/feed';
import type { PollSettings } from '../../shared/model/pollSettings';
import { followFeedRows } from '../db/feedRows';
import { onClosedForAnotherVersion, type TidingsDb } from '../db/database';
import { toSubscriptions } from '../db/feeds';
import { readPreferences } from '../db/preferences';
import type { FeedRecord } from '../db/records';
import { useUi } from '../state/store';
import { databaseIdentity } from './databaseIdentity';
import { reportNewArticles } from './desktopSync';
import type { Ingest } from './ingestChannel';
import { openIngest } from './ingestInWorker';
import type { PendingResult } from './resultWriter';
import { browserLocks, electWriter, type WriterLocks } from './writerElection';
import { followConnection, roomProbe, writeResults, type WriteResultsOptions } from './writeResults';

/** A refresh changes many feeds in a row; one message for the lot is enough. */
const settleMs = 300;
/** A list the main process did not take is sent again after this long. */
const retryMs = 5_000;
/** While a refresh is storing, the feed list is read again at most this often. */
const refreshResendMs = 3_000;

export interface PollerSyncOptions {
  /** The Web Locks API that elects the one window that stores results; null makes this window the writer. */
  locks?: WriterLocks | null;
  /** Where the writer stores results and merges the search index; a worker of its own by default (openIngest). */
  ingest?: (db: TidingsDb) => Ingest;
  /** Looks for room while the disk is full; a probe database beside `db` by default, none when null. */
  hasRoomFor?: WriteResultsOptions['hasRoomFor'] | null;
  /** Timings of the writer, for tests. */
  writer?: WriteResultsOptions['writer'];
}

/**
 * Keeps the main process's poller and the database in step. One window per database, the holder of the writer lock,
 * speaks for it: it sends the subscription list and the checking settings, and stores the results the poller pushes
 * and acknowledges them (see writeResults); the others only read, and the next in line takes over when it goes. The
 * poller takes each list it is sent as the whole list, so with every window sending, a window whose list was stale
 * (not yet told of a feed another added or removed) undid the change until it caught up; one sender is simpler than
 * merging lists per window, and it is the window whose database the results go into. Every window shows the
 * progress. Closed for another version (see database.ts), the window stops it all, letting another window write.
 * Returns a function that stops it all.
 */
export function startPollerSync(db: TidingsDb, bridge: Bridge, options: PollerSyncOptions = {}): () => void {
  const stopProgress = followProgress(bridge);
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  // Opened by the first writer, while there is room to create it.
  let hasRoomFor = options.hasRoomFor ?? undefined;
  const stopWriting = electWriter(`tidings-writer:${db.name}`, locks, () => {
    if (options.hasRoomFor === undefined && typeof indexedDB !== 'undefined') hasRoomFor ??= roomProbe(`${db.name}-room`);
    const stopSpeaking = speakForDatabase(db, bridge);
    const ingest = (options.ingest ?? openIngest)(db);
    const compaction = compactWhenQuiet(ingest);
    const store = async (results: PendingResult[]) => {
      const stored = await ingest.store(results);
      compaction.soon();
      reportNewArticles(bridge, stored.fresh);
      return stored;
    };
    const stopResults = writeResults(bridge, { store, database: databaseIdentity(db.name), writer: options.writer, ...(hasRoomFor ? { hasRoomFor } : {}) });
    return () => {
      stopResults();
      stopSpeaking();
      compaction.stop();
      ingest.close();
    };
  });

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopClosing();
    stopWriting();
    stopProgress();
  };
  const stopClosing = onClosedForAnotherVersion(db, stop);
  return stop;
}

/**
 * The writer's messages for its database: the subscription list whenever the feeds change, and the checking settings
 * whenever they change, both again after the event stream reopens (the main process may have restarted).
 */
function speakForDatabase(db: TidingsDb, bridge: Bridge): () => void {
  let lastSent = '';
  let latest: readonly FeedRecord[] | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function sendSoon(delayMs: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      if (!latest) return;
      const subscriptions = toSubscriptions(latest);
      // Fetch times and validators are what the poller itself reported: a change of them alone is not worth a message.
      const message = JSON.stringify(subscriptions.map(({ lastFetchedAt: _fetchedAt, validators: _validators, ...shape }) => shape));
      if (message === lastSent) return;
      bridge.invoke('poller:subscribe', { subscriptions }).then(
        () => (lastSent = message),
        () => sendSoon(retryMs),
      );
    }, delayMs);
  }

  // During a refresh every stored batch changes feed rows; the list is re-read every few seconds, not per batch.
  const stopFeeds = followFeedRows(
    db,
    (rows) => {
      latest = rows.list;
      sendSoon(lastSent ? settleMs : 0);
    },
    { busy: () => useUi.getState().progress.running, intervalMs: refreshResendMs, onError: (error) => console.error('Could not read the feed list', error) },
  );

  const settings = followPollSettings(db, bridge);
  const stopConnection = followConnection(bridge, (reopened) => {
    if (!reopened) return;
    lastSent = '';
    sendSoon(0);
    settings.sendAgain();
  });

  return () => {
    stopConnection();
    stopFeeds();
    settings.stop();
    if (timer) clearTimeout(timer);
  };
}

/** Progress shown at most this often: a refresh of thousands of feeds sends hundreds of events a second. */
const progressEveryMs = 100;

/**
 * Passes the poller's progress to the window, the latest of each tenth of a second: every event re-draws what
 * follows it, and after an import of 2,000 feeds one per fetched feed made long tasks of their own. The start and the
 * end of a refresh are shown at once.
 */
export function followProgress(bridge: Bridge): () => void {
  let latest: PollProgress | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const show = () => {
    timer = null;
    if (latest) useUi.getState().setProgress(latest);
    latest = null;
  };
  const stop = bridge.on('poller:progress', (progress) => {
    latest = progress;
    if (progress.running !== useUi.getState().progress.running) show();
    else timer ??= setTimeout(show, progressEveryMs);
  });
  return () => {
    stop();
    if (timer) clearTimeout(timer);
  };
}

/** Quiet this long after the last stored batch, the search index merges the small segments each batch left. */
const compactAfterMs = 2_000;

function compactWhenQuiet(ingest: Ingest): { soon: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    soon: () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        ingest.compact().catch((error: unknown) => console.error('Could not merge the search index', error));
      }, compactAfterMs);
    },
    stop: () => {
      if (timer) clearTimeout(timer);
    },
  };
}

/** Sends the stored checking settings now and after every change; a send that fails is tried again. */
function followPollSettings(db: TidingsDb, bridge: Bridge): { stop: () => void; sendAgain: () => void } {
  let lastSent = '';
  let latest: PollSettings | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const send = (settings: PollSettings) => {
    latest = settings;
    const message = JSON.stringify(settings);
    if (message === lastSent) return;
    if (retry) clearTimeout(retry);
    bridge.invoke('poller:configure', settings).then(
      () => (lastSent = message),
      () => (retry = setTimeout(() => send(settings), retryMs)),
    );
  };
  const subscription = liveQuery(async () => (await readPreferences(db)).pollSettings).subscribe({
    next: send,
    error: (error: unknown) => console.error('Could not read the checking settings', error),
  });
  return {
    stop: () => {
      subscription.unsubscribe();
      if (retry) clearTimeout(retry);
    },
    sendAgain: () => {
      lastSent = '';
      if (latest) send(latest);
    },
  };
}
