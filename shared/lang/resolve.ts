// Publishers' declarations are usually right but not always: CMS defaults leave `en-US` on feeds in
// every language. A declaration stands unless the text clearly says otherwise.

import { detectLanguage } from './detect';
import { areNeighbourLanguages, normaliseLanguageTag } from './tags';

export type LanguageSource = 'declared' | 'detected' | 'feed' | 'unknown';

export interface ResolvedLanguage {
  language: string | null;
  /** 0 to 1. */
  confidence: number;
  /** Where the answer came from: the item's own declaration, the text, the feed's declaration, or nowhere. */
  source: LanguageSource;
}

export interface LanguageEvidence {
  /** The item's declaration: `xml:lang`, `dc:language`, JSON Feed item `language`. */
  declared?: string | null;
  /** The feed's declaration: channel `<language>`, feed `xml:lang`, JSON Feed `language`. */
  feedDeclared?: string | null;
  /** Plain text: the title and the opening of the article. */
  text: string;
}

/**
 * How sure the detector must be to overrule a declaration. An item's own declaration is more
 * deliberate than a feed-wide default, so it takes more to overrule.
 */
const OVERRULE_ITEM = 0.6;
const OVERRULE_FEED = 0.45;

export function resolveArticleLanguage({ declared, feedDeclared, text }: LanguageEvidence): ResolvedLanguage {
  const detected = detectLanguage(text);
  const item = normaliseLanguageTag(declared);
  const feed = normaliseLanguageTag(feedDeclared);

  if (item) {
    const checked = check(item, detected, OVERRULE_ITEM);
    if (checked) return { ...checked, source: 'declared' };
  }
  if (feed) {
    const checked = check(feed, detected, OVERRULE_FEED);
    if (checked) return { ...checked, source: 'feed' };
  }
  if (detected.language) return { language: detected.language, confidence: detected.confidence, source: 'detected' };
  return { language: null, confidence: 0, source: 'unknown' };
}

/** The declaration with a confidence, or null when the text overrules it. */
function check(
  declaration: string,
  detected: { language: string | null; confidence: number },
  overrule: number,
): { language: string; confidence: number } | null {
  if (detected.language === null) return { language: declaration, confidence: 0.7 };
  if (areNeighbourLanguages(declaration, detected.language)) {
    return { language: declaration, confidence: Math.max(0.9, detected.confidence) };
  }
  if (detected.confidence >= overrule) return null;
  return { language: declaration, confidence: Math.round((0.7 - detected.confidence / 2) * 100) / 100 };
}
