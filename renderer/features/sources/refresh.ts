import { db } from '../../db/instance';
import { toSubscriptions } from '../../db/feeds';
import { bridge } from '../../ipc/bridge';

/** Polls every feed now. The subscription list goes first, so a feed added a moment ago is included. */
export async function refreshAll(): Promise<void> {
  await bridge.invoke('poller:subscribe', { subscriptions: toSubscriptions(await db.feeds.toArray()) });
  await bridge.invoke('poller:refresh', {});
}
