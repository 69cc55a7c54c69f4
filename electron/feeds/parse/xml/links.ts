import type { Enclosure, LanguageAlternate } from '../../../../shared/model/article';
import { attributesOf, languageTag, textOf, trimmed } from '../xmlValues';
import { enclosureFrom } from './enclosures';
import { nonNegativeNumber } from './nodes';

/** Atom threading's `rel="replies"`: a comment feed, or with `type="text/html"` the page with the comments. */
export interface RepliesLink {
  href: string;
  type: string | null;
  /** `thr:count`. */
  count: number | null;
}

/** What Atom links (and `atom:link` in RSS) say, by their rel. */
export interface Links {
  /** The page to open: the first `alternate` without hreflang that a browser opens. */
  main: string | null;
  alternates: LanguageAlternate[];
  enclosures: Enclosure[];
  canonical: string | null;
  self: string | null;
  replies: RepliesLink[];
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;

/** Relative, or http(s): an entry's gemini: or gopher: alternate is no page to open, and must not hide its web one. */
function opensInBrowser(href: string): boolean {
  return !scheme.test(href) || /^https?:/i.test(href);
}

export function linksOf(nodes: unknown[]): Links {
  let main: string | null = null;
  let canonical: string | null = null;
  let self: string | null = null;
  const alternates: LanguageAlternate[] = [];
  const enclosures: Enclosure[] = [];
  const replies: RepliesLink[] = [];
  for (const node of nodes) {
    const attributes = attributesOf(node);
    const href = trimmed(attributes.href ?? textOf(node));
    if (!href) continue;
    const rel = (attributes.rel ?? 'alternate').trim().toLowerCase();
    if (rel === 'alternate') {
      const language = languageTag(attributes.hreflang);
      if (language) alternates.push({ language, url: href });
      if (main === null && !language && opensInBrowser(href)) main = href;
    } else if (rel === 'enclosure') {
      enclosures.push(enclosureFrom(href, { type: attributes.type, length: attributes.length }));
    } else if (rel === 'self') self ??= href;
    else if (rel === 'canonical') canonical ??= href;
    else if (rel === 'replies') replies.push({ href, type: trimmed(attributes.type)?.toLowerCase() ?? null, count: nonNegativeNumber(attributes['thr:count']) });
  }
  return { main: main ?? alternates.find((alternate) => opensInBrowser(alternate.url))?.url ?? null, alternates, enclosures, canonical, self, replies };
}
