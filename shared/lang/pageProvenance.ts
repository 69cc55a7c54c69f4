// What an article's own page says of where it comes from, once its whole text has been read from it: a translated page
// often names its original in its canonical link, and its publisher in og:site_name.

import type { Translation } from '../model/article';
import { findTranslation } from './originLanguage';
import { urlIdentity } from './urls';

/** What the page declared, as stored with its full text. */
export interface PageDeclarations {
  /** The page's address after redirects. */
  url: string;
  language: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
}

/** What of it is worth showing beside what the feed said: only what differs. */
export interface PageProvenance {
  /** The canonical address, when it is on another site than the article's link: where the article really lives. */
  canonicalUrl: string | null;
  /** The publisher the page names, when it is not the feed's own name. */
  siteName: string | null;
  /** The language the page declares, when the article was taken to be in another. */
  language: string | null;
  /** The canonical link names an original in another language: the page is a translation of it. */
  translation: Translation | null;
}

function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Names compared as people read them: case, spaces and punctuation aside ("Le Monde" is "LeMonde.fr"'s name too). */
function sameName(a: string, b: string): boolean {
  const plain = (name: string) => name.toLowerCase().replace(/\.(?:com|net|org|fr|de|vn|co\.uk)$/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return plain(a) === plain(b);
}

/**
 * What the page adds to an article's provenance. `article` is what the feed said (its link and language), `feedName`
 * the name the reader sees for the feed. Null when the page says nothing the feed did not.
 */
export function pageProvenance(page: PageDeclarations, article: { url: string | null; language: string | null }, feedName: string | null): PageProvenance | null {
  const articleSite = siteOf(article.url) ?? siteOf(page.url);
  const canonicalSite = siteOf(page.canonicalUrl);
  const canonicalUrl = page.canonicalUrl && canonicalSite && canonicalSite !== articleSite ? page.canonicalUrl : null;
  // A canonical address of another page, even on the same site (`/en/…` naming `/fr/…`), can name an original.
  const otherPage = page.canonicalUrl !== null && urlIdentity(page.canonicalUrl) !== urlIdentity(page.url) && urlIdentity(page.canonicalUrl) !== urlIdentity(article.url ?? '');
  const translation =
    otherPage && page.canonicalUrl
      ? findTranslation({ articleLanguage: page.language ?? article.language, sourceLinks: [{ url: page.canonicalUrl, label: null }], alternates: [] })
      : null;
  const siteName = page.siteName && !(feedName && sameName(page.siteName, feedName)) ? page.siteName : null;
  const language = page.language && article.language && page.language !== article.language ? page.language : null;
  if (!canonicalUrl && !siteName && !language && !translation) return null;
  return { canonicalUrl: canonicalUrl ?? translation?.originalUrl ?? null, siteName, language, translation };
}
