// eld's scores, for the few languages Tidings would accept in a script, at a fraction of eld's cost.
//
// eld's detect() walks a plain object of n-grams and, for each, a plain object of languages; getScores() then orders
// and scales all sixty languages, of which Tidings keeps two. Here eld's own table is laid out once in typed arrays
// holding only the languages asked for, and the text is read as eld reads it (detectorText.ts, byteNgrams.ts). The
// scores are eld's to the bit: the same integer sums, divided by the same count of distinct n-grams, scaled by the
// same formula, ranked the same way (ties in eld's language order, as its stable sort leaves them).

import { NgramList, packNgram, readNgrams } from './byteNgrams';
import { cleanForDetector } from './detectorText';
import { ELD_BASE_NGRAM_SCORE, ELD_SCORE_SCALE, eldNgrams } from './eldData';

export interface LanguageScore {
  language: string;
  /** As eld's getScores() gives it: between 0 and 1. */
  score: number;
}

/** A packed n-gram's high half always holds its length, so 0 marks a free slot. */
const FREE = 0;

function slotOf(low: number, high: number, shift: number): number {
  const mixed = Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca77);
  return Math.imul(mixed ^ (mixed >>> 15), 0xc2b2ae3d) >>> shift;
}

/** N-grams met in one call are stamped with it, so that telling whether one is new never needs clearing. */
class StampedSet {
  private readonly low: Int32Array;
  private readonly high: Int32Array;
  private readonly stamp: Uint32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(bits: number) {
    this.low = new Int32Array(1 << bits);
    this.high = new Int32Array(1 << bits);
    this.stamp = new Uint32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** Adds the n-gram; false when it was already there in this call. */
  add(low: number, high: number, stamp: number): boolean {
    for (let slot = slotOf(low, high, this.shift); ; slot = (slot + 1) & this.mask) {
      if (this.stamp[slot] !== stamp) {
        this.stamp[slot] = stamp;
        this.low[slot] = low;
        this.high[slot] = high;
        return true;
      }
      if (this.low[slot] === low && this.high[slot] === high) return false;
    }
  }

  reset(): void {
    this.stamp.fill(0);
  }
}

// One thread reads one text at a time, so every scorer shares this scratch space.
const ngrams = new NgramList();
/** N-grams of the text that none of the scorer's languages has: eld counts them all the same. */
const misses = new StampedSet(10);
let lastStamp = 0;
const stampResets: (() => void)[] = [];

function nextStamp(): number {
  if (lastStamp === 0xffffffff) {
    lastStamp = 0;
    misses.reset();
    for (const reset of stampResets) reset();
  }
  return ++lastStamp;
}

/** One scorer's share of eld's table, as it is read: a row per n-gram with a score in one of its languages. */
export interface ScoreTable {
  /** The languages, in eld's order; entries name them by their index here. */
  languages: readonly string[];
  /** Row r's entries run from rowStart[r] to rowStart[r + 1]. */
  rowStart: Uint32Array;
  entryLanguage: Uint8Array;
  /** eld's stored score with its base added back. */
  entryScore: Int32Array;
  /** Each row's n-gram, packed; a high half of FREE for one too long to pack, which is in `longRows` instead. */
  low: Int32Array;
  high: Int32Array;
  longRows: Map<string, number>;
}

export class NgramScorer {
  private readonly languages: readonly string[];
  private readonly rowStart: Uint32Array;
  private readonly entryLanguage: Uint8Array;
  private readonly entryScore: Int32Array;
  private readonly longRows: ReadonlyMap<string, number>;
  /** The rows' n-grams by open addressing, with the call that last met each. */
  private readonly slotLow: Int32Array;
  private readonly slotHigh: Int32Array;
  private readonly slotRow: Int32Array;
  private readonly slotSeen: Uint32Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly sums: Float64Array;

