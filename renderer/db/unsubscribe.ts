import { countArticles } from './countDeltas';
import type { TidingsDb } from './database';
import { searchTables, unindexArticles } from './search/searchIndex';

/**
 * Unsubscribing happens in two steps so that it can be undone: the feed leaves the sources pane and the poller at
 * once (`unsubscribedAt`), and its articles go later (`purgeUnsubscribed`), when the offer to undo is over or, after a
 * crash, at the next start. Starred articles stay, and so does the feed's row while any remain, hidden, so that they
 * still name their feed.
 */
export async function markUnsubscribed(db: TidingsDb, feedIds: readonly string[], now = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.feeds, async () => {
    const ids = (await db.feeds.bulkGet([...feedIds])).flatMap((feed) => (feed && feed.unsubscribedAt === null ? [feed.id] : []));
    await Promise.all(ids.map((id) => db.feeds.update(id, { unsubscribedAt: now })));
    return ids;
  });
}

/** Undoes `markUnsubscribed` for feeds whose articles have not been removed yet. */
export async function restoreSubscriptions(db: TidingsDb, feedIds: readonly string[]): Promise<void> {
  await db.transaction('rw', db.feeds, async () => {
    await Promise.all(feedIds.map((id) => db.feeds.update(id, { unsubscribedAt: null })));
  });
}

/** Articles removed per transaction: a feed with years of articles never holds the store for long. */
const purgeBatch = 500;

/**
 * Removes what feeds unsubscribed at or before `before` leave behind: every article but the starred ones, with their
 * bodies, counts and search entries, a batch per transaction; then the feed's row, unless starred articles remain.
 * Returns how many articles went.
 */
export async function purgeUnsubscribed(db: TidingsDb, before: number): Promise<number> {
  const due = await db.feeds.filter((feed) => feed.unsubscribedAt !== null && feed.unsubscribedAt <= before).primaryKeys();
  let removed = 0;
  for (const feedId of due) {
    for (;;) {
      const batch = await db.transaction('rw', [db.feeds, db.articles, db.bodies, db.counts, ...searchTables(db)], async () => {
        const feed = await db.feeds.get(feedId);
        // Subscribed again (an undo, or the address added anew) since the purge was decided: it keeps everything.
        if (!feed || feed.unsubscribedAt === null) return { done: true, count: 0 };
        const rows = await db.articles
          .where('[feedId+sortTime]')
          .between([feedId, -Infinity], [feedId, Infinity])
          .filter((row) => row.starred === 0)
          .limit(purgeBatch)
          .toArray();
        if (rows.length === 0) {
          if ((await db.articles.where('[feedId+sortTime]').between([feedId, -Infinity], [feedId, Infinity]).count()) === 0) {
            await Promise.all([db.feeds.delete(feedId), db.counts.where('feedId').equals(feedId).delete()]);
          }
          return { done: true, count: 0 };
        }
        const keys = rows.map((row) => row.key);
        await Promise.all([db.bodies.bulkDelete(keys), db.articles.bulkDelete(keys), countArticles(rows, -1).applyTo(db.counts), unindexArticles(db, keys)]);
        return { done: false, count: rows.length };
      });
      removed += batch.count;
      if (batch.done) break;
    }
  }
  return removed;
}
