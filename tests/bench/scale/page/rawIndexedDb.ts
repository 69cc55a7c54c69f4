import type { SchemaVersion } from '../../../../renderer/db/migrations/schemaVersion';

/**
 * The baselines: plain IndexedDB calls with no library in between, over object stores declared exactly as the
 * schema declares them (same key paths, same indexes).
 */

interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

interface StoreSpec {
  keyPath: string;
  indexes: IndexSpec[];
}

/** Dexie's notation (`key, sortTime, [feedId+sortTime], &url, *tags`) as IndexedDB's. */
function parseStore(spec: string): StoreSpec {
  const [primary = '', ...rest] = spec.split(',').map((part) => part.trim()).filter(Boolean);
  if (/^(\+\+|&|\*|\[)/.test(primary)) throw new Error(`the baseline handles plain primary keys only, not ${primary}`);
  const indexes = rest.map((part): IndexSpec => {
    const unique = part.startsWith('&');
    const multiEntry = part.startsWith('*');
    const name = part.replace(/^[&*]/, '');
    const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
    return { name, keyPath, unique, multiEntry };
  });
  return { keyPath: primary, indexes };
}

/** Each table as the newest version declares it, in Dexie's notation. */
function latestStores(versions: readonly SchemaVersion[]): Map<string, string> {
  const stores = new Map<string, string>();
  for (const { stores: declared } of versions) {
    for (const [table, spec] of Object.entries(declared)) {
      if (spec === null) stores.delete(table);
      else stores.set(table, spec);
    }
  }
  return stores;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** A new database holding the given tables as the schema declares them, and nothing else. */
export async function createBareDatabase(name: string, versions: readonly SchemaVersion[], tables: readonly string[]): Promise<IDBDatabase> {
  const stores = latestStores(versions);
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const table of tables) {
      const declared = stores.get(table);
      if (!declared) throw new Error(`no table ${table} in the schema`);
      const spec = parseStore(declared);
      const store = open.result.createObjectStore(table, { keyPath: spec.keyPath });
      for (const index of spec.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  };
  return requestResult(open);
}

/** An existing database at whatever version it has, beside the app's own connection. */
export function openExisting(name: string): Promise<IDBDatabase> {
  return requestResult(indexedDB.open(name));
}

export async function deleteDatabase(name: string): Promise<void> {
  const request = indexedDB.deleteDatabase(name);
  await new Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
  });
}

/** One write per item, into each item's store, all in one read-write transaction. */
function writeAll<T>(db: IDBDatabase, items: ReadonlyMap<string, readonly T[]>, write: (store: IDBObjectStore, item: T) => void): Promise<void> {
  const transaction = db.transaction([...items.keys()], 'readwrite');
  for (const [table, values] of items) {
    const store = transaction.objectStore(table);
    for (const item of values) write(store, item);
  }
  return transactionDone(transaction);
}

/** Puts rows into several stores in one read-write transaction. */
export function putRows(db: IDBDatabase, rows: ReadonlyMap<string, readonly unknown[]>): Promise<void> {
  return writeAll(db, rows, (store, row) => store.put(row));
}

export function deleteRows(db: IDBDatabase, keys: ReadonlyMap<string, readonly IDBValidKey[]>): Promise<void> {
  return writeAll(db, keys, (store, key) => store.delete(key));
}

/**
 * Reads rows by primary key and then puts their changed versions, in one read-write transaction: what changing a flag
 * of stored rows takes at the least, since IndexedDB writes whole rows.
 */
export async function readThenPutRows(db: IDBDatabase, table: string, keys: readonly IDBValidKey[], changed: readonly unknown[]): Promise<void> {
  const transaction = db.transaction(table, 'readwrite');
  const store = transaction.objectStore(table);
  await Promise.all(keys.map((key) => requestResult(store.get(key))));
  for (const row of changed) store.put(row);
  await transactionDone(transaction);
}

/** Reads rows by primary key in one read-only transaction. */
export async function getRows(db: IDBDatabase, table: string, keys: readonly IDBValidKey[]): Promise<unknown[]> {
  const transaction = db.transaction(table, 'readonly');
  const store = transaction.objectStore(table);
  return Promise.all(keys.map((key) => requestResult(store.get(key))));
}

/** The first `count` rows of an index range, newest (highest key) first: a list page with no library. */
export async function newestRows(db: IDBDatabase, table: string, index: string, range: IDBKeyRange | null, count: number): Promise<unknown[]> {
  const transaction = db.transaction(table, 'readonly');
  const cursorRequest = transaction.objectStore(table).index(index).openCursor(range, 'prev');
  const rows: unknown[] = [];
  await new Promise<void>((resolve, reject) => {
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor || rows.length >= count) return resolve();
      rows.push(cursor.value);
      if (rows.length >= count) return resolve();
      cursor.continue();
    };
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
  });
  return rows;
}
