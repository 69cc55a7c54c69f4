import { profileScripts, type Script } from './scripts';
import { malayOrIndonesian } from './malayIndonesian';
import { createNgramScorers, type NgramScorer } from './ngramScorer';

export interface DetectedLanguage {
  /** Lower-case primary subtag, or null when the text is too short or too mixed to tell. */
  language: string | null;
  /** 0 to 1: how sure the detection is, given the text's length and how clearly it won. */
  confidence: number;
  /** The writing system most of the text is in, when a language was told. */
  script?: Script;
}

/** Scripts written by one language only (in news, at least): no detector needed. */
const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<Script, string>> = {
  greek: 'el', armenian: 'hy', hebrew: 'he', bengali: 'bn', gurmukhi: 'pa', gujarati: 'gu', oriya: 'or',
  tamil: 'ta', telugu: 'te', kannada: 'kn', malayalam: 'ml', sinhala: 'si', thai: 'th', lao: 'lo',
  tibetan: 'bo', myanmar: 'my', georgian: 'ka', hangul: 'ko', ethiopic: 'am', khmer: 'km', kana: 'ja',
  han: 'zh',
};

/** The detector's languages, by the script they are written in; its other answers are noise. */
export const DETECTOR_LANGUAGES: Partial<Record<Script, ReadonlySet<string>>> = {
  latin: new Set([
    'az', 'ca', 'cs', 'da', 'de', 'en', 'es', 'et', 'eu', 'fi', 'fr', 'hr', 'hu', 'is', 'it', 'lt', 'lv',
    'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'sk', 'sl', 'sq', 'sv', 'tl', 'tr', 'vi', 'yo',
  ]),
  cyrillic: new Set(['be', 'bg', 'ru', 'sr', 'uk']),
  arabic: new Set(['ar', 'fa', 'ku', 'ur']),
  devanagari: new Set(['hi', 'mr']),
};

/** Languages written in more than one script, or in one the tables above do not give them. */
const OTHER_SCRIPTS: Record<string, readonly Script[]> = {
  ja: ['kana', 'han'], ko: ['hangul', 'han'], sr: ['cyrillic', 'latin'], zh: ['han'], id: ['latin'], gl: ['latin'],
  mk: ['cyrillic'], kk: ['cyrillic'], ne: ['devanagari'], af: ['latin'], sw: ['latin'], cy: ['latin'], ga: ['latin'],
};

/**
 * Whether `language` is written in `script`; null when Tidings does not know the language's scripts. A declaration
 * in one script over a text in another (`en` on a Bulgarian article) is wrong whatever the detector's confidence.
 */
export function isWrittenIn(language: string, script: Script): boolean | null {
  const other = OTHER_SCRIPTS[language];
  if (other) return other.includes(script);
  for (const [single, tag] of Object.entries(SINGLE_LANGUAGE_SCRIPTS)) if (tag === language) return single === script;
  let known = false;
  for (const [written, languages] of Object.entries(DETECTOR_LANGUAGES)) {
    if (!languages.has(language)) continue;
    if (written === script) return true;
    known = true;
  }
  return known ? false : null;
}

/** Below these, a guess would be a guess: a couple of words match many languages. */
const MIN_LETTERS_SINGLE_SCRIPT = 4;
const MIN_LETTERS_DETECTOR = 15;
const MIN_WORDS_DETECTOR = 3;
/** Letters after which more text no longer makes a detection more certain. */
const FULL_LENGTH_LETTERS = 80;
/** Share of Vietnamese-only letters above which nothing else is plausible. */
const VIETNAMESE_SHARE = 0.04;
/** Characters looked at for the script profile. */
const SAMPLE_CHARS = 1000;
/**
 * The detector stops after about 380 bytes of text but cleans everything it is given first, so
 * handing it more than it will read only costs time.
 */
const DETECTOR_CHARS = 400;

const UNKNOWN: DetectedLanguage = { language: null, confidence: 0 };

