import type { TidingsDb } from '../database';
import { BlockWriter } from './postings';
import { docsChunkSize, feedTerm, type SearchBlockRecord, type SearchDocsRecord, type SearchSegmentRecord } from './searchRecords';

/** An article as the index takes it in. */
export interface IndexedDoc {
  key: string;
  digest: string;
  time: number;
  feedId: string;
  terms: readonly string[];
}

/** What a segment holds of an article besides its terms. */
export type DocFields = Pick<IndexedDoc, 'key' | 'digest' | 'time' | 'feedId'>;

/** A segment's rows before it has an id. */
export interface SegmentRows {
  meta: Omit<SearchSegmentRecord, 'id'>;
  blocks: Array<Omit<SearchBlockRecord, 'segment'>>;
  docs: Array<Omit<SearchDocsRecord, 'segment'>>;
}

/** A segment's order: oldest first, ties by key, the reverse of every list's. */
export function oldestFirst(a: DocFields, b: DocFields): number {
  return a.time - b.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The docs chunks and the span of time of articles given in their segment's order. */
export function documentRows(docs: readonly DocFields[]): Pick<SegmentRows, 'docs'> & Pick<SearchSegmentRecord, 'lo' | 'hi' | 'chunkTimes'> {
  const chunks: SegmentRows['docs'] = [];
  for (let start = 0; start < docs.length; start += docsChunkSize) {
    const slice = docs.slice(start, start + docsChunkSize);
    const feeds = [...new Set(slice.map((doc) => doc.feedId))];
    chunks.push({
      chunk: start / docsChunkSize,
      keys: slice.map((doc) => doc.key),
      times: Float64Array.from(slice, (doc) => doc.time),
      digests: slice.map((doc) => doc.digest),
      feeds,
      feedOf: Uint8Array.from(slice, (doc) => feeds.indexOf(doc.feedId)),
    });
  }
  const chunkTimes = Float64Array.from(chunks, (chunk) => chunk.times[0] as number);
  return { docs: chunks, lo: docs[0]?.time ?? 0, hi: docs.at(-1)?.time ?? 0, chunkTimes };
}

/** The articles a docs chunk holds, in order. */
export function docsOf(chunk: Omit<SearchDocsRecord, 'segment'>): DocFields[] {
  return chunk.keys.map((key, index) => ({
    key,
    digest: chunk.digests[index] ?? '',
    time: chunk.times[index] as number,
    feedId: chunk.feeds[chunk.feedOf[index] as number] as string,
  }));
}

/** A new segment holding `docs`, each posted under its terms and its feed's. */
export function buildSegment(unordered: readonly IndexedDoc[]): SegmentRows {
  return new SegmentBuilder(unordered, (doc) => doc.terms).finish();
}

/**
 * A segment built a few articles at a time, so that the page's tasks stay short however many articles a transaction
 * writes: the articles are numbered in the segment's order at once, and each call to `post` reads the next ones' terms.
 */
export class SegmentBuilder<Doc extends DocFields> {
  private readonly docs: Doc[];
  private readonly postings = new Map<string, number[]>();
  private posted = 0;

  constructor(
    unordered: readonly Doc[],
    private readonly termsOf: (doc: Doc) => readonly string[],
  ) {
    this.docs = [...unordered].sort(oldestFirst);
  }

  /** Posts the next `count` articles under their terms and their feed's. */
  post(count: number): void {
    const end = Math.min(this.docs.length, this.posted + count);
    for (let id = this.posted; id < end; id += 1) {
      const doc = this.docs[id] as Doc;
      this.postTerm(feedTerm(doc.feedId), id);
      for (const term of this.termsOf(doc)) this.postTerm(term, id);
    }
    this.posted = end;
  }

  private postTerm(term: string, id: number): void {
    if (!term) return; // an article without text
    const list = this.postings.get(term);
    // Articles are posted in order, and a term given twice for one article is posted once: lists stay strictly ascending.
    if (!list) this.postings.set(term, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  /** The segment's rows, with whatever articles are not posted yet. */
  finish(): SegmentRows {
    this.post(this.docs.length);
    const writer = new BlockWriter(this.docs.length);
    for (const term of [...this.postings.keys()].sort()) {
      const ids = this.postings.get(term) as number[];
      writer.add(term, ids, ids.length);
    }
    writer.flush();
    const { docs: chunks, ...span } = documentRows(this.docs);
    return { meta: { size: this.docs.length, ...span, blockFirstTerms: writer.firstTerms }, blocks: writer.blocks, docs: chunks };
  }
}

/** The tables a segment is stored in. */
export type IndexTables = Pick<TidingsDb, 'searchSegments' | 'searchBlocks' | 'searchDocs'>;

/** The search index's tables, in the order every transaction over them names them. */
export function indexTables(db: IndexTables) {
  return [db.searchSegments, db.searchBlocks, db.searchDocs] as const;
}

/** The first and last key of a segment's rows in a table keyed [segment, number]. */
export function rowsOfSegment(segment: number): [[number, number], [number, number]] {
  return [
    [segment, 0],
    [segment, Number.POSITIVE_INFINITY],
  ];
}

/** Stores a segment's rows; call inside a read-write transaction over indexTables. Returns its id. */
export async function writeSegment(db: IndexTables, rows: SegmentRows): Promise<number> {
  const segment = (await db.searchSegments.add({ ...rows.meta })) as number;
  await Promise.all([
    db.searchBlocks.bulkAdd(rows.blocks.map((block) => ({ ...block, segment }))),
    db.searchDocs.bulkAdd(rows.docs.map((chunk) => ({ ...chunk, segment }))),
  ]);
  return segment;
}

/** Removes a segment's rows; call inside a read-write transaction over indexTables. */
export async function deleteSegment(db: IndexTables, segment: number): Promise<void> {
  const [from, to] = rowsOfSegment(segment);
  await Promise.all([
    db.searchBlocks.where('[segment+block]').between(from, to, true, true).delete(),
    db.searchDocs.where('[segment+chunk]').between(from, to, true, true).delete(),
    db.searchSegments.delete(segment),
  ]);
}

/** Where a segment stands in indexing order. */
export function orderOf(segment: SearchSegmentRecord): number {
  return segment.order ?? segment.id ?? 0;
}
