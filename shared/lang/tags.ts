// Language tags arrive from feeds in every shape (`en-US`, `EN`, `fre`, `zh-Hant`, `iw`) and from the
// detector as two-letter codes; everything Tidings stores or compares goes through here first.

/** ISO 639-2/B, 639-2/T and 639-3 codes of languages that have a two-letter code. */
const THREE_TO_TWO: Record<string, string> = {
  afr: 'af', amh: 'am', ara: 'ar', arb: 'ar', aze: 'az', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs',
  bul: 'bg', cat: 'ca', ces: 'cs', cze: 'cs', chi: 'zh', zho: 'zh', cmn: 'zh', dan: 'da', deu: 'de',
  ger: 'de', ell: 'el', gre: 'el', eng: 'en', est: 'et', ekk: 'et', eus: 'eu', baq: 'eu', fas: 'fa',
  per: 'fa', pes: 'fa', prs: 'fa', fil: 'tl', tgl: 'tl', fin: 'fi', fra: 'fr', fre: 'fr', gle: 'ga',
  glg: 'gl', guj: 'gu', heb: 'he', hin: 'hi', hrv: 'hr', hun: 'hu', hye: 'hy', arm: 'hy', ind: 'id',
  isl: 'is', ice: 'is', ita: 'it', jpn: 'ja', kat: 'ka', geo: 'ka', kan: 'kn', kaz: 'kk', khm: 'km',
  kor: 'ko', kur: 'ku', ckb: 'ku', lao: 'lo', lav: 'lv', lvs: 'lv', lit: 'lt', mal: 'ml', mar: 'mr',
  mkd: 'mk', mac: 'mk', msa: 'ms', may: 'ms', zsm: 'ms', mya: 'my', bur: 'my', nep: 'ne', npi: 'ne',
  nld: 'nl', dut: 'nl', nor: 'no', nob: 'no', nno: 'nn', ori: 'or', ory: 'or', pan: 'pa', pol: 'pl',
  por: 'pt', ron: 'ro', rum: 'ro', rus: 'ru', sin: 'si', slk: 'sk', slo: 'sk', slv: 'sl', som: 'so',
  spa: 'es', sqi: 'sq', alb: 'sq', als: 'sq', srp: 'sr', swa: 'sw', swh: 'sw', swe: 'sv', tam: 'ta',
  tel: 'te', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzb: 'uz', uzn: 'uz', vie: 'vi', yor: 'yo',
  cym: 'cy', wel: 'cy', lat: 'la', mlt: 'mt', ltz: 'lb', bre: 'br', epo: 'eo', yid: 'yi', ydd: 'yi',
};

/** Withdrawn codes still found in old feeds, and Bokmål folded into Norwegian as the detector reports it. */
const LEGACY: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro', nb: 'no' };

/** Tags that say "no particular language" rather than naming one. */
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis', 'x', 'i']);

const TAG_SHAPE = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/;

/**
 * The lower-case primary subtag of a BCP 47 tag, with legacy and three-letter codes mapped to the
 * two-letter code where one exists; null for anything that does not name a language.
 */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const match = TAG_SHAPE.exec(tag.trim().toLowerCase());
  const primary = match?.[1];
  if (!primary) return null;
  if (NOT_A_LANGUAGE.has(primary)) return null;
  if (primary.length === 3) return THREE_TO_TWO[primary] ?? primary;
  return LEGACY[primary] ?? primary;
}

/**
 * Languages close enough that a detector confuses them on news-length text. A declaration naming
 * one of them is kept when the text reads as its neighbour: the publisher knows better.
 */
const NEIGHBOURS: readonly (readonly string[])[] = [
  ['no', 'nn', 'da'],
  ['id', 'ms'],
  ['hr', 'sr', 'bs'],
  ['cs', 'sk'],
  ['hi', 'mr', 'ne'],
  ['es', 'gl', 'ca'],
  ['pt', 'gl'],
  ['fa', 'ur'],
];

export function areNeighbourLanguages(a: string, b: string): boolean {
  if (a === b) return true;
  return NEIGHBOURS.some((group) => group.includes(a) && group.includes(b));
}
