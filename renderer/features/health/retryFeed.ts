import { db } from '../../db/instance';
import { refreshFeeds } from '../sources/refresh';

/**
 * Checks one feed again now, at the reader's word: even one its server said was gone, which the schedule leaves
 * alone. Should the server say 410 again, storing that answer marks it gone again.
 */
export async function retryFeed(feedId: string): Promise<void> {
  await db.feeds.update(feedId, { gone: 0 });
  await refreshFeeds([feedId]);
}
