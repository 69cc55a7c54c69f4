import type { QueryTerm } from '../../../shared/search/parseQuery';
import type { TidingsDb } from '../database';
import { blocksFor, BlockReader } from './postings';
import { docsChunkSize, type SearchDocsRecord, type SearchSegmentRecord } from './searchRecords';

/** A matching article as the index knows it, before its row is read. */
export interface Candidate {
  time: number;
  key: string;
  digest: string;
}

/** What an article must have: one of these terms (a query's word is one; a set of feeds, one term per feed). */
export type Clause = readonly QueryTerm[];

/** An article a segment matched, with the span of time its docs chunk covers, before its chunk is read. */
interface Match {
  id: number;
  /** Its time lies in [low, high]: articles are numbered in time order, and the segment knows each chunk's first time. */
  low: number;
  high: number;
}

/**
 * One segment's matches, newest first: the highest numbers of its bitset, taken without reading anything, each with
 * bounds on its time from the segment's chunk times. Only the matches that may make the page have their docs chunks
 * read, for their key and exact time: a page of a rare word reads some hundred chunks, not one per match of every
 * segment visited.
 */
class SegmentStream {
  /** The matches taken, newest first. */
  readonly taken: Match[] = [];
  /** The next article to look at, going down. */
  private next: number;
  private readonly chunks = new Map<number, SearchDocsRecord>();

  constructor(
    private readonly db: TidingsDb,
    private readonly segment: SearchSegmentRecord,
    private readonly bits: Uint32Array,
    private readonly ceiling: number,
  ) {
    // Start in the last docs chunk that begins no later than the cursor: what is newer is on earlier pages.
    let chunk = segment.chunkTimes.length - 1;
    while (chunk >= 0 && (segment.chunkTimes[chunk] as number) > ceiling) chunk -= 1;
    this.next = Math.min(segment.size, (chunk + 1) * docsChunkSize) - 1;
    this.advance();
  }

  get exhausted(): boolean {
    return this.next < 0;
  }

  /** The most an untaken match's time can be. */
  get nextHigh(): number {
    return this.exhausted ? Number.NEGATIVE_INFINITY : this.boundsOf(this.next)[1];
  }

  /** Takes up to `count` more matches. */
  take(count: number): void {
    for (let taken = 0; taken < count && this.next >= 0; taken += 1) {
      const [low, high] = this.boundsOf(this.next);
      this.taken.push({ id: this.next, low, high });
      this.next -= 1;
      this.advance();
    }
  }

  /** Moves `next` down to the nearest match, or below 0. */
  private advance(): void {
    while (this.next >= 0) {
      const word = this.next >>> 5;
      // Whole empty words are skipped at once: a rare word's matches lie far apart.
      const value = ((this.bits[word] as number) << (31 - (this.next & 31))) >>> 0;
      if (value !== 0) {
        this.next -= Math.clz32(value);
        return;
      }
      this.next = (word << 5) - 1;
    }
  }

  private boundsOf(id: number): [number, number] {
    const chunk = Math.floor(id / docsChunkSize);
    const high = this.segment.chunkTimes[chunk + 1] ?? this.segment.hi;
    return [this.segment.chunkTimes[chunk] as number, Math.min(high, this.ceiling)];
  }

  /**
   * Reads the docs chunks of the taken matches that may be as new as `floor`, and returns those candidates; a match
   * found newer than the cursor is dropped from `taken`, so that the caller counts again.
   */
  async resolve(floor: number): Promise<Candidate[]> {
    const wanted = this.taken.filter((match) => match.high >= floor);
    const missing = [...new Set(wanted.map((match) => Math.floor(match.id / docsChunkSize)))].filter((chunk) => !this.chunks.has(chunk));
    const segment = this.segment.id as number;
    if (missing.length > 0) {
      for (const chunk of await this.db.searchDocs.bulkGet(missing.map((chunk) => [segment, chunk] as [number, number]))) {
        if (chunk) this.chunks.set(chunk.chunk, chunk);
      }
    }
    const candidates: Candidate[] = [];
    const dropped = new Set<Match>();
    for (const match of wanted) {
      const chunk = this.chunks.get(Math.floor(match.id / docsChunkSize));
      const at = match.id % docsChunkSize;
      const time = chunk?.times[at];
      if (!chunk || time === undefined || time > this.ceiling) dropped.add(match);
      else candidates.push({ time, key: chunk.keys[at] as string, digest: chunk.digests[at] ?? '' });
    }
    if (dropped.size > 0) this.taken.splice(0, this.taken.length, ...this.taken.filter((match) => !dropped.has(match)));
    return candidates;
  }
}

/**
 * Finds the articles of a store's index that meet every clause, newest first. Segments are visited newest (by their
 * newest article) first, a wave at a time, and each gives its matches newest first with bounds on their times. Once
 * `want` matches are surely as new as some time, no segment still to visit and no match still untaken can be newer,
 * the matches that may be as new are read exactly, and the first `want` are known. What was taken and read is kept,
 * so that asking for more continues from there.
 */
export class IndexSearch {
  private readonly order: SearchSegmentRecord[];
  private readonly streams: SegmentStream[] = [];
  private visited = 0;
  private wave = 1;

