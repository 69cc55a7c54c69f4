import { liveQuery } from 'dexie';
import type { Bridge } from '../../shared/ipc/contract';
import type { NewArticles, NotificationSettings } from '../../shared/model/desktop';
import { coalescedLiveQuery } from '../db/coalescedLiveQuery';
import { readCountRecords, summariseCounts } from '../db/counts';
import type { TidingsDb } from '../db/database';
import { readNotificationSettings, readPreferences } from '../db/preferences';

/** The tray's unread count is told at most this often: a refresh changes it with every stored batch. */
const unreadEveryMs = 1_000;
/** A message main did not take is sent again after this long. */
const retryMs = 5_000;

/**
 * What the desktop shell shows of the window's data while it is hidden: the unread count (from the stored counts, as
 * the sources pane sums them, never by counting articles) and the notification settings, both now and on every change.
 * (Where a clicked notification leads comes as a launch request: app/launchRequests.ts.) Under `npm run web` main answers that it did nothing with them.
 */
export function startDesktopSync(db: TidingsDb, bridge: Bridge): () => void {
  const stopUnread = followUnreadCount(db, bridge);
  const stopSettings = followNotificationSettings(db, bridge);
  return () => {
    stopUnread();
    stopSettings();
  };
}

function followUnreadCount(db: TidingsDb, bridge: Bridge): () => void {
  let sent: number | null = null;
  return coalescedLiveQuery(
    async () => {
      const [records, { hiddenLanguages }] = await Promise.all([readCountRecords(db), readPreferences(db)]);
      return summariseCounts(records, new Set(hiddenLanguages)).unread;
    },
    (count) => {
      if (count === sent) return;
      sent = count;
      bridge.invoke('app:unreadCount', { count }).catch(() => (sent = null));
    },
    { busy: () => true, intervalMs: unreadEveryMs, onError: (error) => console.error('Could not read the unread count', error) },
  );
}

function followNotificationSettings(db: TidingsDb, bridge: Bridge): () => void {
  let retry: ReturnType<typeof setTimeout> | null = null;
  const send = (settings: NotificationSettings) => {
    if (retry) clearTimeout(retry);
    bridge.invoke('app:notificationSettings', settings).catch(() => (retry = setTimeout(() => send(settings), retryMs)));
  };
  const subscription = liveQuery(() => readNotificationSettings(db)).subscribe({
    next: send,
    error: (error: unknown) => console.error('Could not read the notification settings', error),
  });
  return () => {
    subscription.unsubscribe();
    if (retry) clearTimeout(retry);
  };
}

/**
 * Tells main what a stored batch brought that was new, for its notifications. Told once, after storing and whatever
 * main answers: a batch stored again (a delivery pushed twice) brings nothing new the second time.
 */
export function reportNewArticles(bridge: Pick<Bridge, 'invoke'>, fresh: readonly NewArticles[]): void {
  if (fresh.length === 0) return;
  bridge.invoke('app:newArticles', { feeds: [...fresh] }).catch((error: unknown) => console.error('Could not tell of the new articles', error));
}
