// Versions of one story (translations, rewrites of one agency piece, hreflang siblings) are shown
// together; they are recognised by the address they share.

import type { LanguageAlternate, SourceLink, Translation } from '../model/article';
import { looksLikeArticleUrl, urlIdentity } from './urls';

export interface StoryEvidence {
  url: string | null;
  translation: Translation | null;
  sourceLinks: readonly SourceLink[];
  alternates: readonly LanguageAlternate[];
}

/**
 * The same key for articles that are versions of one story: the normalised address of their
 * common original, or, for hreflang siblings, the first of their addresses in sort order (each
 * sibling lists the others, so all of them compute the same set). Null when nothing identifies it.
 */
export function storyKey(article: StoryEvidence): string | null {
  const original = article.translation?.originalUrl ?? article.sourceLinks.find((link) => looksLikeArticleUrl(link.url))?.url;
  if (original) {
    const identity = urlIdentity(original);
    if (identity) return identity;
  }
  const addresses = [article.url, ...article.alternates.map((alternate) => alternate.url)]
    .map((address) => (address ? urlIdentity(address) : null))
    .filter((identity): identity is string => identity !== null)
    .sort();
  return addresses[0] ?? null;
}
