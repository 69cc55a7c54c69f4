import type Dexie from 'dexie';
import { expect } from 'vitest';
import { runBackfills } from '../../../../renderer/db/backfill';
import { openDatabase, type TidingsDb } from '../../../../renderer/db/database';
import type { SchemaVersion } from '../../../../renderer/db/migrations/schemaVersion';

/** Every table's rows, by primary key, as read before the upgrade. */
export type Snapshot = Map<string, Map<unknown, unknown>>;

export interface UpgradeCase {
  /** The versions a released build opened the database with: a prefix of `schemaVersions`. */
  from: readonly SchemaVersion[];
  /** The versions the new build opens it with, normally `schemaVersions`. */
  to: readonly SchemaVersion[];
  /** Writes data as the old build stored it: plain records through `db.table(name)`, never today's helpers. */
  populate: (db: Dexie) => Promise<void>;
  /**
   * Checks one row after the upgrade against the same row before it.
   * By default every field the row had is still there with the same value (new fields may be added).
   */
  expectRow?: (table: string, after: unknown, before: unknown) => void;
  /** The tables whose rows must all survive; every table of the old schema when absent. */
  tables?: string[];
}

/**
 * Creates a database with the old versions, fills it, closes it, and opens it again with the new versions:
 * the upgrade and the batched data moves must run, and every row of the old database must be found again, unchanged unless `expectRow` says how.
 * Returns the upgraded database (open, for further checks) and what was read before; the caller deletes it.
 */
export async function upgradePopulatedDatabase(upgrade: UpgradeCase): Promise<{ db: TidingsDb; before: Snapshot }> {
  const name = `upgrade-${crypto.randomUUID()}`;
  const old = openDatabase(name, upgrade.from);
  await old.open();
  await upgrade.populate(old);
  const before: Snapshot = new Map();
  for (const table of old.tables) {
    if (upgrade.tables && !upgrade.tables.includes(table.name)) continue;
    const [keys, rows] = await Promise.all([table.toCollection().primaryKeys(), table.toArray()]);
    before.set(table.name, new Map(keys.map((key, index) => [key, rows[index]])));
  }
  old.close();

  const db = openDatabase(name, upgrade.to);
  await db.open();
  // As the app does before anything else touches the store: the batched data moves of the new versions.
  await runBackfills(db, undefined, upgrade.to);
  const newest = Math.max(...upgrade.to.map((version) => version.version));
  expect(db.verno).toBe(newest);

  const expectRow =
    upgrade.expectRow ??
    ((table: string, after: unknown, previous: unknown) => {
      expect(after, `a row of ${table}`).toMatchObject(previous as object);
    });
  for (const [tableName, rows] of before) {
    const table = db.table(tableName);
    expect(await table.count(), `rows in ${tableName}`).toBe(rows.size);
    const found = await table.bulkGet([...rows.keys()] as never[]);
    [...rows.values()].forEach((previous, index) => {
      const after = found[index];
      expect(after, `a row of ${tableName} was lost`).toBeDefined();
      expectRow(tableName, after, previous);
    });
  }
  return { db, before };
}

/**
 * A feed row as schema versions 3 to 5 stored it, written out field by field rather than by today's `newFeedRecord`,
 * which would add what later versions brought (`details`).
 */
export function feedRowBeforeVersion6(id: string, addedAt: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    url: `https://${id}.example/rss`,
    title: `${id} news`,
    customTitle: null,
    siteUrl: null,
    language: id,
    languageOverride: null,
    folderId: null,
    addedAt,
    lastFetchedAt: addedAt,
    etag: null,
    lastModified: null,
    error: null,
    gone: 0,
    warnings: [],
    pollIntervalMinutes: null,
    publisherIntervalSeconds: null,
    ...fields,
  };
}
