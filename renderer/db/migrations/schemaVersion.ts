import type { Transaction } from 'dexie';

/**
 * One released version of the database. Released versions are never edited: a change of schema is a new file
 * with the next number, whose `upgrade` moves the data so nothing is lost, and a test that upgrades a populated database.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}
