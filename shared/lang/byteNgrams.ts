// The n-grams eld reads from a cleaned text (see detectorText.ts), packed into integers instead of eld's strings.
//
// eld encodes each word in UTF-8 and writes each byte as one character (a byte of 0x80 and above through its
// dictionary, which gives some bytes the same character), then takes 4-byte n-grams at a stride of 3, the word's
// first with a leading space and its last with a trailing one. Such a key is at most 6 characters, each below 256, so
// it fits in two 32-bit integers and the table can be an integer hash table: no string is made per n-gram.

import { eldByteDictionary } from './eldData';

/** eld stops at the first space after this many bytes… */
const CUT_AFTER_BYTES = 350;
/** …and after any character past this many. */
const ENFORCE_CUT_AFTER_BYTES = 380;
/** Bytes of a word that eld takes n-grams from (its last n-gram runs to the word's end all the same). */
const WORD_BYTES_READ = 70;
/** The longest n-gram that packs into two integers: the longest key eld's tables hold. */
const MAX_PACKED_UNITS = 6;
/** More n-grams than a text can give before eld's cut: at most one per byte read. */
const MAX_NGRAMS = 512;
/** A word cannot outgrow eld's cut by more than one character. */
const MAX_WORD_BYTES = ENFORCE_CUT_AFTER_BYTES + 8;

const SPACE = 0x20;

/** The character code eld writes for each byte: an ASCII byte as itself, any other through its dictionary. */
const UNIT_OF_BYTE = Uint8Array.from({ length: 256 }, (_, byte) =>
  byte < 0x80 ? byte : (eldByteDictionary[byte] ?? ' ').charCodeAt(0),
);

/** A text's n-grams in the order eld meets them, duplicates included. */
export class NgramList {
  count = 0;
  /** The first four characters of each packed n-gram, eight bits each. */
  readonly low = new Int32Array(MAX_NGRAMS);
  /** The fifth and sixth characters, and the n-gram's length above them. */
  readonly high = new Int32Array(MAX_NGRAMS);
  /** N-grams too long to pack (only the last of a word over 70 bytes), as eld's own strings. */
  readonly long: string[] = [];

  clear(): void {
    this.count = 0;
    if (this.long.length > 0) this.long.length = 0;
  }
}

/** Packs one of eld's n-gram strings as readNgrams would, or null when it is too long or holds a wider character. */
export function packNgram(key: string): { low: number; high: number } | null {
  if (key.length === 0 || key.length > MAX_PACKED_UNITS) return null;
  let low = 0;
  let high = 0;
  for (let index = 0; index < key.length; index++) {
    const unit = key.charCodeAt(index);
    if (unit > 0xff) return null;
    if (index < 4) low |= unit << (index * 8);
    else high |= unit << ((index - 4) * 8);
  }
  return { low, high: high | (key.length << 16) };
}

const word = new Uint8Array(MAX_WORD_BYTES);

/** Fills `into` with the n-grams of `cleaned` (a text from cleanForDetector), as eld's getByteNgrams takes them. */
export function readNgrams(cleaned: string, into: NgramList): void {
  into.clear();
  let length = 0;
  let bytes = 0;
  for (let index = 0; index < cleaned.length; index++) {
    let code = cleaned.charCodeAt(index);
    if (code < 0x80) {
      if (code === SPACE) {
        if (length > 0) addWord(length, into);
        length = 0;
        if (bytes > CUT_AFTER_BYTES) break;
      } else {
        word[length++] = code;
      }
      bytes++;
    } else if (code < 0x800) {
      word[length++] = UNIT_OF_BYTE[0xc0 | (code >> 6)] ?? 0;
      word[length++] = UNIT_OF_BYTE[0x80 | (code & 0x3f)] ?? 0;
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      word[length++] = UNIT_OF_BYTE[0xe0 | (code >> 12)] ?? 0;
      word[length++] = UNIT_OF_BYTE[0x80 | ((code >> 6) & 0x3f)] ?? 0;
      word[length++] = UNIT_OF_BYTE[0x80 | (code & 0x3f)] ?? 0;
      bytes += 3;
    } else {
      // As eld does, a surrogate takes the next code unit as its pair, whatever it is.
      index++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (cleaned.charCodeAt(index) & 0x3ff));
      word[length++] = UNIT_OF_BYTE[0xf0 | (code >> 18)] ?? 0;
      word[length++] = UNIT_OF_BYTE[0x80 | ((code >> 12) & 0x3f)] ?? 0;
      word[length++] = UNIT_OF_BYTE[0x80 | ((code >> 6) & 0x3f)] ?? 0;
      word[length++] = UNIT_OF_BYTE[0x80 | (code & 0x3f)] ?? 0;
      bytes += 4;
    }
    if (bytes > ENFORCE_CUT_AFTER_BYTES) break;
  }
  if (length > 0) addWord(length, into);
}

function addWord(length: number, into: NgramList): void {
  const read = Math.min(length, WORD_BYTES_READ);
  let start = 0;
  for (; start + 4 < read; start += 3) add(start === 0, start, start + 4, false, into);
  // eld's `word.substring(len !== 3 ? len - 4 : 0)`: from the end of the bytes read to the end of the word.
  add(start === 0, Math.max(0, read - 4), length, true, into);
}

function add(leadingSpace: boolean, from: number, to: number, trailingSpace: boolean, into: NgramList): void {
  const units = to - from + (leadingSpace ? 1 : 0) + (trailingSpace ? 1 : 0);
  if (units > MAX_PACKED_UNITS) {
    into.long.push(`${leadingSpace ? ' ' : ''}${String.fromCharCode(...word.subarray(from, to))}${trailingSpace ? ' ' : ''}`);
    return;
  }
  let low = 0;
  let high = 0;
  let unit = 0;
  if (leadingSpace) {
    low = SPACE;
    unit = 1;
  }
  for (let index = from; index < to; index++, unit++) {
    const code = word[index] ?? 0;
    if (unit < 4) low |= code << (unit * 8);
    else high |= code << ((unit - 4) * 8);
  }
  if (trailingSpace) {
    if (unit < 4) low |= SPACE << (unit * 8);
    else high |= SPACE << ((unit - 4) * 8);
  }
  into.low[into.count] = low;
  into.high[into.count] = high | (units << 16);
  into.count++;
}
