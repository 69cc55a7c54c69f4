import { withIndexedFlags } from './articleFlags';
import { CountDeltas } from './countDeltas';
import type { TidingsDb } from './database';
import type { ArticleRecord, Flag } from './records';

type Marks = Partial<Pick<ArticleRecord, 'read' | 'starred'>>;

/**
 * Sets read or starred on some articles in one transaction, with their counts; rows already so are not written.
 * Returns the keys that changed, so that an undo puts back exactly those.
 */
export async function setMarks(db: TidingsDb, keys: readonly string[], marks: Marks): Promise<string[]> {
  if (keys.length === 0) return [];
  // A key listed twice must change its row, and its counts, once.
  const unique = [...new Set(keys)];
  return db.transaction('rw', db.articles, db.counts, async () => {
    const rows = await db.articles.bulkGet(unique);
    const counts = new CountDeltas();
    const changed: ArticleRecord[] = [];
    for (const row of rows) {
      if (!row || (marks.read ?? row.read) === row.read && (marks.starred ?? row.starred) === row.starred) continue;
      const next = withIndexedFlags({ ...row, ...marks });
      counts.change(row, next);
      changed.push(next);
    }
    await Promise.all([db.articles.bulkPut(changed), counts.applyTo(db.counts)]);
    return changed.map((row) => row.key);
  });
}

export async function setRead(db: TidingsDb, key: string, read: boolean): Promise<void> {
  await setMarks(db, [key], { read: flag(read) });
}

export async function setStarred(db: TidingsDb, key: string, starred: boolean): Promise<void> {
  await setMarks(db, [key], { starred: flag(starred) });
}

/** Marks the articles read; returns those that were unread. */
export function markRead(db: TidingsDb, keys: readonly string[]): Promise<string[]> {
  return setMarks(db, keys, { read: 1 });
}

function flag(value: boolean): Flag {
  return value ? 1 : 0;
}