  /** A scorer for `languages` (the tests compare one over all of eld's with eld); the detector uses createNgramScorers. */
  static for(languages: Iterable<string>): NgramScorer {
    const [scorer] = buildScorers([languages]);
    if (!scorer) throw new Error('no scorer built');
    return scorer;
  }

  constructor(table: ScoreTable) {
    this.languages = table.languages;
    this.rowStart = table.rowStart;
    this.entryLanguage = table.entryLanguage;
    this.entryScore = table.entryScore;
    this.longRows = table.longRows;
    const bits = Math.max(4, Math.ceil(Math.log2(table.low.length * 1.5 + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slotLow = new Int32Array(1 << bits);
    this.slotHigh = new Int32Array(1 << bits);
    this.slotRow = new Int32Array(1 << bits);
    this.slotSeen = new Uint32Array(1 << bits);
    for (let row = 0; row < table.low.length; row++) {
      const low = table.low[row] ?? 0;
      const high = table.high[row] ?? FREE;
      if (high === FREE) continue;
      let slot = slotOf(low, high, this.shift);
      while (this.slotHigh[slot] !== FREE) slot = (slot + 1) & this.mask;
      this.slotLow[slot] = low;
      this.slotHigh[slot] = high;
      this.slotRow[slot] = row;
    }
    this.sums = new Float64Array(this.languages.length);
    stampResets.push(() => this.slotSeen.fill(0));
  }

  /** The two best of the languages with their scores, best first: the top of eld's getScores(), others left out. */
  rank(text: string): LanguageScore[] {
    const count = this.sum(text);
    let best = -1;
    let bestScore = 0;
    let second = -1;
    let secondScore = 0;
    for (let index = 0; index < this.sums.length; index++) {
      const sum = this.sums[index] ?? 0;
      if (sum <= 0) continue;
      const score = scale(sum, count);
      // Only a higher score displaces: equal ones stay in eld's order, as its stable sort keeps them.
      if (best < 0 || score > bestScore) {
        second = best;
        secondScore = bestScore;
        best = index;
        bestScore = score;
      } else if (second < 0 || score > secondScore) {
        second = index;
        secondScore = score;
      }
    }
    const ranked: LanguageScore[] = [];
    if (best >= 0) ranked.push({ language: this.languages[best] ?? '', score: bestScore });
    if (second >= 0) ranked.push({ language: this.languages[second] ?? '', score: secondScore });
    return ranked;
  }

  /** Every one of the languages that scores, best first, as eld's getScores() orders them. */
  scoreAll(text: string): LanguageScore[] {
    const count = this.sum(text);
    const scored: LanguageScore[] = [];
    this.sums.forEach((sum, index) => {
      if (sum > 0) scored.push({ language: this.languages[index] ?? '', score: scale(sum, count) });
    });
    return scored.sort((a, b) => b.score - a.score);
  }

  /** Fills `sums` with each language's raw score; returns the count of distinct n-grams, as eld divides by it. */
  private sum(text: string): number {
    readNgrams(cleanForDetector(text), ngrams);
    const stamp = nextStamp();
    this.sums.fill(0);
    let distinct = 0;
    for (let index = 0; index < ngrams.count; index++) {
      const low = ngrams.low[index] ?? 0;
      const high = ngrams.high[index] ?? 0;
      for (let slot = slotOf(low, high, this.shift); ; slot = (slot + 1) & this.mask) {
        const held = this.slotHigh[slot];
        if (held === FREE) {
          if (misses.add(low, high, stamp)) distinct++;
          break;
        }
        if (held === high && this.slotLow[slot] === low) {
          if (this.slotSeen[slot] !== stamp) {
            this.slotSeen[slot] = stamp;
            distinct++;
            this.addRow(this.slotRow[slot] ?? 0);
          }
          break;
        }
      }
    }
    if (ngrams.long.length > 0) {
      for (const key of new Set(ngrams.long)) {
        distinct++;
        const row = this.longRows.get(key);
        if (row !== undefined) this.addRow(row);
      }
    }
    return distinct;
  }

  private addRow(row: number): void {
    const end = this.rowStart[row + 1] ?? 0;
    for (let entry = this.rowStart[row] ?? 0; entry < end; entry++) {
      const index = this.entryLanguage[entry] ?? 0;
      this.sums[index] = (this.sums[index] ?? 0) + (this.entryScore[entry] ?? 0);
    }
  }
}

/** eld's LanguageResult scaling, step for step, so that the floating-point result is the same. */
function scale(sum: number, distinctNgrams: number): number {
  const perNgram = sum / distinctNgrams;
  return perNgram / (perNgram + ELD_SCORE_SCALE);
}

/** One scorer per set of languages, keyed as given; eld's table is walked once for all of them. */
export function createNgramScorers<Key extends string>(
  sets: Partial<Record<Key, Iterable<string>>>,
): Partial<Record<Key, NgramScorer>> {
  const keys = Object.keys(sets) as Key[];
  const scorers = buildScorers(keys.map((key) => sets[key] ?? []));
  const byKey: Partial<Record<Key, NgramScorer>> = {};
  keys.forEach((key, index) => {
    const scorer = scorers[index];
    if (scorer) byKey[key] = scorer;
  });
  return byKey;
}

interface TableInProgress {
  languages: string[];
  rowStart: number[];
  entryLanguage: number[];
  entryScore: number[];
  low: number[];
  high: number[];
  longRows: Map<string, number>;
  /** Whether the n-gram being walked has a row here yet. */
  rowOpen: boolean;
}

/**
 * Walking eld's table is most of the cost of a scorer (its objects are large and keyed by strings), so one walk
 * fills every set's table.
 */
function buildScorers(sets: readonly Iterable<string>[]): NgramScorer[] {
  const database = eldNgrams;
  const numbers = Object.keys(database.languages).map(Number).sort((a, b) => a - b);
  /** For each of eld's language numbers, the tables taking it and its index in each. */
  const takers: { table: TableInProgress; index: number }[][] = [];
  const tables = sets.map((set): TableInProgress => {
    const wanted = new Set(set);
    const table: TableInProgress = {
      languages: [],
      rowStart: [0],
      entryLanguage: [],
      entryScore: [],
      low: [],
      high: [],
      longRows: new Map(),
      rowOpen: false,
    };
    for (const number of numbers) {
      const language = database.languages[number];
      if (language === undefined || !wanted.has(language)) continue;
      (takers[number] ??= []).push({ table, index: table.languages.length });
      table.languages.push(language);
    }
    return table;
  });

  for (const key in database.ngrams) {
    const scores = database.ngrams[key];
    let opened: TableInProgress[] | null = null;
    for (const name in scores) {
      const number = +name;
      const forNumber = takers[number];
      if (forNumber === undefined) continue;
      for (const { table, index } of forNumber) {
        if (!table.rowOpen) {
          table.rowOpen = true;
          (opened ??= []).push(table);
        }
        table.entryLanguage.push(index);
        table.entryScore.push((scores[number] ?? 0) + ELD_BASE_NGRAM_SCORE);
      }
    }
    if (opened === null) continue;
    const packed = packNgram(key);
    for (const table of opened) {
      if (packed) {
        table.low.push(packed.low);
        table.high.push(packed.high);
      } else {
        table.longRows.set(key, table.low.length);
        table.low.push(0);
        table.high.push(FREE);
      }
      table.rowStart.push(table.entryLanguage.length);
      table.rowOpen = false;
    }
  }

  return tables.map(
    (table) =>
      new NgramScorer({
        languages: table.languages,
        rowStart: Uint32Array.from(table.rowStart),
        entryLanguage: Uint8Array.from(table.entryLanguage),
        entryScore: Int32Array.from(table.entryScore),
        low: Int32Array.from(table.low),
        high: Int32Array.from(table.high),
        longRows: table.longRows,
      }),
  );
}
