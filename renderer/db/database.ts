import Dexie, { type EntityTable, type Table } from 'dexie';
import { markBackfillsDoneOnCreation } from './backfill';
import { feedWrites } from './feedWrites';
import { schemaVersions } from './migrations';
import type { ArticleRecord, BackfillRecord, BodyRecord, CountRecord, FeedRecord, FolderRecord, SettingRecord } from './records';
import type { SearchBlockRecord, SearchDocsRecord, SearchSegmentRecord, SearchStateRecord } from './search/searchRecords';

export type TidingsDb = Dexie & {
  feeds: EntityTable<FeedRecord, 'id'>;
  folders: EntityTable<FolderRecord, 'id'>;
  articles: EntityTable<ArticleRecord, 'key'>;
  bodies: EntityTable<BodyRecord, 'key'>;
  settings: EntityTable<SettingRecord, 'key'>;
  counts: EntityTable<CountRecord, 'key'>;
  backfills: EntityTable<BackfillRecord, 'version'>;
  searchSegments: EntityTable<SearchSegmentRecord, 'id'>;
  searchBlocks: Table<SearchBlockRecord, [number, number]>;
  searchDocs: Table<SearchDocsRecord, [number, number]>;
  searchState: EntityTable<SearchStateRecord, 'name'>;
};

export const databaseName = 'tidings';

/** Opens (creating or upgrading as needed) the database with every schema version applied in order. */
export function openDatabase(name = databaseName, versions = schemaVersions): TidingsDb {
  // Live queries share their cached rows, frozen, instead of deep-copying every answer: the copies cost the list a
  // few milliseconds a page while scrolling, and the collector's pauses that followed them went past 100 ms at a
  // million articles. Rows read in a live query are therefore never changed in place.
  const db = new Dexie(name, { cache: 'immutable' }) as TidingsDb;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  if (versions.some((version) => version.backfill)) markBackfillsDoneOnCreation(db, versions);
  db.use(feedWrites);
  stepAsideForOtherVersions(db);
  return db;
}

interface StepAside {
  closed: boolean;
  listeners: Set<() => void>;
}

const stepAside = new WeakMap<Dexie, StepAside>();

/**
 * Another tab or a newer Tidings opening this database with a higher version (or deleting it) waits until every
 * connection closes: this one closes at once, and stays closed, since reopening would meet a schema this code may not
 * know (Dexie's own handler would reopen at the next query). Whoever follows it (`onClosedForAnotherVersion`) stops
 * writing and asks the reader to reload.
 */
function stepAsideForOtherVersions(db: Dexie): void {
  const state: StepAside = { closed: false, listeners: new Set() };
  stepAside.set(db, state);
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    state.closed = true;
    for (const listener of [...state.listeners]) listener();
    // Dexie's default handler would close with reopening allowed: false keeps it from running.
    return false;
  });
}

/** Whether the database was closed for another version (see stepAsideForOtherVersions). */
export function closedForAnotherVersion(db: Dexie): boolean {
  return stepAside.get(db)?.closed ?? false;
}

/** Calls `listener` when the database closes for another version; returns the function that stops listening. */
export function onClosedForAnotherVersion(db: Dexie, listener: () => void): () => void {
  const state = stepAside.get(db);
  if (!state) return () => undefined;
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

export function articleKey(feedId: string, articleId: string): string {
  return `${feedId} ${articleId}`;
}
