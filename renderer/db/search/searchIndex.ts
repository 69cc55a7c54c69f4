import type { Table } from 'dexie';
import type { ParsedArticle } from '../../../shared/model/article';
import { parseSearchQuery } from '../../../shared/search/parseQuery';
import type { TidingsDb } from '../database';
import type { ArticleRecord, BodyRecord } from '../records';
import { IndexSearch, type Candidate, type Clause } from './searchQuery';
import { feedTerm } from './searchRecords';
import { indexTables, SegmentBuilder, writeSegment, type DocFields } from './segments';
import { storedArticleTerms } from './storedTerms';

export { compactSearchIndex } from './compaction';

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
export function searchTables(db: TidingsDb): Table[] {
  return [...indexTables(db)] as Table[];
}

/**
 * Indexes articles just written, new or changed, as one new segment; called inside the transaction that wrote them,
 * so that an article is stored with its index entry or not at all. The terms come from the feed worker
 * (`searchTerms`); an article without them (from an older main process) is read here from its body, and a body
 * with its page's text (`fullText`) adds that text's. A changed article is simply indexed again: its older entry no
 * longer counts, as its digest is not the article's any more, or is superseded by the newer one in compaction.
 */
export async function indexArticles(db: TidingsDb, written: readonly WrittenArticle[]): Promise<void> {
  await new ArticleIndexer(written).write(db);
}

type PendingDoc = DocFields & { entry: WrittenArticle };

/**
 * indexArticles a slice at a time: the transaction that writes a batch reads some articles' terms between its
 * slices of puts (`post`), so that no task of the page indexes a whole batch, and writes the segment at the end.
 */
export class ArticleIndexer {
  private readonly builder: SegmentBuilder<PendingDoc> | null;

  constructor(written: readonly WrittenArticle[]) {
    const latest = new Map<string, WrittenArticle>();
    for (const entry of written) latest.set(entry.row.key, entry);
    const docs = [...latest.values()].map((entry): PendingDoc => ({ key: entry.row.key, digest: entry.row.digest, time: entry.row.sortTime, feedId: entry.row.feedId, entry }));
    this.builder = docs.length === 0 ? null : new SegmentBuilder(docs, ({ entry: { row, body, article } }) => storedArticleTerms(row, body, article?.searchTerms));
  }

  /** Reads the terms of the next `count` articles. */
  post(count: number): void {
    this.builder?.post(count);
  }

  /** Stores the segment, reading the terms of the articles not posted yet; call inside the writing transaction. */
  async write(db: TidingsDb): Promise<void> {
    if (this.builder) await writeSegment(db, this.builder.finish());
  }
}

/**
 * Takes articles out of search; called inside the transaction that deletes them. Nothing needs writing: an index
 * entry counts only while its article is stored with the digest it was indexed with, so a deleted article is never
 * found, and compaction drops the entries of feeds no longer followed. Kept as the one place removal would go.
 */
export async function unindexArticles(_db: TidingsDb, _keys: readonly string[]): Promise<void> {}

export interface SearchOptions {
  /** Only articles of these feeds; null for every feed followed. */
  feedIds: readonly string[] | null;
  /** Only articles after this one, newest first. */
  after: PageCursor | null;
  limit: number;
  /** Only rows this accepts (unread only, languages shown): applied before the page is cut, so pages stay full. */
  accept?: (row: ArticleRecord) => boolean;
}

/** Newest first, ties by key descending: the order of every list. */
function newestFirst(a: ArticleRecord, b: ArticleRecord): number {
  return b.sortTime - a.sortTime || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);
}

/**
 * A page of the articles matching `query` (every term, in any order, the last one as a prefix), newest first, within
 * some feeds or all. It reads the index's rows for the query's terms and the rows of the page's articles, never a
 * body nor every article.
 */
export async function searchPage(db: TidingsDb, query: string, options: SearchOptions): Promise<ArticleRecord[]> {
  const terms = parseSearchQuery(query);
  const { feedIds, after, limit, accept } = options;
  if (terms.length === 0 || limit <= 0 || feedIds?.length === 0) return [];
  // Each word is a clause of its own; the feeds are one more, any of them.
  const clauses: Clause[] = terms.map((term) => [term]);
  if (feedIds) clauses.push(feedIds.map((feedId) => ({ text: feedTerm(feedId), prefix: false })));
  return db.transaction('r', [...indexTables(db), db.articles], async () => {
    const search = new IndexSearch(db, await db.searchSegments.toArray(), clauses, after?.sortTime ?? Number.POSITIVE_INFINITY);
    // Some candidates fall away (changed or deleted since indexed, at the cursor, not accepted): ask for a few more,
    // and four times as many again while the page is short.
    let want = limit + 8;
    for (let round = 0; ; round += 1) {
      const { candidates, complete } = await search.newest(want);
      const rows = (await rowsOf(db, candidates)).filter((row) => (!after || isAfter(row, after)) && (accept?.(row) ?? true)).sort(newestFirst);
      if (rows.length >= limit || complete || round >= 8) return rows.slice(0, limit);
      want *= 4;
    }
  });
}

function isAfter(row: ArticleRecord, cursor: PageCursor): boolean {
  return row.sortTime < cursor.sortTime || (row.sortTime === cursor.sortTime && row.key < cursor.key);
}

/** The stored rows of the candidates that still count: the article is there, as it was when indexed; once each. */
async function rowsOf(db: TidingsDb, candidates: readonly Candidate[]): Promise<ArticleRecord[]> {
  // An article indexed again since (it changed) has several entries: it counts if one is as the article is now.
  const indexed = new Map<string, Set<string>>();
  for (const { key, time, digest } of candidates) {
    const versions = indexed.get(key) ?? new Set<string>();
    versions.add(`${time} ${digest}`);
    indexed.set(key, versions);
  }
  const rows = await db.articles.bulkGet([...indexed.keys()]);
  return rows.filter((row): row is ArticleRecord => !!row && !!indexed.get(row.key)?.has(`${row.sortTime} ${row.digest}`));
}
