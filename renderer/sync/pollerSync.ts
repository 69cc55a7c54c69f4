import { liveQuery } from 'dexie';
import type { Bridge } from '../../shared/ipc/contract';
import type { PollSettings } from '../../shared/model/pollSettings';
import type { TidingsDb } from '../db/database';
import { toSubscriptions } from '../db/feeds';
import { storePollResult } from '../db/ingest';
import { readPreferences } from '../db/preferences';
import type { FeedRecord } from '../db/records';
import { useUi } from '../state/store';

/** A refresh changes many feeds in a row; one message for the lot is enough. */
const settleMs = 300;
/** A list the main process did not take is sent again after this long. */
const retryMs = 5_000;

/**
 * Keeps the main process's poller and this window's database in step: results are stored as they arrive, every
 * change of the feed list is sent as the new subscription list, and every change of the checking settings is sent
 * too. Returns a function that stops all three.
 */
export function startPollerSync(db: TidingsDb, bridge: Bridge): () => void {
  let lastSent = '';
  let latest: FeedRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  function sendSoon(delayMs: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const subscriptions = toSubscriptions(latest);
      const message = JSON.stringify(subscriptions);
      if (message === lastSent) return;
      bridge.invoke('poller:subscribe', { subscriptions }).then(
        () => (lastSent = message),
        () => sendSoon(retryMs),
      );
    }, delayMs);
  }

  // Results are stored one after another so that two fetches of one feed cannot interleave their merges.
  let storing = Promise.resolve();
  const stopResults = bridge.on('poller:result', (result) => {
    storing = storing
      .then(() => storePollResult(db, result).then(() => undefined))
      .catch((error: unknown) => {
        console.error('Could not store a fetch result', error);
        // The poller has moved on to validators this window never stored: telling it what is stored makes the
        // next fetch of that feed a full one, so the articles come again.
        lastSent = '';
        sendSoon(settleMs);
      });
  });
  const stopProgress = bridge.on('poller:progress', (progress) => useUi.getState().setProgress(progress));

  const subscription = liveQuery(() => db.feeds.toArray()).subscribe({
    next: (feeds) => {
      latest = feeds;
      sendSoon(lastSent ? settleMs : 0);
    },
    error: (error: unknown) => console.error('Could not read the feed list', error),
  });

  const settings = followPollSettings(db, bridge);

  return () => {
    stopResults();
    stopProgress();
    subscription.unsubscribe();
    settings.stop();
    if (timer) clearTimeout(timer);
  };
}

/** Sends the stored checking settings now and after every change; a send that fails is tried again. */
function followPollSettings(db: TidingsDb, bridge: Bridge): { stop: () => void } {
  let lastSent = '';
  let retry: ReturnType<typeof setTimeout> | null = null;
  const send = (settings: PollSettings) => {
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
  };
}
