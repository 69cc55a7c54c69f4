import type { TidingsDb } from '../../../renderer/db/database';
import { addFeed as subscribe } from '../../../renderer/db/feeds';
import type { FeedRecord } from '../../../renderer/db/records';

/** Subscribes to an address and gives the feed the name its first fetch would. */
export async function addFeed(db: TidingsDb, url: string, title: string): Promise<FeedRecord> {
  const feed = await subscribe(db, url, 0);
  await db.feeds.update(feed.id, { title });
  return { ...feed, title };
}

