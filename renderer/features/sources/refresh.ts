import { db } from '../../db/instance';
import { toSubscriptions } from '../../db/feeds';
import { bridge } from '../../ipc/bridge';

/** Polls every feed now. The subscription list goes first, so a feed added a moment ago is included. */
export async function refreshAll(): Promise<void> {
  await sendSubscriptions();
  await bridge.invoke('poller:refresh', {});
}

/** Polls these feeds now (a feed's or folder's "Refresh"). */
export async function refreshFeeds(feedIds: readonly string[]): Promise<void> {
  if (feedIds.length === 0) return;
  await sendSubscriptions();
  await bridge.invoke('poller:refresh', { feedIds: [...feedIds] });
}

async function sendSubscriptions(): Promise<void> {
  await bridge.invoke('poller:subscribe', { subscriptions: toSubscriptions(await db.feeds.toArray()) });
}
