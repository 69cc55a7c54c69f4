import type { TidingsDb } from '../../db/database';

/** Four weeks: long enough that a weekly feed is not 0 or 2 by chance, short enough to show a feed that slowed down. */
export const rateWindowDays = 28;

const day = 24 * 60 * 60_000;

/**
 * Articles a week each feed published over the last four weeks, from the `[feedId+sortTime]` index: one key count per
 * feed, no row read. Counted when the health view opens rather than kept at every store, since the view is rare.
 */
export async function articlesPerWeek(db: TidingsDb, feedIds: readonly string[], now: number): Promise<Map<string, number>> {
  const since = now - rateWindowDays * day;
  const counts = await db.transaction('r', db.articles, () =>
    Promise.all(feedIds.map((feedId) => db.articles.where('[feedId+sortTime]').between([feedId, since], [feedId, Infinity], true, true).count())),
  );
  return new Map(feedIds.map((feedId, index) => [feedId, ((counts[index] ?? 0) * 7) / rateWindowDays]));
}
