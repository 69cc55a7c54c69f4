import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import { db } from '../../db/instance';
import type { FeedRecord } from '../../db/records';

/** One feed's row, kept up to date; null while it loads and once it is gone. What each feed dialog shows. */
export function useFeed(feedId: string): FeedRecord | null {
  return useCoalescedLiveQuery(async () => (await db.feeds.get(feedId)) ?? null, [feedId], null as FeedRecord | null);
}
