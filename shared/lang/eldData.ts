// eld's own tables, read from the installed package so that Tidings' scorer and eld can never disagree about them.
//
// eld exports only its detector objects ("exports" in its package.json), not the modules they are built from, and a
// bare `eld/src/…` specifier is refused by every resolver that honours "exports" (Node, Vite, TypeScript). So these
// modules are reached by their path in node_modules, where npm installs a direct dependency; the bundler then builds
// them into the parse worker. That ties Tidings to eld's file layout and to how its detect() reads these tables:
// tests/unit/lang/ngramScorer.test.ts holds Tidings' scorer to eld's own answers, so an update of eld that changes
// either fails there rather than changing detections silently.

// @ts-expect-error eld ships no type declarations for its internal modules; each is typed below.
import { ngramsData as extraSmallNgrams } from '../../node_modules/eld/src/ngrams/extrasmall.js';
// @ts-expect-error untyped internal module of eld, typed below
import { dictionary as byteDictionary } from '../../node_modules/eld/src/dictionary.js';
// @ts-expect-error untyped internal module of eld, typed below
import { separators as separatorPattern } from '../../node_modules/eld/src/regexPatterns.js';

export interface EldNgramDatabase {
  /** `XS60` for the extra-small database of sixty languages. */
  type: string;
  /** Language codes by eld's language number. */
  languages: Readonly<Record<number, string>>;
  /** For each n-gram of UTF-8 bytes (one character per byte, see `eldByteDictionary`), a score per language number. */
  ngrams: Readonly<Record<string, Readonly<Record<number, number>>>>;
}

/** The database behind `eld/extrasmall`. */
export const eldNgrams: EldNgramDatabase = extraSmallNgrams;

/** The character eld writes for each byte of 0x80 and above, since a JavaScript string cannot hold raw bytes. */
export const eldByteDictionary: readonly string[] = byteDictionary;

/** What eld replaces with a space before reading a text: runs of anything but letters, apostrophes kept. */
export const eldSeparators: RegExp = separatorPattern;

/** Added to every stored score: eld stores scores less this, to keep its database small. */
export const ELD_BASE_NGRAM_SCORE = 53;

/** eld's raw score per n-gram is divided by this plus itself, which maps it to between 0 and 1. */
export const ELD_SCORE_SCALE = 25;

/** eld reads at most this many characters of a text. */
export const ELD_MAX_CHARS = 1000;
