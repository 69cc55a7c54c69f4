import type { Table } from 'dexie';
import type { ArticleRecord, BodyRecord } from '../records';
import type { SearchStateRecord } from './searchRecords';
import { buildSegment, writeSegment, type IndexTables, type IndexedDoc } from './segments';
import { storedArticleTerms } from './storedTerms';

/**
 * Indexes the next `count` stored articles in sortTime order, from where the last call stopped, as one segment; the
 * position is kept in `searchState`, written in the same transaction. Walking in time order makes each segment cover
 * a short span of time, so that a newest-first search of a store indexed this way reads only its newest segments;
 * walking in key order (one feed after another) would give every segment the whole span, to be read by every search.
 */
export async function indexStoredArticles(count: number, table: (name: string) => Table): Promise<void> {
  const articles = table('articles') as Table<ArticleRecord, string>;
  const state = table('searchState') as Table<SearchStateRecord, string>;
  const position = await state.get('catchUp');
  const rows: ArticleRecord[] = [];
  if (position) {
    // Articles published at the very same time are walked in key order, as the sortTime index holds them.
    const tied = (await articles.where('sortTime').equals(position.sortTime).primaryKeys()).filter((key) => key > position.key).slice(0, count);
    rows.push(...((await articles.bulkGet(tied)).filter(Boolean) as ArticleRecord[]));
    if (rows.length < count) rows.push(...(await articles.where('sortTime').above(position.sortTime).limit(count - rows.length).toArray()));
  } else {
    rows.push(...(await articles.orderBy('sortTime').limit(count).toArray()));
  }
  const last = rows.at(-1);
  if (!last) return;
  const bodies = await (table('bodies') as Table<BodyRecord, string>).bulkGet(rows.map((row) => row.key));
  const docs: IndexedDoc[] = rows.map((row, index) => ({
    key: row.key,
    digest: row.digest,
    time: row.sortTime,
    feedId: row.feedId,
    terms: storedArticleTerms(row, bodies[index]),
  }));
  const tables = {
    searchSegments: table('searchSegments'),
    searchBlocks: table('searchBlocks'),
    searchDocs: table('searchDocs'),
  } as unknown as IndexTables;
  await writeSegment(tables, buildSegment(docs));
  await state.put({ name: 'catchUp', sortTime: last.sortTime, key: last.key });
}
