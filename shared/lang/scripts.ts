// Which writing system a text is in settles the language outright for many scripts (Hangul, Greek,
// Thai…) and narrows the detector's choice for the rest, at the cost of one pass over the text.

export type Script =
  | 'latin' | 'greek' | 'cyrillic' | 'armenian' | 'hebrew' | 'arabic' | 'devanagari' | 'bengali'
  | 'gurmukhi' | 'gujarati' | 'oriya' | 'tamil' | 'telugu' | 'kannada' | 'malayalam' | 'sinhala'
  | 'thai' | 'lao' | 'tibetan' | 'myanmar' | 'georgian' | 'hangul' | 'ethiopic' | 'khmer' | 'kana'
  | 'han';

const SCRIPTS: readonly Script[] = [
  'latin', 'greek', 'cyrillic', 'armenian', 'hebrew', 'arabic', 'devanagari', 'bengali', 'gurmukhi',
  'gujarati', 'oriya', 'tamil', 'telugu', 'kannada', 'malayalam', 'sinhala', 'thai', 'lao', 'tibetan',
  'myanmar', 'georgian', 'hangul', 'ethiopic', 'khmer', 'kana', 'han',
];

// 0 means "not a letter we count"; n means SCRIPTS[n - 1]. A flat table keeps the hot loop to one
// array read per character.
const TABLE = new Uint8Array(0x10000);

function mark(script: Script, from: number, to: number): void {
  TABLE.fill(SCRIPTS.indexOf(script) + 1, from, to + 1);
}

mark('latin', 0x41, 0x5a);
mark('latin', 0x61, 0x7a);
mark('latin', 0xc0, 0x24f);
mark('latin', 0x1e00, 0x1eff);
TABLE[0xd7] = 0; // ×
TABLE[0xf7] = 0; // ÷
mark('greek', 0x370, 0x3ff);
mark('greek', 0x1f00, 0x1fff);
mark('cyrillic', 0x400, 0x52f);
mark('armenian', 0x531, 0x58f);
mark('hebrew', 0x5d0, 0x5ea);
mark('arabic', 0x620, 0x64a);
mark('arabic', 0x66e, 0x6d3);
mark('arabic', 0x6fa, 0x6ff);
mark('arabic', 0x750, 0x77f);
mark('arabic', 0x8a0, 0x8ff);
mark('arabic', 0xfb50, 0xfdff);
mark('arabic', 0xfe70, 0xfeff);
mark('devanagari', 0x900, 0x97f);
mark('bengali', 0x980, 0x9ff);
mark('gurmukhi', 0xa00, 0xa7f);
mark('gujarati', 0xa80, 0xaff);
mark('oriya', 0xb00, 0xb7f);
mark('tamil', 0xb80, 0xbff);
mark('telugu', 0xc00, 0xc7f);
mark('kannada', 0xc80, 0xcff);
mark('malayalam', 0xd00, 0xd7f);
mark('sinhala', 0xd80, 0xdff);
mark('thai', 0xe01, 0xe7f);
mark('lao', 0xe80, 0xeff);
mark('tibetan', 0xf00, 0xfff);
mark('myanmar', 0x1000, 0x109f);
mark('georgian', 0x10a0, 0x10ff);
mark('hangul', 0x1100, 0x11ff);
mark('hangul', 0x3130, 0x318f);
mark('hangul', 0xac00, 0xd7af);
mark('ethiopic', 0x1200, 0x139f);
mark('khmer', 0x1780, 0x17ff);
mark('kana', 0x3041, 0x30ff);
mark('kana', 0x31f0, 0x31ff);
mark('kana', 0xff66, 0xff9f);
TABLE[0x30fb] = 0; // katakana middle dot: punctuation
mark('han', 0x3400, 0x4dbf);
mark('han', 0x4e00, 0x9fff);
mark('han', 0xf900, 0xfaff);
// High surrogates of planes 2 and 3 (rare CJK ideographs); their low halves stay uncounted.
mark('han', 0xd840, 0xd8bf);

/**
 * Letters that only Vietnamese uses among Latin-script languages: đ ơ ư and the vowels carrying a
 * tone mark under or over another diacritic. (ă is Romanian too.)
 */
function isVietnameseLetter(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    code === 0x111 || code === 0x110 || code === 0x1a1 || code === 0x1a0 || code === 0x1b0 || code === 0x1af
  );
}

export interface ScriptProfile {
  /** Letters counted per script. */
  counts: Partial<Record<Script, number>>;
  letters: number;
  /** Runs of letters, a cheap stand-in for words in space-separated scripts. */
  words: number;
  dominant: Script | null;
  /** Share of all letters that are in the dominant script, 0 to 1. */
  dominance: number;
  vietnameseLetters: number;
}

/** Counts the letters of each script in (at most) the first `limit` characters of `text`. */
export function profileScripts(text: string, limit = 2000): ScriptProfile {
  const counts = new Uint32Array(SCRIPTS.length + 1);
  const end = Math.min(text.length, limit);
  let words = 0;
  let inWord = false;
  let vietnamese = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const script = TABLE[code] ?? 0;
    if (script === 0) {
      // Combining marks and the apostrophe/hyphen inside words do not end them.
      if (!(code >= 0x300 && code <= 0x36f) && code !== 0x27 && code !== 0x2019 && code !== 0x2d) inWord = false;
      continue;
    }
    counts[script] = (counts[script] ?? 0) + 1;
    if (!inWord) {
      words++;
      inWord = true;
    }
    if (script === 1 && code > 0x7f && isVietnameseLetter(code)) vietnamese++;
  }
  const result: Partial<Record<Script, number>> = {};
  let letters = 0;
  let best = 0;
  let dominant: Script | null = null;
  for (let s = 1; s <= SCRIPTS.length; s++) {
    const n = counts[s] ?? 0;
    if (n === 0) continue;
    const name = SCRIPTS[s - 1];
    if (!name) continue;
    result[name] = n;
    letters += n;
    if (n > best) {
      best = n;
      dominant = name;
    }
  }
  // Japanese mixes kana and kanji: the two count together, and Han alone means Chinese.
  const kana = result.kana ?? 0;
  const han = result.han ?? 0;
  if (kana > 0 && (dominant === 'han' || dominant === 'kana') && kana >= (kana + han) * 0.1) {
    dominant = 'kana';
    best = kana + han;
  }
  return { counts: result, letters, words, dominant, dominance: letters ? best / letters : 0, vietnameseLetters: vietnamese };
}
