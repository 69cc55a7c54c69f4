// An article is a translation when its original, named by a source link or an hreflang alternate,
// is in another language than the article itself.

import type { LanguageAlternate, SourceLink, Translation } from '../model/article';
import { normaliseLanguageTag } from './tags';
import { languageFromUrl } from './urlLanguage';
import { urlIdentity } from './urls';

export interface TranslationEvidence {
  articleLanguage: string | null;
  sourceLinks: readonly SourceLink[];
  alternates: readonly LanguageAlternate[];
}

/** The original's language and address, or null when the article is not (known to be) a translation. */
export function findTranslation({ articleLanguage, sourceLinks, alternates }: TranslationEvidence): Translation | null {
  if (!articleLanguage) return null;
  const declared = new Map<string, string>();
  for (const alternate of alternates) {
    const identity = urlIdentity(alternate.url);
    const language = normaliseLanguageTag(alternate.language);
    if (identity && language) declared.set(identity, language);
  }

  // The first source whose language can be told decides: a same-language source means the
  // article was written from it, not translated.
  for (const link of sourceLinks) {
    const identity = urlIdentity(link.url);
    const language = (identity && declared.get(identity)) ?? languageFromUrl(link.url);
    if (!language) continue;
    return language === articleLanguage ? null : { from: language, originalUrl: link.url };
  }

  // Without a source, a single version in one other language is taken as the original; several
  // languages mean a multilingual publisher whose original cannot be told.
  const others = new Map<string, string>();
  for (const alternate of alternates) {
    const language = normaliseLanguageTag(alternate.language);
    if (language && language !== articleLanguage && !others.has(language)) others.set(language, alternate.url);
  }
  if (others.size === 1) {
    const [[from, originalUrl]] = [...others] as [[string, string]];
    return { from, originalUrl };
  }
  return null;
}
