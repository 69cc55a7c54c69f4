// Before reading a text, eld replaces every run of non-letters with one space (apostrophes ending a run stay, so
// "don't" stays one word), then trims and lowers it. It does so with one Unicode-aware regular expression: a
// lookbehind after a class of some 600 ranges, which costs more than all the rest of eld's reading. The same
// replacement is done here in one pass over a table of eld's own letters, read from that very expression.

import { ELD_MAX_CHARS, eldSeparators } from './eldData';

const OTHER = 0;
const LETTER = 1;
const APOSTROPHE = 2;

/** For each UTF-16 code unit: a letter, an apostrophe eld keeps, or something else. Surrogates are never letters. */
type CharKinds = Uint8Array;

/**
 * The kinds, read from eld's expression when it has the expected shape, `[^letters]+(?<![apostrophes])` with the
 * flags g and u; null otherwise (an eld that reads text another way), and the expression itself is used instead.
 */
export function readCharKinds(pattern: RegExp): CharKinds | null {
  if (pattern.flags !== 'gu') return null;
  const shape = /^\[\^([^\]]+)\]\+\(\?<!\[([^\]]+)\]\)$/s.exec(pattern.source);
  const letters = shape?.[1] === undefined ? null : readClass(shape[1]);
  const apostrophes = shape?.[2] === undefined ? null : readClass(shape[2]);
  if (!letters || !apostrophes) return null;
  const kinds = new Uint8Array(0x10000);
  for (const [from, to] of letters) kinds.fill(LETTER, from, to + 1);
  for (const [from, to] of apostrophes) {
    // An apostrophe that is also a letter would make the lookbehind mean something this pass does not do.
    if (kinds.subarray(from, to + 1).some((kind) => kind === LETTER)) return null;
    kinds.fill(APOSTROPHE, from, to + 1);
  }
  if (kinds.subarray(0xd800, 0xe000).some((kind) => kind !== OTHER)) return null;
  return kinds;
}

/** The ranges of a character class body made of characters, `\xHH` and `\uHHHH` escapes and `a-b` ranges. */
function readClass(body: string): [number, number][] | null {
  const codes: number[] = [];
  const isRange: boolean[] = [];
  for (let index = 0; index < body.length; ) {
    const char = body[index] ?? '';
    if (char === '\\') {
      const escape = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/.exec(body.slice(index, index + 6));
      const hex = escape?.[1] ?? escape?.[2];
      if (!escape || hex === undefined) return null;
      codes.push(parseInt(hex, 16));
      isRange.push(false);
      index += escape[0].length;
    } else {
      // A '-' between two characters makes a range; the class holds no literal '-' (eld's holds letters only).
      isRange.push(char === '-' && codes.length > 0 && index + 1 < body.length);
      codes.push(body.charCodeAt(index));
      index++;
    }
  }
  const ranges: [number, number][] = [];
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] ?? 0;
    if (isRange[index + 1]) {
      const to = codes[index + 2];
      if (to === undefined || to < code) return null;
      ranges.push([code, to]);
      index += 2;
    } else {
      ranges.push([code, code]);
    }
  }
  return ranges;
}

/**
 * What eld's detector does to a text before encoding it, given its separator pattern: the first 1,000 characters,
 * separators to spaces, trimmed, lower case.
 */
export function cleanerFor(separators: RegExp): (text: string) => string {
  const kinds = readCharKinds(separators);
  return (text) => {
    const sample = text.length > ELD_MAX_CHARS ? text.substring(0, ELD_MAX_CHARS) : text;
    const spaced = kinds ? replaceSeparators(sample, kinds) : sample.replace(separators, ' ');
    return spaced.trim().toLowerCase();
  };
}

/** `text` as eld reads it before encoding it. */
export const cleanForDetector = cleanerFor(eldSeparators);

/**
 * What `text.replace(separators, ' ')` returns. The expression takes a run of non-letters but gives back the
 * apostrophes at its end (its lookbehind); a run that is one space already is left as it is, so ordinary prose is
 * copied in few pieces.
 */
function replaceSeparators(text: string, kinds: CharKinds): string {
  let spaced = '';
  let copied = 0;
  let index = 0;
  while (index < text.length) {
    if (kinds[text.charCodeAt(index)] === LETTER) {
      index++;
      continue;
    }
    const start = index;
    do index++;
    while (index < text.length && kinds[text.charCodeAt(index)] !== LETTER);
    let end = index;
    while (end > start && kinds[text.charCodeAt(end - 1)] === APOSTROPHE) end--;
    if (end === start) continue;
    if (end - start === 1 && text.charCodeAt(start) === 0x20) continue;
    spaced += `${text.slice(copied, start)} `;
    copied = end;
  }
  return copied === 0 ? text : spaced + text.slice(copied);
}
