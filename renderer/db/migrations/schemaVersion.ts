import type { Table, Transaction } from 'dexie';

/**
 * One released version of the database. Released versions are never edited: a change of schema is a new file
 * with the next number, whose `upgrade` moves the data so nothing is lost, and a test that upgrades a populated database.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Runs inside the version change: one transaction over the whole store, so only for small tables. */
  upgrade?: (transaction: Transaction) => Promise<void>;
  /** Runs after opening, in batches, for data moves too large for one transaction (see runBackfills). */
  backfill?: Backfill;
}

/**
 * A data move over one table, walked in primary-key order a batch at a time. Each batch commits with the position
 * reached, so a move cut short by a crash or a closed window resumes where it stopped and never does a row twice.
 */
export interface Backfill {
  table: string;
  /** The other tables a step writes. */
  writes: string[];
  /** Moves one batch, inside the batch's transaction; `table` gives `table` and `writes` by name. */
  step: (rows: unknown[], table: (name: string) => Table) => Promise<void>;
}
