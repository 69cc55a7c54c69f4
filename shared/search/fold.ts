// Search compares text folded: lower case, without accents, tone marks or vowel points, so that `ecole` finds
// `École`, `ha noi` finds `Hà Nội` and an Arabic word is found with or without its harakat. Marks that are part of
// the letters of a script (Thai vowels, Devanagari matras, Japanese voicing) are kept.
//
// Every article's whole text is folded on its way in (40,000 of them on a first refresh), so folding goes a character
// at a time through a table filled as characters are met, rather than normalising whole texts: 5 to 10 times faster.

/** Accents and tone marks (Latin, Greek, Cyrillic, Vietnamese), Hebrew points and Arabic harakat, and the tatweel. */
const REMOVED_MARKS: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x0591, 0x05bd],
  [0x05bf, 0x05bf],
  [0x05c1, 0x05c2],
  [0x05c4, 0x05c5],
  [0x05c7, 0x05c7],
  [0x0610, 0x061a],
  [0x0640, 0x0640],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
];

function withoutRemovedMarks(text: string): string {
  let out = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (!REMOVED_MARKS.some(([from, to]) => code >= from && code <= to)) out += character;
  }
  return out;
}

/** Letters that no decomposition takes apart, written as their usual plain-Latin spelling. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  'đ': 'd',
  'ð': 'd',
  'ø': 'o',
  'ł': 'l',
  'ß': 'ss',
  'æ': 'ae',
  'œ': 'oe',
  'ı': 'i',
  'þ': 'th',
  'ħ': 'h',
  'ŧ': 't',
  'ŀ': 'l',
  'ſ': 's',
  'ς': 'σ',
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Vietnamese letters with a hook, a horn, a dot below, or two marks (ộ, ẵ): hardly any other language writes them, so
 * a word with one is a Vietnamese syllable even in a text in another language (see indexTerms).
 */
const VIETNAMESE_LETTER = /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** How each UTF-16 unit folds, worked out the first time it is met: most fold to one unit, kept in `single`. */
const enum Fold {
  Unknown = 0,
  Single,
  /** To none, or to several units, kept in `longer`. */
  Other,
}
const foldKinds = new Uint8Array(0x10000);
const single = new Uint16Array(0x10000);
const longer = new Map<number, readonly number[]>();
/** 1 for a letter only Vietnamese writes. */
const vietnamese = new Uint8Array(0x10000);
/** Whether a folded unit composes with its neighbours: decomposed Hangul, kana voicing marks. */
const composesWithNeighbours = (unit: number): boolean => (unit >= 0x1100 && unit <= 0x11ff) || unit === 0x3099 || unit === 0x309a;
const NOT_ASCII = /[\u0080-\uffff]/;

function learn(code: number): void {
  const unit = String.fromCharCode(code);
  // Surrogate halves are left as they are: characters outside the Basic Multilingual Plane fold to themselves.
  const text =
    code >= 0xd800 && code <= 0xdfff
      ? unit
      : withoutRemovedMarks(unit.toLowerCase().normalize('NFKD'))
          .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter)
          .normalize('NFC');
  if (text.length === 1) {
    single[code] = text.charCodeAt(0);
    foldKinds[code] = Fold.Single;
  } else {
    longer.set(code, Array.from({ length: text.length }, (_, index) => text.charCodeAt(index)));
    foldKinds[code] = Fold.Other;
  }
  if (VIETNAMESE_LETTER.test(unit.toLowerCase())) vietnamese[code] = 1;
}

/** A folded text, and where it has letters only Vietnamese writes. */
export interface FoldedText {
  text: string;
  /** 1 at each unit of `text` that comes from such a letter; null when there is none. */
  vietnamese: Uint8Array | null;
}

let units = new Uint16Array(4096);
let marks = new Uint8Array(4096);
/** Units turned back into a string this many at a time, within the engine's limit on arguments. */
const CHUNK = 8192;

/** As foldText, also telling where the letters only Vietnamese writes were (see indexTerms). */
export function foldMarkingVietnamese(text: string): FoldedText {
  const lower = text.toLowerCase();
  if (!NOT_ASCII.test(lower)) return { text: lower, vietnamese: null };
  // A folded unit is at most a few units (`ǆ` → `dz`, `ﷺ` is longer but rare): room for three each, grown if needed.
  if (units.length < lower.length * 3) {
    units = new Uint16Array(lower.length * 3);
    marks = new Uint8Array(lower.length * 3);
  }
  let length = 0;
  let anyMark = false;
  let composes = false;
  for (let index = 0; index < lower.length; index += 1) {
    const code = lower.charCodeAt(index);
    if (code < 0x80) {
      marks[length] = 0;
      units[length++] = code;
      continue;
    }
    if (foldKinds[code] === Fold.Unknown) learn(code);
    const mark = vietnamese[code] as number;
    anyMark ||= mark === 1;
    if (foldKinds[code] === Fold.Single) {
      const unit = single[code] as number;
      composes ||= composesWithNeighbours(unit);
      marks[length] = mark;
      units[length++] = unit;
      continue;
    }
    const folded = longer.get(code) ?? [];
    if (length + folded.length > units.length) return slowFold(lower);
    for (const unit of folded) {
      composes ||= composesWithNeighbours(unit);
      marks[length] = mark;
      units[length++] = unit;
    }
  }
  let out = '';
  for (let start = 0; start < length; start += CHUNK) {
    // apply reads the typed array as arguments directly; spreading it would go through its iterator, 3 times slower.
    out += String.fromCharCode.apply(null, units.subarray(start, Math.min(length, start + CHUNK)) as unknown as number[]);
  }
  if (composes) return { text: out.normalize('NFC'), vietnamese: null };
  return { text: out, vietnamese: anyMark ? marks.slice(0, length) : null };
}

/** The rare text whose folding outgrows three units a character, folded without marks. */
function slowFold(lower: string): FoldedText {
  let out = '';
  for (let index = 0; index < lower.length; index += 1) {
    const code = lower.charCodeAt(index);
    if (foldKinds[code] === Fold.Unknown) learn(code);
    out += foldKinds[code] === Fold.Single ? String.fromCharCode(single[code] as number) : String.fromCharCode(...(longer.get(code) ?? []));
  }
  return { text: out.normalize('NFC'), vietnamese: null };
}

/**
 * Text as search compares it. Compatibility forms are unified too (full-width `Ａ` is `a`, `ﬁ` is `fi`, half-width
 * katakana is katakana).
 */
export function foldText(text: string): string {
  return foldMarkingVietnamese(text).text;
}
