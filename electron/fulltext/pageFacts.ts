import { normaliseLanguageTag } from '../../shared/lang/tags';
import { resolveWebUrl } from '../../shared/util/url';
import type { PageDocument } from './pageDom';

/** What a page says of itself, beside its article: where it was read, its language, its canonical address, its site. */
export interface PageFacts {
  /** What relative addresses in the page mean: its `<base href>`, else its own address. */
  baseUrl: string;
  language: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
}

/** A site's name is a few words; anything longer is a page that put something else there. */
const maxSiteNameChars = 120;

function metaContent(document: PageDocument, property: string): string | null {
  // Open Graph says `property`; many pages write `name`, which readers take as well.
  const meta = document.querySelector(`meta[property="${property}"]`) ?? document.querySelector(`meta[name="${property}"]`);
  const content = meta?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
  return content ? content : null;
}

function canonicalOf(document: PageDocument, baseUrl: string): string | null {
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return resolveWebUrl(link.getAttribute('href'), baseUrl);
  }
  return null;
}

/**
 * The page's language (`<html lang>`, which the page's own text is written under, else `og:locale`, which it gives
 * for sharing), its canonical link and `og:site_name`: a translated page often names its original through the first
 * and its publisher through the last.
 */
export function pageFacts(document: PageDocument, pageUrl: string): PageFacts {
  const baseUrl = resolveWebUrl(document.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl;
  const root = document.documentElement;
  const language = normaliseLanguageTag(root?.getAttribute('lang') ?? root?.getAttribute('xml:lang')) ?? normaliseLanguageTag(metaContent(document, 'og:locale'));
  const siteName = metaContent(document, 'og:site_name');
  return {
    baseUrl,
    language,
    canonicalUrl: canonicalOf(document, baseUrl),
    siteName: siteName && siteName.length <= maxSiteNameChars ? siteName : null,
  };
}