  constructor(
    private readonly db: TidingsDb,
    segments: readonly SearchSegmentRecord[],
    private readonly clauses: readonly Clause[],
    /** No candidate is newer than this. */
    private readonly ceiling: number,
  ) {
    // A segment whose articles are all newer than the cursor has nothing for this page: deep pages skip it unread.
    this.order = segments.filter((segment) => segment.lo <= ceiling).sort((a, b) => b.hi - a.hi);
  }

  /**
   * At least the newest `want` candidates (all of them when fewer match), with every candidate as new as the last:
   * ties at the boundary are all in. `complete` when every match is in the list.
   */
  async newest(want: number): Promise<{ candidates: Candidate[]; complete: boolean }> {
    // Each round takes a match, visits a segment or drops a match: the bound is never reached.
    for (let round = 0; round < 10_000_000; round += 1) {
      // The `want`-th newest time is at least `floor`, the `want`-th highest lower bound.
      const lows = this.streams.flatMap((stream) => stream.taken.map((match) => match.low)).sort((a, b) => b - a);
      const floor = lows.length >= want ? (lows[want - 1] as number) : Number.NEGATIVE_INFINITY;
      const short = this.streams.filter((stream) => !stream.exhausted && stream.nextHigh >= floor);
      const next = this.order[this.visited];
      const visitMore = next !== undefined && next.hi >= floor;
      if (short.length > 0 || visitMore) {
        for (const stream of short) stream.take(want);
        if (visitMore) await this.visit(want);
        continue;
      }
      const before = this.taken();
      const resolved = await Promise.all(this.streams.map((stream) => stream.resolve(floor)));
      const pending = this.taken();
      // A match found newer than the cursor is gone from its stream, and counted towards `floor`: count again.
      if (pending < before) continue;
      const taken = resolved.flat().sort((a, b) => b.time - a.time);
      const boundary = taken.length >= want ? (taken[want - 1] as Candidate).time : Number.NEGATIVE_INFINITY;
      const candidates = taken.filter((candidate) => candidate.time >= boundary);
      const complete = !next && candidates.length === pending && this.streams.every((stream) => stream.exhausted);
      return { candidates, complete };
    }
    throw new Error('search did not settle');
  }

  private taken(): number {
    return this.streams.reduce((sum, stream) => sum + stream.taken.length, 0);
  }

  /** Looks up the clauses in the next wave of segments (doubling: one for a common word, a few for a rare one). */
  private async visit(want: number): Promise<void> {
    const segments = this.order.slice(this.visited, this.visited + this.wave);
    this.visited += segments.length;
    this.wave *= 2;
    const bitsets = await Promise.all(segments.map((segment) => this.match(segment)));
    segments.forEach((segment, index) => {
      const bits = bitsets[index];
      if (!bits) return;
      const stream = new SegmentStream(this.db, segment, bits, this.ceiling);
      stream.take(want + 1);
      this.streams.push(stream);
    });
  }

  /** The segment's articles that meet every clause, as a bitset of 32 articles a word; null when none does. */
  private async match(segment: SearchSegmentRecord): Promise<Uint32Array | null> {
    const id = segment.id as number;
    const ranges = this.clauses.map((clause) => clause.map((term) => blocksFor(segment.blockFirstTerms, term.text, term.prefix)));
    // One request per run of neighbouring blocks: a short prefix, or a folder's feeds, may span several.
    const runs: Array<[number, number]> = [];
    for (const [first, last] of ranges.flat().sort((a, b) => a[0] - b[0])) {
      const run = runs.at(-1);
      if (run && first <= run[1] + 1) run[1] = Math.max(run[1], last);
      else runs.push([first, last]);
    }
    const fetched = await Promise.all(runs.map(([first, last]) => this.db.searchBlocks.where('[segment+block]').between([id, first], [id, last], true, true).toArray()));
    const readers = new Map<number, BlockReader>();
    for (const record of fetched.flat()) readers.set(record.block, new BlockReader(record));
    const words = Math.ceil(segment.size / 32);
    let result: Uint32Array | null = null;
    for (const [index, clause] of this.clauses.entries()) {
      const bits = new Uint32Array(words);
      let any = false;
      clause.forEach((term, at) => {
        const [first, last] = ranges[index]?.[at] as [number, number];
        for (let block = first; block <= last; block += 1) any = orTerm(readers.get(block), term, bits) || any;
      });
      if (!any) return null;
      if (!result) {
        result = bits;
        continue;
      }
      let left = false;
      for (let word = 0; word < words; word += 1) {
        const both = (result[word] as number) & (bits[word] as number);
        result[word] = both;
        left ||= both !== 0;
      }
      if (!left) return null;
    }
    return result;
  }
}

/** Sets in `bits` the articles that have `term` (or a term it starts, for a prefix) in the block; whether any has. */
function orTerm(reader: BlockReader | undefined, term: QueryTerm, bits: Uint32Array): boolean {
  if (!reader) return false;
  if (term.prefix) {
    const [from, to] = reader.prefixRange(term.text);
    for (let at = from; at < to; at += 1) reader.orInto(at, bits);
    return to > from;
  }
  const at = reader.find(term.text);
  if (at >= 0) reader.orInto(at, bits);
  return at >= 0;
}
