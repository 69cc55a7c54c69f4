import { liveQuery } from 'dexie';
import type { Bridge } from '../../shared/ipc/contract';
import type { TidingsDb } from '../db/database';
import { toSubscriptions } from '../db/feeds';
import { storePollResult } from '../db/ingest';
import type { FeedRecord } from '../db/records';
import { useUi } from '../state/store';

/** A refresh changes many feeds in a row; one message for the lot is enough. */
const settleMs = 300;
/** A list the main process did not take is sent again after this long. */
const retryMs = 5_000;

/**
 * Keeps the main process's poller and this window's database in step: results are stored as they arrive,
 * and every change of the feed list is sent as the new subscription list. Returns a function that stops both.
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

  return () => {
    stopResults();
    stopProgress();
    subscription.unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