/** The language of a plain-text sample (a title and the opening of an article). */
export function detectLanguage(text: string): DetectedLanguage {
  let sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  // Decomposed accents (some Vietnamese sites publish them) would hide letters from both passes.
  if (/[\u0300-\u036f]/.test(sample)) sample = sample.normalize('NFC');
  const profile = profileScripts(sample);
  const script = profile.dominant;
  if (!script) return UNKNOWN;

  const single = SINGLE_LANGUAGE_SCRIPTS[script];
  if (single) {
    const count = script === 'kana' ? (profile.counts.kana ?? 0) + (profile.counts.han ?? 0) : profile.counts[script] ?? 0;
    if (count < MIN_LETTERS_SINGLE_SCRIPT) return UNKNOWN;
    return { language: single, confidence: round(profile.dominance * (0.6 + 0.4 * Math.min(1, count / 24))), script };
  }

  const count = profile.counts[script] ?? 0;
  if (count < MIN_LETTERS_DETECTOR || profile.words < MIN_WORDS_DETECTOR) return UNKNOWN;
  const lengthFactor = Math.min(1, count / FULL_LENGTH_LETTERS);

  if (script === 'latin' && profile.vietnameseLetters >= 2 && profile.vietnameseLetters / count >= VIETNAMESE_SHARE) {
    return { language: 'vi', confidence: round(profile.dominance * (0.7 + 0.3 * lengthFactor)), script };
  }

  const scorer = scorerFor(script);
  if (!scorer) return UNKNOWN;
  const ranked = scorer.rank(sample.slice(0, DETECTOR_CHARS));
  const top = ranked[0];
  if (!top) return UNKNOWN;
  const runnerUp = ranked[1]?.score ?? 0;
  // The detector's scores sit between 0.5 and 0.9 for real text, so the lead over the runner-up is
  // what separates a clear answer from a coin toss.
  const lead = Math.min(1, ((top.score - runnerUp) / top.score) / 0.12);
  let language = top.language;
  let confidence = profile.dominance * lengthFactor * (0.35 + 0.65 * lead);
  if (script === 'devanagari') {
    const told = hindiOrMarathi(sample);
    if (told) {
      language = told;
      confidence = profile.dominance * lengthFactor;
    }
  } else if (language === 'ms') {
    const told = malayOrIndonesian(sample);
    language = told.language;
    if (!told.certain) confidence *= 0.7;
  }
  return { language, confidence: round(confidence), script };
}

// The detector separates Hindi from Marathi only narrowly; their most frequent function words differ.
const HINDI_WORDS = new Set(['है', 'हैं', 'का', 'की', 'के', 'में', 'ने', 'को', 'से', 'था', 'थे', 'और', 'यह', 'कि']);
const MARATHI_WORDS = new Set(['आहे', 'आहेत', 'आणि', 'मध्ये', 'होते', 'होता', 'केले', 'यांनी', 'या', 'हे', 'व', 'की']);

function hindiOrMarathi(text: string): 'hi' | 'mr' | null {
  let hindi = 0;
  let marathi = 0;
  for (const word of text.split(/[\s,.;:!?।॥"'()]+/)) {
    if (HINDI_WORDS.has(word)) hindi++;
    if (MARATHI_WORDS.has(word)) marathi++;
  }
  if (hindi >= 2 && hindi > marathi * 2) return 'hi';
  if (marathi >= 2 && marathi > hindi * 2) return 'mr';
  return null;
}

let scorers: Partial<Record<Script, NgramScorer>> | null = null;

/**
 * What scores a script's languages: eld's own scores, for those languages alone (see ngramScorer.ts). The scorers
 * are made for the first text that needs one, since laying out eld's table takes some tens of milliseconds.
 */
function scorerFor(script: Script): NgramScorer | undefined {
  scorers ??= createNgramScorers(DETECTOR_LANGUAGES);
  return scorers[script];
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}

