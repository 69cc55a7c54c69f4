import type { DBCore, DBCoreTransaction, Middleware, ObservabilitySet } from 'dexie';

/** The feed rows one transaction of this window wrote; `keyed` is false when it also removed a range of them. */
export interface FeedWrite {
  keys: ReadonlySet<string>;
  keyed: boolean;
}

/**
 * This window's transactions that wrote feed rows, by the set of changes Dexie keeps for each: the very object its
 * `storagemutated` event hands over once the transaction has committed.
 */
const writes = new WeakMap<ObservabilitySet, { keys: Set<string>; keyed: boolean }>();

/**
 * The keys of the feed rows written by the committed transaction whose changes Dexie reports, when it was one of this
 * window's; undefined for another window's. Dexie reports a write of 50 rows or more as a change of the whole table,
 * and a refresh stores its fetched feeds' rows in one write of hundreds.
 */
export function feedWriteOf(parts: ObservabilitySet): FeedWrite | undefined {
  return writes.get(parts);
}

/** Notes the keys of every write to the feeds table, for feedWriteOf. */
export const feedWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FeedWrites',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'feeds') return table;
      return {
        ...table,
        // Dexie's own promise, continued: a native one would leave the transaction's zone.
        mutate: (request) =>
          table.mutate(request).then((answer) => {
            const write = writeOf(request.trans);
            if (!write) return answer;
            if (request.type === 'deleteRange') write.keyed = false;
            else if (request.type === 'delete') addStrings(write.keys, request.keys);
            else addStrings(write.keys, answer.results ?? []);
            return answer;
          }),
      };
    },
  }),
};

function writeOf(trans: DBCoreTransaction): { keys: Set<string>; keyed: boolean } | undefined {
  // Dexie's observation of changes, below this, has by now kept this write's changes in the transaction's set.
  const parts = (trans as { mutatedParts?: ObservabilitySet }).mutatedParts;
  if (!parts) return undefined;
  const known = writes.get(parts);
  if (known) return known;
  const write = { keys: new Set<string>(), keyed: true };
  writes.set(parts, write);
  return write;
}

function addStrings(into: Set<string>, keys: readonly unknown[]): void {
  for (const key of keys) if (typeof key === 'string') into.add(key);
}
