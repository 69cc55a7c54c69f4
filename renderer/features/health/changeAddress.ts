import { changeFeedAddress, type AddressChange } from '../../db/feedAddress';
import { db } from '../../db/instance';
import { refreshFeeds } from '../sources/refresh';

/**
 * Moves a feed to a new address and checks it there at once: the poller remembers when it last fetched the feed, so
 * a cleared fetch time alone would leave the new address waiting for the old schedule.
 */
export async function moveFeedTo(feedId: string, typed: string): Promise<AddressChange> {
  const change = await changeFeedAddress(db, feedId, typed);
  if (change.ok) await refreshFeeds([feedId]);
  return change;
}
