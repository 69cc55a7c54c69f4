// Publishers' declarations are usually right but not always: CMS defaults leave `en-US` on feeds in
// every language. A declaration stands unless the text clearly says otherwise.

import { detectLanguage, isWrittenIn, type DetectedLanguage } from './detect';
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
  /**
   * The first `OPENING_CHARS` or so of the body, without the title (a headline may be in another language than its
   * article): read first, since it usually confirms the declaration at a fraction of the cost.
   */
  opening?: string;
}

/**
 * How sure the detector must be to overrule a declaration. An item's own declaration is more
 * deliberate than a feed-wide default, so it takes more to overrule.
 */
const OVERRULE_ITEM = 0.6;
const OVERRULE_FEED = 0.45;

/** How much of the body's opening is read first: enough to confirm a declaration, a fifth of the detector's cost. */
export const OPENING_CHARS = 100;

export function resolveArticleLanguage({ declared, feedDeclared, text, opening }: LanguageEvidence): ResolvedLanguage {
  const item = normaliseLanguageTag(declared);
  const feed = normaliseLanguageTag(feedDeclared);
  const detected = detectInStages(text, opening, item ?? feed);

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

/**
 * Most articles are in the language their feed declares, and the detector's cost grows with its sample: so the body's
 * opening is read first, and the whole sample only when the opening does not bear the declaration out. Without a
 * declaration there is nothing to confirm, and the whole sample is read.
 */
function detectInStages(text: string, opening: string | undefined, declaration: string | null): DetectedLanguage {
  if (declaration === null || !opening || opening.length * 1.5 >= text.length) return detectLanguage(text);
  const first = detectLanguage(opening);
  if (first.language !== null && areNeighbourLanguages(declaration, first.language)) return first;
  return detectLanguage(text);
}

/** The declaration with a confidence, or null when the text overrules it. */
function check(
  declaration: string,
  detected: DetectedLanguage,
  overrule: number,
): { language: string; confidence: number } | null {
  if (detected.language === null) return { language: declaration, confidence: 0.7 };
  if (areNeighbourLanguages(declaration, detected.language)) {
    return { language: declaration, confidence: Math.max(0.9, detected.confidence) };
  }
  if (detected.script && isWrittenIn(declaration, detected.script) === false) return null;
  if (detected.confidence >= overrule) return null;
  return { language: declaration, confidence: Math.round((0.7 - detected.confidence / 2) * 100) / 100 };
}
