import type { EntityTable, Table } from 'dexie';
import type { ArticleRecord, CountRecord } from './records';

type Counted = Pick<ArticleRecord, 'feedId' | 'language' | 'read' | 'starred'>;

export function countKey(feedId: string, language: string | null): string {
  return `${feedId}|${language ?? ''}`;
}

/**
 * Changes to the counts, gathered while rows are written and applied once, in the same transaction: a write costs
 * one read and one write per (feed, language) it touched, whatever the size of the store.
 */
export class CountDeltas {
  private readonly deltas = new Map<string, CountRecord>();

  /** Counts a row in (sign 1) or out (sign -1). */
  add(row: Counted, sign: 1 | -1): this {
    const key = countKey(row.feedId, row.language);
    let delta = this.deltas.get(key);
    if (!delta) {
      delta = { key, feedId: row.feedId, language: row.language, total: 0, unread: 0, starred: 0 };
      this.deltas.set(key, delta);
    }
    delta.total += sign;
    if (row.read === 0) delta.unread += sign;
    if (row.starred === 1) delta.starred += sign;
    return this;
  }

  /** Counts out the row as it was and in as it is; nothing when neither its place nor its flags changed. */
  change(before: Counted | undefined, after: Counted | undefined): this {
    if (before && after && before.feedId === after.feedId && before.language === after.language && before.read === after.read && before.starred === after.starred) {
      return this;
    }
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
    return this;
  }

  get size(): number {
    return this.deltas.size;
  }

  /** Adds the deltas to the stored counts; call inside the transaction that wrote the rows. */
  async applyTo(counts: EntityTable<CountRecord, 'key'> | Table<CountRecord, string>): Promise<void> {
    const changed = [...this.deltas.values()].filter((delta) => delta.total !== 0 || delta.unread !== 0 || delta.starred !== 0);
    if (changed.length === 0) return;
    const stored = await counts.bulkGet(changed.map((delta) => delta.key));
    const rows = changed.map((delta, index) => {
      const before = stored[index];
      return {
        ...delta,
        total: (before?.total ?? 0) + delta.total,
        unread: (before?.unread ?? 0) + delta.unread,
        starred: (before?.starred ?? 0) + delta.starred,
      };
    });
    await counts.bulkPut(rows);
  }
}

/** The deltas that count the given rows in or out. */
export function countArticles(rows: readonly Counted[], sign: 1 | -1): CountDeltas {
  const deltas = new CountDeltas();
  for (const row of rows) deltas.add(row, sign);
  return deltas;
}
