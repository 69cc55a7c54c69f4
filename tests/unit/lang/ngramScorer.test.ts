import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { DETECTOR_LANGUAGES } from '../../../shared/lang/detect';
import { cleanerFor, cleanForDetector, readCharKinds } from '../../../shared/lang/detectorText';
import { eldSeparators } from '../../../shared/lang/eldData';
import { createNgramScorers, NgramScorer, type LanguageScore } from '../../../shared/lang/ngramScorer';
import { snippetLanguages, snippets } from '../../bench/lang/snippets';

// Tidings' scorer stands in for eld's detect().getScores(), so it must give eld's answers exactly: these tests hold it
// to eld itself, over the benchmark's snippets (for equality here, not accuracy) and over texts made to trip a reader
// up. Scores are compared with toEqual, which for numbers is Object.is: the same double, not merely a close one.

const eldLanguages = Object.values(eld.info().Languages);

/** eld's own answer: every language with a score, best first. */
function eldScores(text: string): LanguageScore[] {
  return Object.entries(eld.detect(text).getScores()).map(([language, score]) => ({ language, score }));
}

/** As eld reads a text, by eld's own expression. */
function eldCleaning(text: string): string {
  return text.substring(0, 1000).replace(eldSeparators, ' ').trim().toLowerCase();
}

/** A reproducible stream of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const byLanguage = (language: string): string[] => snippets.filter((snippet) => snippet.language === language).map((snippet) => snippet.text);

/** What the detector is handed in the app and the benchmark: whole snippets, title-length cuts, article openings. */
const newsTexts: string[] = [
  ...snippets.map((snippet) => snippet.text),
  ...snippets.map((snippet) => [...snippet.text].slice(0, 60).join('')),
  ...snippetLanguages.flatMap((language) => {
    const texts = byLanguage(language);
    return texts.map((title, index) => `${title.slice(0, 70)}\n${[...texts.slice(index + 1), ...texts.slice(0, index)].join(' ')}`.slice(0, 400));
  }),
  ...snippetLanguages.map((language) => byLanguage(language).join(' ')),
];

/** Pieces that test the reading of a text: apostrophes, separators, surrogates, case mappings, over-long words. */
const pieces = [
  'the', 'vote', 'İstanbul', 'ΟΔΟΣ', 'Σ', "don't", 'l’homme', "rock'n'roll", 'it`s', "'", '’', '`', "''", ' ', '  ', '\n',
  '\t', '\u00a0', '\u3000', ',', '.', ';', '—', '«', '»', '(', ')', '123', '4x4', 'https://news.example/a?b=c', 'mail@example.org',
  '😀', '\ud83d', '\ude00', '𝐀𝐁', 'e\u0301', 'ǅemal', 'ﬁnal', 'ẞ', '\u212a', 'Ⅻ', 'ŉ', 'Straße', 'ÇA', 'Ĳssel', 'Pająk',
  'Đà Nẵng', 'Москва', 'Україна', 'сёмга', 'القاهرة', 'پاکستان', 'नई दिल्ली', 'महाराष्ट्र', '北京', '東京都', '서울', 'ไทย',
  'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftskapitän',
  'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochuchaf',
  'Кругосветноепутешествиепоокеанамиморямнаогромномкораблеспятьюпалубами',
  '\u0000', '\u200b', '\u200d', '\ufeff', '\ufffd', '\uffff', '\u00ad', '\u0130\u0130', 'ǈ', 'ﬀ',
];

function madeUpTexts(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const parts: string[] = [];
    const length = 1 + Math.floor(next() * 160);
    for (let index = 0; index < length; index++) {
      const news = next() < 0.3 ? snippets[Math.floor(next() * snippets.length)]?.text.split(' ') : undefined;
      parts.push(news ? (news[Math.floor(next() * news.length)] ?? '') : (pieces[Math.floor(next() * pieces.length)] ?? ''));
      if (next() < 0.6) parts.push(' ');
    }
    return parts.join('');
  });
}

