import type { TidingsDb } from '../database';
import { BlockReader, BlockWriter, bitsetUnits } from './postings';
import { removedDigest } from './removal';
import type { SearchBlockRecord, SearchDocsRecord, SearchSegmentRecord } from './searchRecords';
import { docsOf, documentRows, indexTables, oldestFirst, orderOf, rowsOfSegment, type DocFields, type SegmentRows } from './segments';

/** Everything stored of one segment. */
interface LoadedSegment {
  meta: SearchSegmentRecord;
  blocks: SearchBlockRecord[];
  docs: SearchDocsRecord[];
}

/** Reads whole segments, in one transaction so that each is read as it was stored. */
export async function loadSegments(db: TidingsDb, segments: readonly SearchSegmentRecord[]): Promise<LoadedSegment[]> {
  return db.transaction('r', indexTables(db), () =>
    Promise.all(
      segments.map(async (meta) => {
        const [from, to] = rowsOfSegment(meta.id as number);
        const [blocks, docs] = await Promise.all([
          db.searchBlocks.where('[segment+block]').between(from, to, true, true).toArray(),
          db.searchDocs.where('[segment+chunk]').between(from, to, true, true).toArray(),
        ]);
        return { meta, blocks, docs };
      }),
    ),
  );
}

/** A walk over one source segment's terms, in order. */
class TermCursor {
  private block = 0;
  private index = 0;
  private reader: BlockReader | null;

  constructor(private readonly blocks: readonly SearchBlockRecord[]) {
    this.reader = blocks[0] ? new BlockReader(blocks[0]) : null;
  }

  get term(): string | null {
    return this.reader ? (this.reader.terms[this.index] ?? null) : null;
  }

  /** The current term's postings as stored, and whether they are a bitset. */
  postings(): { units: Uint16Array; dense: boolean } {
    const reader = this.reader as BlockReader;
    return { units: reader.units(this.index), dense: reader.isDense(this.index) };
  }

  next(): void {
    if (!this.reader) return;
    this.index += 1;
    if (this.index < this.reader.terms.length) return;
    this.block += 1;
    this.index = 0;
    const record = this.blocks[this.block];
    this.reader = record ? new BlockReader(record) : null;
  }
}

/**
 * One segment holding the sources' articles (sources given oldest first) in time order, less those that no longer
 * count: articles of feeds no longer followed, articles removed from the store, and an article indexed again later
 * (it changed), of which the last indexing counts. `pause` is awaited now and then, so that a large merge leaves the page responsive.
 */
export async function mergeSegments(sources: readonly LoadedSegment[], liveFeeds: ReadonlySet<string>, pause: () => Promise<void>): Promise<SegmentRows> {
  const docs = sources.map((source) => source.docs.flatMap(docsOf));
  const latest = new Map<string, [number, number]>();
  docs.forEach((list, at) => {
    list.forEach((doc, id) => {
      if (!liveFeeds.has(doc.feedId)) return;
      // The latest entry of an article decides: a removed one takes an older entry of it out with it.
      if (doc.digest === removedDigest) latest.delete(doc.key);
      else latest.set(doc.key, [at, id]);
    });
  });
  const kept: Array<DocFields & { from: [number, number] }> = [];
  for (const [key, [at, id]] of latest) kept.push({ ...(docs[at]?.[id] as DocFields), key, from: [at, id] });
  kept.sort(oldestFirst);
  // Numbers in the merged segment: -1 for an article left out.
  const renumbered = sources.map((source) => new Int32Array(source.meta.size).fill(-1));
  kept.forEach(({ from: [at, id] }, to) => {
    (renumbered[at] as Int32Array)[id] = to;
  });

  const writer = new BlockWriter(kept.length);
  const cursors = sources.map((source) => new TermCursor(source.blocks));
  const ids = new Uint32Array(Math.max(1, kept.length));
  const units = bitsetUnits(kept.length);
  let sincePause = performance.now();
  // Each round writes one term and moves past it in every source that has it.
  const rounds = sources.reduce((sum, source) => sum + source.blocks.reduce((terms, block) => terms + block.ends.length, 0), 0);
  for (let round = 0; round <= rounds; round += 1) {
    let term: string | null = null;
    for (const cursor of cursors) {
      const candidate = cursor.term;
      if (candidate !== null && (term === null || candidate < term)) term = candidate;
    }
    if (term === null) break;
    let count = 0;
    cursors.forEach((cursor, at) => {
      if (cursor.term !== term) return;
      count = appendRenumbered(cursor.postings(), renumbered[at] as Int32Array, ids, count);
      cursor.next();
    });
    if (count > units) writer.addBitset(term, bitsetOf(ids, count, units));
    else if (count > 0) writer.add(term, ids.subarray(0, count).sort(), count);
    if (performance.now() - sincePause > 8) {
      await pause();
      sincePause = performance.now();
    }
  }
  writer.flush();
  const { docs: chunks, ...span } = documentRows(kept);
  const order = Math.min(...sources.map((source) => orderOf(source.meta)));
  return { meta: { order, size: kept.length, ...span, blockFirstTerms: writer.firstTerms }, blocks: writer.blocks, docs: chunks };
}

/** The articles numbered in the first `count` of `ids`, as a bitset in 16-bit units. */
function bitsetOf(ids: Uint32Array, count: number, units: number): Uint16Array {
  const bits = new Uint16Array(units);
  for (let index = 0; index < count; index += 1) {
    const id = ids[index] as number;
    bits[id >>> 4] = (bits[id >>> 4] as number) | (1 << (id & 15));
  }
  return bits;
}

/** Appends a source term's articles, in their new numbers, to `ids` from `count` on; returns the new count. */
function appendRenumbered({ units, dense }: { units: Uint16Array; dense: boolean }, renumbered: Int32Array, ids: Uint32Array, count: number): number {
  let next = count;
  if (dense) {
    for (let unit = 0; unit < units.length; unit += 1) {
      let bits = units[unit] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        const to = renumbered[(unit << 4) + 31 - Math.clz32(low)] as number;
        if (to >= 0) ids[next++] = to;
        bits ^= low;
      }
    }
  } else {
    for (const id of units) {
      const to = renumbered[id] as number;
      if (to >= 0) ids[next++] = to;
    }
  }
  return next;
}
