import type { SearchBlockRecord } from './searchRecords';

// A term's postings are the numbers of the segment's articles that have it, in one of two forms, whichever is
// smaller: a sorted list (one 16-bit unit an article) or a bitset over the whole segment (one unit per 16 articles).
// A word found in most articles of a 65,536-article segment takes 8 KB as a bitset, against 128 KB as a list.

/** Postings and term text per block, in UTF-16 units: 8 KB, so that looking a word up reads little beside it. */
const blockUnits = 4_096;

/** 16-bit units of a bitset over `size` articles. */
export function bitsetUnits(size: number): number {
  return Math.ceil(size / 16);
}

/** Writes a segment's terms, given in code-unit order, into blocks. */
export class BlockWriter {
  readonly blocks: Array<Omit<SearchBlockRecord, 'segment'>> = [];
  readonly firstTerms: string[] = [];
  private terms: string[] = [];
  private ends: number[] = [];
  private dense: number[] = [];
  private postings = new Uint16Array(4096);
  private used = 0;
  private termUnits = 0;

  constructor(private readonly size: number) {}

  /** Adds a term with the articles that have it: `count` ascending numbers read from `ids`. */
  add(term: string, ids: ArrayLike<number>, count: number): void {
    const units = bitsetUnits(this.size);
    const asBitset = count > units;
    this.reserve(asBitset ? units : count);
    if (asBitset) {
      this.postings.fill(0, this.used, this.used + units);
      for (let index = 0; index < count; index += 1) {
        const id = ids[index] as number;
        const unit = this.used + (id >>> 4);
        this.postings[unit] = (this.postings[unit] as number) | (1 << (id & 15));
      }
      this.used += units;
    } else {
      for (let index = 0; index < count; index += 1) this.postings[this.used++] = ids[index] as number;
    }
    this.push(term, asBitset);
  }

  /** Adds a term whose postings are already a bitset over this segment, in 16-bit units. */
  addBitset(term: string, bits: Uint16Array): void {
    this.reserve(bits.length);
    this.postings.set(bits, this.used);
    this.used += bits.length;
    this.push(term, true);
  }

  private push(term: string, asBitset: boolean): void {
    if (this.terms.length === 0) this.firstTerms.push(term);
    this.terms.push(term);
    this.ends.push(this.used);
    this.dense.push(asBitset ? 1 : 0);
    this.termUnits += term.length + 1;
    if (this.used + this.termUnits >= blockUnits) this.flush();
  }

  private reserve(units: number): void {
    if (this.used + units <= this.postings.length) return;
    const grown = new Uint16Array(Math.max(this.postings.length * 2, this.used + units));
    grown.set(this.postings.subarray(0, this.used));
    this.postings = grown;
  }

  /** Closes the block being written; call once more when every term is in. */
  flush(): void {
    if (this.terms.length === 0) return;
    this.blocks.push({
      block: this.blocks.length,
      terms: this.terms.join('\n'),
      ends: Uint32Array.from(this.ends),
      dense: Uint8Array.from(this.dense),
      postings: this.postings.slice(0, this.used),
    });
    this.terms = [];
    this.ends = [];
    this.dense = [];
    this.used = 0;
    this.termUnits = 0;
  }
}

/** A stored block, its terms split out once. */
export class BlockReader {
  readonly terms: string[];

  constructor(readonly record: SearchBlockRecord) {
    this.terms = record.terms.split('\n');
  }

  /** The index of `term` in the block, or -1. */
  find(term: string): number {
    const index = lowerBound(this.terms, term);
    return this.terms[index] === term ? index : -1;
  }

  /** The indexes of the block's terms that start with `prefix`: [from, to). */
  prefixRange(prefix: string): [number, number] {
    const from = lowerBound(this.terms, prefix);
    let to = from;
    while (to < this.terms.length && (this.terms[to] as string).startsWith(prefix)) to += 1;
    return [from, to];
  }

  isDense(index: number): boolean {
    return this.record.dense[index] === 1;
  }

  /** The term's postings as stored: a bitset or a sorted list, see isDense. */
  units(index: number): Uint16Array {
    const start = index === 0 ? 0 : (this.record.ends[index - 1] as number);
    return this.record.postings.subarray(start, this.record.ends[index]);
  }

  /** Sets the term's articles in `bits`, a bitset of 32 articles a word. */
  orInto(index: number, bits: Uint32Array): void {
    const units = this.units(index);
    if (this.isDense(index)) {
      for (let unit = 0; unit < units.length; unit += 1) {
        const value = units[unit] as number;
        if (value !== 0) bits[unit >>> 1] = (bits[unit >>> 1] as number) | (value << ((unit & 1) << 4));
      }
    } else {
      for (const id of units) bits[id >>> 5] = (bits[id >>> 5] as number) | (1 << (id & 31));
    }
  }
}

/** The first index whose term is not before `term`, in code-unit order. */
export function lowerBound(sorted: readonly string[], term: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The blocks of a segment that may hold `term` (or, with `prefix`, terms starting with it): [first, last]. */
export function blocksFor(firstTerms: readonly string[], term: string, prefix: boolean): [number, number] {
  const at = lowerBound(firstTerms, term);
  const first = firstTerms[at] === term ? at : Math.max(0, at - 1);
  if (!prefix) return [first, first];
  // The last block whose first term is not after every term starting with `prefix`.
  const last = Math.max(first, lowerBound(firstTerms, `${term}\uffff`) - 1);
  return [first, last];
}
