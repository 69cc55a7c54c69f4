import { liveQuery } from 'dexie';
import type { Bridge } from '../../shared/ipc/contract';
import type { TidingsDb } from '../db/database';
import { toSubscriptions } from '../db/feeds';
import { storePollResult } from '../db/ingest';
import { sanitizeArticleHtml } from '../security/sanitizeArticleHtml';
import { useUi } from '../state/store';

/**
 * Keeps the main process's poller and this window's database in step: results are stored as they arrive,
 * and every change of the feed list is sent as the new subscription list. Returns a function that stops both.
 */
export function startPollerSync(db: TidingsDb, bridge: Bridge): () => void {
  // Results are stored one after another so that two fetches of one feed cannot interleave their merges.
  let storing = Promise.resolve();
  const stopResults = bridge.on('poller:result', (result) => {
    storing = storing.then(() => storePollResult(db, result, sanitizeArticleHtml).then(() => undefined)).catch((error: unknown) => {
      console.error('Could not store a fetch result', error);
    });
  });
  const stopProgress = bridge.on('poller:progress', (progress) => useUi.getState().setProgress(progress));

  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const subscription = liveQuery(() => db.feeds.toArray()).subscribe({
    next: (feeds) => {
      const subscriptions = toSubscriptions(feeds);
      const message = JSON.stringify(subscriptions);
      if (message === lastSent) return;
      // A refresh changes many feeds in a row; one message for the lot is enough.
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        lastSent = message;
        void bridge.invoke('poller:subscribe', { subscriptions });
      }, lastSent ? 300 : 0);
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
