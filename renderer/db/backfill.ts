import type { TidingsDb } from './database';
import { schemaVersions } from './migrations';
import type { SchemaVersion } from './migrations/schemaVersion';

export interface BackfillProgress {
  version: number;
  /** Which of the moves still to run this is, from 1, and how many there are. */
  step: number;
  steps: number;
  moved: number;
  /** Rows in the table when the move (re)started. */
  total: number;
}

/** Rows per batch: one batch of a million-article store commits in well under a second, so the window stays live. */
export const backfillBatchSize = 2_000;

/**
 * Runs every schema version's batched data move that has not finished, oldest first. Nothing else may write
 * articles until it resolves: the moves count rows, and a row written meanwhile would be counted twice.
 * Each batch is its own transaction and records where it stopped, so this resumes after a crash.
 */
export async function runBackfills(
  db: TidingsDb,
  onProgress: (progress: BackfillProgress) => void = () => undefined,
  versions: readonly SchemaVersion[] = schemaVersions,
  batchSize = backfillBatchSize,
): Promise<void> {
  const pending: SchemaVersion[] = [];
  for (const schema of versions) if (schema.backfill && !(await db.backfills.get(schema.version))?.done) pending.push(schema);
  for (const [index, { version, backfill }] of pending.entries()) {
    if (!backfill) continue;
    const source = db.table(backfill.table);
    const keyPath = source.schema.primKey.keyPath;
    if (typeof keyPath !== 'string') throw new Error(`${backfill.table} needs a simple primary key to be moved in batches`);
    const total = await source.count();
    const tables = [source, db.backfills, ...backfill.writes.map((name) => db.table(name))];
    for (;;) {
      const state = await db.transaction('rw', tables, async () => {
        const before = (await db.backfills.get(version)) ?? { version, moved: 0, done: false };
        if (before.done) return before;
        const range = before.after === undefined ? source.toCollection() : source.where(':id').above(before.after);
        const rows: Array<Record<string, unknown>> = await range.limit(batchSize).toArray();
        if (rows.length > 0) await backfill.step(rows, (name) => db.table(name));
        const last = rows.at(-1)?.[keyPath];
        const after = typeof last === 'string' ? last : before.after;
        const next = { version, moved: before.moved + rows.length, done: rows.length < batchSize, ...(after === undefined ? {} : { after }) };
        await db.backfills.put(next);
        return next;
      });
      onProgress({ version, step: index + 1, steps: pending.length, moved: state.moved, total: Math.max(total, state.moved) });
      if (state.done) break;
    }
  }
}

/** A database created by this build has nothing to move: its rows are written with every field and count. */
export function markBackfillsDoneOnCreation(db: TidingsDb, versions: readonly SchemaVersion[] = schemaVersions): void {
  db.on('populate', async (transaction) => {
    const done = versions.filter((version) => version.backfill).map(({ version }) => ({ version, moved: 0, done: true }));
    if (done.length > 0) await transaction.table('backfills').bulkPut(done);
  });
}
