import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../../renderer/db/database';

/**
 * A database of its own for every test, deleted afterwards. Import 'fake-indexeddb/auto' first in the test file.
 * Returns a getter, since the database is only opened in beforeEach.
 */
export function useFreshDatabase(): () => TidingsDb {
  let db: TidingsDb | null = null;
  beforeEach(async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
  });
  afterEach(async () => {
    await db?.delete();
    db = null;
  });
  return () => {
    if (!db) throw new Error('The database is only open inside a test');
    return db;
  };
}
