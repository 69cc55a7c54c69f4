// Credit lines name the outlets a story was compiled from: `Minh Duc (Selon Reuters, AFP/France24,
// NY Times)`, `Fonte: Agência Brasil, com informações da Reuters`, `(theo Reuters)`, `据新华社报道`.

import { CREDIT_PREFIXES, CREDIT_PREFIXES_UNSPACED, CREDIT_SUFFIXES, KNOWN_OUTLETS, LIST_FILLERS } from './wording';

const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).join('|');

const PREFIX = new RegExp(`^(?:(?:${alternation(CREDIT_PREFIXES)})\\s+|(?:${alternation(CREDIT_PREFIXES_UNSPACED)})\\s*)`, 'iu');
const SUFFIX = new RegExp(`(?:\\s*(?:${alternation(CREDIT_SUFFIXES)}))$`, 'iu');
const FILLER = new RegExp(`^(?:(?:${alternation(LIST_FILLERS)})\\s+|l['’])`, 'iu');
const SEPARATORS = /\s*(?:[,;/、，；&+|]|\s(?:and|et|und|y|e|và|och|og|en|ve|és|și|ja|oraz|и|і|та|και|dan)\s)\s*/iu;
const KNOWN = new Set(KNOWN_OUTLETS);

const MAX_NAME_CHARS = 40;
const MAX_NAME_WORDS = 5;
const MAX_LIST_ITEMS = 8;

/** Splits `Reuters, AFP/France24 et NY Times` into outlet names; names it cannot vouch for are dropped. */
export function splitOutlets(list: string): string[] {
  const names: string[] = [];
  for (const part of list.split(SEPARATORS)) {
    const name = cleanOutletName(part);
    if (name !== null) names.push(name);
  }
  return names;
}

/** An outlet's name without the joining words, quotes and `…reported` around it, or null if it is not one. */
export function cleanOutletName(raw: string): string | null {
  let name = raw.trim().replace(/^["'«»“”„‘’「」『』()（）[\]\s\-–—]+|["'«»“”„‘’「」『』()（）[\]\s.。:：\-–—]+$/gu, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(PREFIX, '').replace(FILLER, '').replace(SUFFIX, '').trim();
  }
  return looksLikeOutlet(name) ? name : null;
}

/** Lower-case words that may sit inside an outlet's name (`Corriere della Sera`, `Agence France-Presse`). */
const NAME_CONNECTORS = new Set([
  'of', 'the', 'and', 'for', 'de', 'da', 'do', 'du', 'des', 'del', 'della', 'di', 'der', 'van', 'von', 'y',
  'e', 'i', 'la', 'le', 'el', 'al', 'am', 'im', 'zu', '&',
]);

function looksLikeOutlet(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_CHARS) return false;
  if (/^\d+$|https?:|www\./i.test(name)) return false;
  if (KNOWN.has(name.toLowerCase())) return true;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  // Short lower-case brands exist (`dpa`, `apa`); longer lower-case words mean a sentence.
  if (words.length === 1 && name.length <= 4) return /\p{L}/u.test(name);
  return words.every((word, index) => {
    const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
    // Scripts without capitals (Chinese, Arabic, Thai…) give no hint either way.
    if (first.toLowerCase() === first.toUpperCase()) return /[\p{L}\d]/u.test(word);
    return first === first.toUpperCase() || (index > 0 && NAME_CONNECTORS.has(word.toLowerCase()));
  });
}

export interface CreditLine {
  outlets: string[];
  /** The person the line names outside the parentheses: the writer or translator of this version. */
  byline: string | null;
}

const PARENTHESISED = /^(.{0,60}?)\s*[([（]\s*([^()[\]（）]+?)\s*[)\]）]\s*[.。]?$/u;
const PERSON = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
const MAX_CREDIT_LINE = 160;

/** Reads a whole line as a credit line; null when it is anything else (prose that merely cites). */
export function parseCreditLine(text: string): CreditLine | null {
  const line = text.trim();
  if (line.length === 0 || line.length > MAX_CREDIT_LINE) return null;

  const bracketed = PARENTHESISED.exec(line);
  if (bracketed) {
    const before = (bracketed[1] ?? '').trim().replace(/[-–—,:]\s*$/, '').trim();
    const inner = bracketed[2] ?? '';
    const introduced = PREFIX.test(inner) || SUFFIX.test(inner);
    const outlets = splitOutlets(inner);
    if (outlets.length > 0 && (introduced || outlets.every(isKnownOutlet))) {
      return { outlets, byline: before && PERSON.test(before) ? before : null };
    }
    if (before !== '') return null;
  }

  const stripped = line.replace(/^[-–—]\s*/, '').replace(/[.。]$/, '');
  if (PREFIX.test(stripped) || SUFFIX.test(stripped)) {
    const list = stripped.replace(PREFIX, '').replace(SUFFIX, '');
    const parts = list.split(SEPARATORS).filter((part) => part.trim() !== '');
    const outlets = splitOutlets(list);
    // Every piece must be an outlet: `Selon Reuters, il s'agit…` is prose, not a credit.
    if (outlets.length > 0 && outlets.length === parts.length && parts.length <= MAX_LIST_ITEMS) {
      return { outlets, byline: null };
    }
    return null;
  }

  const parts = stripped.split(SEPARATORS).filter((part) => part.trim() !== '');
  if (parts.length > 0 && parts.length <= MAX_LIST_ITEMS && parts.every((part) => isKnownOutlet(part.trim()))) {
    return { outlets: parts.map((part) => part.trim()), byline: null };
  }
  return null;
}

function isKnownOutlet(name: string): boolean {
  return KNOWN.has(name.toLowerCase());
}

/** Appends names not already present, comparing without case, spaces or punctuation (`France 24` = `France24`). */
export function mergeCredits(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const list of lists) {
    for (const name of list) {
      const key = name.toLowerCase().replace(/[\s.\-–—'’]/g, '');
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      merged.push(name);
    }
  }
  return merged;
}