const trickyTexts = [
  '',
  ' ',
  "''''",
  ' ’’ ',
  '😀😀😀',
  '123 456',
  // A text cut by eld at 1,000 characters between the halves of a surrogate pair, and one far past eld's byte cut.
  `${'a'.repeat(999)}😀 tail`,
  'Москва '.repeat(200),
  // eld reads 70 bytes of a word but ends its last n-gram at the word's end: the same long word twice counts once.
  'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftskapitän '.repeat(3),
  'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftskapitän und Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftsmitglied',
  "L'homme qu'on attendait n'est pas venu, aujourd'hui ni hier : c'est l’affaire d’État !",
  'İSTANBUL’DA BÜYÜK YANGIN: İTFAİYE EKİPLERİ SABAHA KADAR ÇALIŞTI',
  'ΟΔΟΣ ΑΘΗΝΩΝ and then English words follow the Greek ones here',
];

const madeUp = madeUpTexts(2500, 20250101);

describe('the detector text reader', () => {
  it('reads eld’s separator expression into its own table, rather than falling back to the expression', () => {
    expect(readCharKinds(eldSeparators)).not.toBeNull();
  });

  it('falls back to the expression itself when it has another shape', () => {
    const basic = /[^a-z]+/gu;
    expect(readCharKinds(basic)).toBeNull();
    expect(cleanerFor(basic)('Hello, World! 42 times')).toBe('Hello, World! 42 times'.replace(basic, ' ').trim().toLowerCase());
  });

  it('cleans every UTF-16 code unit, in every position around apostrophes and spaces, as eld does', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const text = `${char}a${char}b${char}${char}'c'${char} ${char}’d\`${char}e ${char} f${char}`;
      if (cleanForDetector(text) !== eldCleaning(text)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('cleans news, tricky and made-up texts as eld does', () => {
    for (const text of [...newsTexts, ...trickyTexts, ...madeUp]) expect(cleanForDetector(text)).toBe(eldCleaning(text));
  });
});

describe('the n-gram scorer', () => {
  const everyLanguage = NgramScorer.for(eldLanguages);
  const byScript = createNgramScorers(DETECTOR_LANGUAGES);

  it('knows all of eld’s languages', () => {
    expect(eldLanguages).toHaveLength(60);
    expect(everyLanguage.scoreAll(snippets[0]?.text ?? '').length).toBeGreaterThan(10);
  });

  it.each([
    ['news snippets, cuts and openings', newsTexts],
    ['tricky texts', trickyTexts],
    ['made-up texts', madeUp],
  ])('gives eld’s scores, in eld’s order, for all sixty languages: %s', (_name, texts) => {
    for (const text of texts) expect(everyLanguage.scoreAll(text), text).toEqual(eldScores(text));
  });

  it.each([
    ['news snippets, cuts and openings', newsTexts],
    ['tricky texts', trickyTexts],
    ['made-up texts', madeUp],
  ])('gives eld’s two best of each script’s languages, with eld’s scores: %s', (_name, texts) => {
    for (const text of texts) {
      const scores = eldScores(text);
      for (const [script, languages] of Object.entries(DETECTOR_LANGUAGES)) {
        const scorer = byScript[script as keyof typeof DETECTOR_LANGUAGES];
        const allowed = scores.filter(({ language }) => languages.has(language));
        expect(scorer?.scoreAll(text), `${script}: ${text}`).toEqual(allowed);
        expect(scorer?.rank(text), `${script}: ${text}`).toEqual(allowed.slice(0, 2));
      }
    }
  });

  it('scores the same text the same way however often it is read, and between other texts', () => {
    const [first = '', second = ''] = newsTexts;
    const latin = byScript.latin;
    const once = latin?.rank(first);
    latin?.rank(second);
    byScript.cyrillic?.rank(first);
    expect(latin?.rank(first)).toEqual(once);
    expect(once?.length).toBe(2);
  });

  it('scores nothing in a text without letters', () => {
    expect(byScript.latin?.rank('12:45 — 3/4')).toEqual([]);
    expect(byScript.latin?.rank('')).toEqual([]);
  });

  it('settles equal scores in eld’s language order, as eld’s stable sort does', () => {
    // Every language eld knows, ranked over a text too short for most: ties are common and must come out in order.
    for (const text of ['a', 'ab', 'ok', 'la', 'de', 'no', 'tv']) expect(everyLanguage.scoreAll(text)).toEqual(eldScores(text));
  });
});
