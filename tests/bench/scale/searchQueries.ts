import { defaultSeed } from './corpus/corpus';
import { seedOf } from './corpus/random';
import { namesOf, type CorpusLanguage } from './corpus/vocabulary';

/** A name as a reader types it: lower case, without its accents. */
const plain = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

// As TextMaker seeds them, so the names are those in the store.
const names = (language: CorpusLanguage): string[] => namesOf(language, 4_000, seedOf(defaultSeed, language.charCodeAt(0), language.charCodeAt(1)));

/**
 * 50 searches over the generated store: words found in most articles of a language and words found in few, names from
 * the most to the least common, prefixes, two words, accents and case left out (`hanoi` for `Hà Nội`), and the
 * scripts written without spaces.
 */
export function searchQueries(): string[] {
  const fixed = [
    'government', 'election', 'inflation', 'football', 'climate', 'earthquake', 'wildfire', 'satellite', 'museum', 'tariffs',
    'climate energy', 'football final', 'police court', 'interest rates',
    'gover', 'elect', 'infla', 'techn',
    'hanoi', 'economie', 'securite', 'sante', 'universitat', 'musee', 'sequia', 'bao tang', 'dong dat',
    'PARIS', 'Berlin', 'tokyo',
    '東京', '地震', '选举', '北京', 'รัฐบาล', 'กรุงเทพ', 'القاهرة', 'الحكومة', 'москва', 'выборы',
  ];
  const ranked: Array<[CorpusLanguage, number, boolean]> = [
    ['en', 0, false], ['en', 30, false], ['en', 600, false], ['en', 3_000, false],
    ['fr', 100, true], ['de', 1_000, false], ['vi', 20, true], ['vi', 2_000, false], ['ja', 50, false], ['zh', 500, false],
  ];
  const byName = ranked.map(([language, rank, typed]) => {
    const list = names(language);
    const name = list[Math.min(rank, list.length - 1)] ?? '';
    return typed ? plain(name) : name;
  });
  return [...fixed, ...byName];
}
