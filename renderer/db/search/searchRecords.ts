/**
 * The search index is a set of immutable segments. A segment indexes some articles, numbered 0…size-1 oldest first
 * (by sortTime, then key), so that the highest numbers a search matches are its newest results. Ingest adds one
 * segment per transaction, and compaction merges small neighbours into larger ones. A segment is a few rows of at
 * most some 16 KB, because IndexedDB charges by the request far more than by the byte (in Chromium a request costs
 * some 60 µs, a row written some 45 µs, while a megabyte reads in about 4 ms), and Chromium keeps a value over 64 KB
 * in a file of its own, read several times slower.
 */
export interface SearchSegmentRecord {
  id?: number;
  /** Where the segment stands in indexing order; a merged segment takes its oldest source's. Absent: its id. */
  order?: number;
  /** Articles in the segment, at most segmentCapacity. */
  size: number;
  /** The oldest and newest sortTime among its articles: a newest-first search stops before segments it cannot need. */
  lo: number;
  hi: number;
  /** The first term of each of its blocks, in order, to find a term's block without reading the others. */
  blockFirstTerms: string[];
  /** The sortTime of the first article of each docs chunk: where a page after a cursor starts, without reading them. */
  chunkTimes: Float64Array;
  /** Articles of the segment removed from the store since it was written (see forgetRemovedArticles); absent: none. */
  removed?: number;
}

/**
 * A run of a segment's terms, in code-unit order, with the articles that have each. `terms` is one string, the terms
 * separated by line feeds (no term holds one): one string is stored and read far faster than hundreds.
 */
export interface SearchBlockRecord {
  segment: number;
  block: number;
  terms: string;
  /** Where each term's postings end in `postings`. */
  ends: Uint32Array;
  /** 1 where a term's postings are a bitset over the segment (16 articles a unit), 0 where a sorted list of numbers. */
  dense: Uint8Array;
  postings: Uint16Array;
}

/** Which article each number stands for, a chunk of numbers a row, read for the articles a search takes. */
export interface SearchDocsRecord {
  segment: number;
  chunk: number;
  keys: string[];
  times: Float64Array;
  /** The article's digest when indexed: an entry counts only while its article still has it; empty once it is removed. */
  digests: string[];
  /** The chunk's feeds; `feedOf` holds an index into it for each article. */
  feeds: string[];
  feedOf: Uint8Array;
}

/** Where the index of articles stored before search existed has got to (see migrations/v5.ts). */
export interface SearchStateRecord {
  name: 'catchUp';
  /** The last article indexed, in sortTime order. */
  sortTime: number;
  key: string;
}

/** Articles per segment at most: their numbers fit in 16 bits. */
export const segmentCapacity = 65_536;

/**
 * Articles per SearchDocsRecord. Small, because a page of results of a rare word reads a chunk for nearly every
 * article on it: 64 keys and times, some 12 KB.
 */
export const docsChunkSize = 64;

/** The term under which an article is posted for its feed: a feed is searched as one more term, alongside the words. */
export function feedTerm(feedId: string): string {
  // U+0001 sorts before every word, and no word holds it: the feeds' terms come first in a segment's blocks.
  return `\u0001${feedId}`;
}
