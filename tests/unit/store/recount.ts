import type { TidingsDb } from '../../../renderer/db/database';

/** The counts as a full walk of the articles finds them: what the stored counts must always equal. */
export async function recount(db: TidingsDb): Promise<Record<string, { total: number; unread: number; starred: number }>> {
  const counted: Record<string, { total: number; unread: number; starred: number }> = {};
  await db.articles.each((row) => {
    const key = `${row.feedId}|${row.language ?? ''}`;
    const tally = (counted[key] ??= { total: 0, unread: 0, starred: 0 });
    tally.total += 1;
    if (row.read === 0) tally.unread += 1;
    if (row.starred === 1) tally.starred += 1;
  });
  return counted;
}

/** The stored counts in the same shape, rows that count nothing left out. */
export async function storedCounts(db: TidingsDb): Promise<Record<string, { total: number; unread: number; starred: number }>> {
  const stored: Record<string, { total: number; unread: number; starred: number }> = {};
  for (const { key, total, unread, starred } of await db.counts.toArray()) {
    if (total !== 0 || unread !== 0 || starred !== 0) stored[key] = { total, unread, starred };
  }
  return stored;
}
