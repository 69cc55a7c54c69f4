// What an address says about the language of the page behind it, for telling whether an article's
// original is in another language. Explicit metadata (hreflang) is preferred by the callers; this
// is the fallback, and it prefers saying nothing to guessing.

import { normaliseLanguageTag } from './tags';

/** Two-letter codes that appear as language segments or subdomains on news sites. */
const WEB_LANGUAGES = new Set([
  'af', 'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'eo', 'es',
  'et', 'eu', 'fa', 'fi', 'fr', 'ga', 'gl', 'gu', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'is', 'it', 'ja',
  'ka', 'kk', 'km', 'kn', 'ko', 'ku', 'ky', 'lo', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'my', 'nb',
  'ne', 'nl', 'nn', 'no', 'pa', 'pl', 'ps', 'pt', 'ro', 'ru', 'si', 'sk', 'sl', 'so', 'sq', 'sr', 'sv',
  'sw', 'ta', 'te', 'th', 'tl', 'tr', 'uk', 'ur', 'uz', 'vi', 'zh',
]);

/**
 * Codes that are as often something else: `/uk/` and `uk.` are the United Kingdom edition, `ca.`
 * Canada, `ar.` Argentina, `/id/123` an identifier, `/my/` an account page, `/am/` a time. They
 * count only with a region attached (`uk-ua`, `id-id`).
 */
const AMBIGUOUS_IN_PATH = new Set(['uk', 'id', 'my', 'am', 'is', 'in', 'ca', 'so', 'no', 'be', 'ne', 'pa', 'mr', 'ml', 'te', 'si', 'km', 'ky', 'ps']);
const AMBIGUOUS_IN_HOST = new Set(['uk', 'ca', 'in', 'ar', 'my', 'am', 'is', 'be', 'so', 'pa', 'km', 'ps']);

/** Country-code domains where the news is overwhelmingly in one language. */
const COUNTRY_DOMAINS: Record<string, string> = {
  vn: 'vi', jp: 'ja', ru: 'ru', de: 'de', at: 'de', fr: 'fr', br: 'pt', pt: 'pt', cn: 'zh', tw: 'zh',
  hk: 'zh', kr: 'ko', pl: 'pl', tr: 'tr', it: 'it', es: 'es', mx: 'es', ar: 'es', cl: 'es', pe: 'es',
  nl: 'nl', gr: 'el', th: 'th', ua: 'uk', il: 'he', cz: 'cs', sk: 'sk', hu: 'hu', ro: 'ro', bg: 'bg',
  hr: 'hr', rs: 'sr', si: 'sl', se: 'sv', dk: 'da', no: 'no', fi: 'fi', ee: 'et', lv: 'lv', lt: 'lt',
  id: 'id', ir: 'fa', sa: 'ar', eg: 'ar', ae: 'ar', qa: 'ar', ge: 'ka', am: 'hy', az: 'az', kz: 'kk',
  by: 'be', is: 'is', al: 'sq', mk: 'mk', uy: 'es', ve: 'es', ec: 'es', bo: 'es', py: 'es', cu: 'es',
};

const LANGUAGE_SEGMENT = /^([a-z]{2})(?:[-_]([a-z]{2}|[a-z]{4}|\d{3}))?$/i;

/** The language an address points to, or null when it does not say. */
export function languageFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const segment of parsed.pathname.split('/').filter(Boolean).slice(0, 2)) {
    const language = languageOfLabel(segment, AMBIGUOUS_IN_PATH);
    if (language) return language;
  }
  const labels = parsed.hostname.toLowerCase().split('.');
  if (labels.length >= 3 && labels[0] !== 'www') {
    const language = languageOfLabel(labels[0] ?? '', AMBIGUOUS_IN_HOST);
    if (language) return language;
  }
  return COUNTRY_DOMAINS[labels[labels.length - 1] ?? ''] ?? null;
}

function languageOfLabel(label: string, ambiguous: ReadonlySet<string>): string | null {
  const match = LANGUAGE_SEGMENT.exec(label);
  const primary = match?.[1]?.toLowerCase();
  if (!primary) return null;
  if (!WEB_LANGUAGES.has(primary)) return null;
  if (match?.[2] === undefined && ambiguous.has(primary)) return null;
  return normaliseLanguageTag(primary);
}
