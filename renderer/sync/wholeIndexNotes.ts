import { RangeSet, type DBCore, type DBCoreTransaction, type IntervalTree, type Middleware, type ObservabilitySet } from 'dexie';

/**
 * Has the writer's worker note each of its writes to an index as a change of the whole index, keeping the keys of the
 * rows written.
 *
 * Dexie notes a write of fewer than 50 rows by its keys and by every index value the rows hold (of 50 or more, by
 * whole tables), and sends the note of each committed transaction to every window. There, each live query merges each
 * note into what it has seen until it reads again (Dexie's `mergeRanges`), and a query that did not need to read again
 * keeps merging. An article row holds eight index values: the window spent over a second of a next refresh of 1,000
 * feeds merging the notes of the worker's small writes. A whole index merges as one range. Queries over an index (the
 * list, counts) then read again after each of the worker's transactions that wrote to it, as they do already after its
 * writes of 50 rows or more, and while a refresh stores, those that read much answer at most once a second
 * (coalescedLiveQuery). Queries of rows by key (the opened article and its body, a feed's row) are still told only of
 * their own rows.
 *
 * Each part is widened in place: the transaction's set of changes keeps its identity (see feedWrites.ts), and a part
 * widened covers what Dexie noted, so no query misses a change.
 */
export const wholeIndexNotes: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'WholeIndexNotes',
  create: (down) => {
    const widen = (trans: DBCoreTransaction) => {
      const parts = (trans as { mutatedParts?: ObservabilitySet }).mutatedParts;
      if (!parts) return;
      for (const part of Object.keys(parts)) {
        if (isIndexPart(part) && !isWhole(parts[part], down)) parts[part] = new RangeSet(down.MIN_KEY, down.MAX_KEY);
      }
    };
    return {
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          // Dexie's own promise, continued: a native one would leave the transaction's zone.
          mutate: (request) =>
            table.mutate(request).then((answer) => {
              widen(request.trans);
              return answer;
            }),
        };
      },
    };
  },
};

/**
 * Whether a part of a note (`idb://database/table/index`) is an index's, rather than the rows' keys: those are the
 * primary key's part (no index name) and `:dels`, which also holds primary keys.
 */
function isIndexPart(part: string): boolean {
  const index = part.slice(part.lastIndexOf('/') + 1);
  return index !== '' && index !== ':dels';
}

/** Whether a part already covers every key: one range, from the lowest key to the highest. */
function isWhole(part: IntervalTree | undefined, core: DBCore): boolean {
  return !!part && 'from' in part && part.from === core.MIN_KEY && part.to === core.MAX_KEY && !part.l && !part.r;
}
