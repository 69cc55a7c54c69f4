import Dexie, { type EntityTable, type Table } from 'dexie';
import { markBackfillsDoneOnCreation } from './backfill';
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
  const db = new Dexie(name) as TidingsDb;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  if (versions.some((version) => version.backfill)) markBackfillsDoneOnCreation(db, versions);
  return db;
}

export function articleKey(feedId: string, articleId: string): string {
  return `${feedId} ${articleId}`;
}
