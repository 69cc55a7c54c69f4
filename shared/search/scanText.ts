import { foldMarkingVietnamese, type FoldedText } from './fold';

/** How the indexer and the query parser are told what a folded text holds, in reading order. */
export interface TextVisitor {
  /**
   * A word of a spaced script. `marked` when it was written with a letter only Vietnamese uses; `after` says what
   * separated it from the word before: nothing but a hyphen or apostrophe (`compound`), white space (`space`), or
   * anything else, or there was no word before (`none`). `start` and `end` are its place in the folded text.
   */
  word(token: string, marked: boolean, after: 'compound' | 'space' | 'none', start: number, end: number): void;
  /**
   * A run of a script written without spaces (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar), as its characters;
   * `starts` holds where each begins in the folded text, and one more entry, where the run ends.
   */
  run(characters: readonly string[], starts: readonly number[]): void;
}

/** Terms are cut to this many UTF-16 units: long enough for any real word, and prefix search still finds the rest. */
export const maxTermLength = 32;

const enum Kind {
  Unknown = 0,
  Other,
  Space,
  Joiner,
  Word,
  /** Part of a word that is not a character of its own: a combining mark. */
  WordMark,
  Unspaced,
  UnspacedMark,
  /** The first half of a character outside the Basic Multilingual Plane: its kind is the whole character's. */
  HighSurrogate,
}

const UNSPACED_RANGES =
  '\\u0e00-\\u0eff\\u1000-\\u109f\\u1780-\\u17ff\\u3005\\u3006\\u3040-\\u30ff\\u3130-\\u318f\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\u{20000}-\\u{3134f}';
const UNSPACED = new RegExp(`^[${UNSPACED_RANGES}]$`, 'u');
const UNSPACED_CHARACTER = new RegExp(`^[${UNSPACED_RANGES}]\\p{M}*$`, 'u');
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;
const JOINERS = new Set(['-', '\u2010', '\u2011', "'", '\u2019', '\u00b7']);

function kindOfCharacter(character: string): Kind {
  if (SPACE.test(character)) return Kind.Space;
  if (JOINERS.has(character)) return Kind.Joiner;
  const mark = MARK.test(character);
  if (UNSPACED.test(character)) return mark ? Kind.UnspacedMark : Kind.Unspaced;
  if (mark) return Kind.WordMark;
  return LETTER_OR_DIGIT.test(character) ? Kind.Word : Kind.Other;
}

/** What each UTF-16 unit is, worked out with Unicode-aware expressions the first time it is met. */
const kinds = new Uint8Array(0x10000).fill(Kind.HighSurrogate, 0xd800, 0xdc00);

function learnKind(code: number): Kind {
  const kind = kindOfCharacter(String.fromCharCode(code));
  kinds[code] = kind;
  return kind;
}

/** The kind of the character at `index` (a whole surrogate pair when it starts one). */
function kindAt(text: string, index: number): Kind {
  const code = text.charCodeAt(index);
  const kind = kinds[code] as Kind;
  if (kind === Kind.Unknown) return learnKind(code);
  if (kind === Kind.HighSurrogate) return kindOfCharacter(String.fromCodePoint(text.codePointAt(index) ?? code));
  return kind;
}

/** UTF-16 units taken by the character at `index`. */
function widthAt(text: string, index: number): number {
  return kinds[text.charCodeAt(index)] === Kind.HighSurrogate && index + 1 < text.length ? 2 : 1;
}

/** A token no longer than maxTermLength, never cut inside a surrogate pair. */
export function capped(token: string): string {
  if (token.length <= maxTermLength) return token;
  const code = token.charCodeAt(maxTermLength - 1);
  return token.slice(0, code >= 0xd800 && code <= 0xdbff ? maxTermLength - 1 : maxTermLength);
}

/** Whether `text` is one character (with its marks) of an unspaced script: a query of it alone is long enough. */
export function isUnspacedCharacter(text: string): boolean {
  return UNSPACED_CHARACTER.test(text);
}

const isWordKind = (kind: Kind): boolean => kind === Kind.Word || kind === Kind.WordMark;
const isUnspacedKind = (kind: Kind): boolean => kind === Kind.Unspaced || kind === Kind.UnspacedMark;

/** Folds `text` and tells `visitor` its words and unspaced runs, in order. */
export function scanText(text: string, visitor: TextVisitor): void {
  scanFolded(foldMarkingVietnamese(text), visitor);
}

/** Tells `visitor` the words and unspaced runs of a text already folded. */
export function scanFolded({ text: folded, vietnamese }: FoldedText, visitor: TextVisitor): void {
  const length = folded.length;
  // What lay between the last word and here: a word follows another only across spaces or one joiner.
  let gap: 'compound' | 'space' | 'none' = 'none';
  let index = 0;
  while (index < length) {
    const kind = kindAt(folded, index);
    if (isWordKind(kind)) {
      const end = wordEnd(folded, index);
      visitor.word(folded.slice(index, end), vietnamese !== null && vietnamese.subarray(index, end).includes(1), gap, index, end);
      index = end;
      gap = 'none';
      if (index >= length) break;
      const next = kindAt(folded, index);
      if (next === Kind.Joiner) {
        if (index + 1 < length && isWordKind(kindAt(folded, index + 1))) gap = 'compound';
        index += 1;
      } else if (next === Kind.Space) {
        while (index < length && kindAt(folded, index) === Kind.Space) index += 1;
        if (index < length && isWordKind(kindAt(folded, index))) gap = 'space';
      }
    } else if (isUnspacedKind(kind)) {
      const characters: string[] = [];
      const starts: number[] = [];
      while (index < length) {
        const inner = kindAt(folded, index);
        if (!isUnspacedKind(inner)) break;
        const width = widthAt(folded, index);
        const unit = folded.slice(index, index + width);
        // A mark belongs to the character before it: Thai vowels and tone marks, kana voicing.
        if (inner === Kind.UnspacedMark && characters.length > 0) characters[characters.length - 1] += unit;
        else {
          characters.push(unit);
          starts.push(index);
        }
        index += width;
      }
      starts.push(index);
      visitor.run(characters, starts);
      gap = 'none';
    } else {
      gap = 'none';
      index += widthAt(folded, index);
    }
  }
}

/** Where the word starting at `start` ends: the hot loop of indexing, kept to one table read per unit. */
function wordEnd(text: string, start: number): number {
  const length = text.length;
  let end = start;
  while (end < length) {
    const kind = kinds[text.charCodeAt(end)] as Kind;
    if (kind === Kind.Word || kind === Kind.WordMark) end += 1;
    else if (kind === Kind.Unknown || kind === Kind.HighSurrogate) {
      if (!isWordKind(kindAt(text, end))) break;
      end += widthAt(text, end);
    } else break;
  }
  return end;
}
