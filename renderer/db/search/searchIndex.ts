import type { Table } from 'dexie';
import type { ParsedArticle } from '../../../shared/model/article';
import type { TidingsDb } from '../database';
import type { ArticleRecord, BodyRecord } from '../records';

/** One article as written by ingest: its list row, its body, and what the feed pipeline made of it when fresh from a fetch. */
export interface WrittenArticle {
  row: ArticleRecord;
  body: BodyRecord;
  article?: ParsedArticle;
}

/** Where a page of results starts: after this row, in the list's order. */
export interface PageCursor {
  sortTime: number;
  key: string;
}

/** The tables an article write includes so that the index is written in the same transaction. */
export function searchTables(_db: TidingsDb): Table[] {
  return [];
}

/** Indexes articles just written, new or changed; called inside the transaction that wrote them. */
export async function indexArticles(_db: TidingsDb, _written: readonly WrittenArticle[]): Promise<void> {}

/** Takes articles out of the index; called inside the transaction that deletes them. */
export async function unindexArticles(_db: TidingsDb, _keys: readonly string[]): Promise<void> {}

/** A page of the articles matching `query`, newest first, within some feeds or all. */
export async function searchPage(
  _db: TidingsDb,
  _query: string,
  _options: { feedIds: readonly string[] | null; after: PageCursor | null; limit: number },
): Promise<ArticleRecord[]> {
  return [];
}
