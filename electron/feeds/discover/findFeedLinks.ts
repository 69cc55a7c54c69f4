import { decodeHTML } from 'entities';
import { resolveWebUrl } from '../../../shared/util/url';

import type { DiscoveredFeed } from '../../../shared/model/feed';

export type { DiscoveredFeed };

const feedTypes: Record<string, DiscoveredFeed['type']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
};

/**
 * JSON Feed 1.0 advertised itself as plain application/json, but so does every WordPress page for its REST API
 * (`/wp-json/…`, or `?rest_route=` without pretty links), which is no feed.
 */
function isRestApi(url: string): boolean {
  const { pathname, searchParams } = new URL(url);
  return pathname.includes('/wp-json/') || searchParams.has('rest_route');
}

/** A tag's attributes by lower-case name, values with character references decoded. */
export function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = match[1]?.toLowerCase();
    if (name) result[name] = decodeHTML(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return result;
}

/** A `<link>` of a page: its attributes by lower-case name, its rel words in lower case, its address if a web one. */
export interface PageLink {
  attrs: Record<string, string>;
  rel: string[];
  url: string | null;
}

/** The `<link>` elements in a page's first 512 KB (its head, however long the rest), addresses resolved as `<base>` says. */
export function pageLinks(html: string, pageUrl: string): PageLink[] {
  const head = html.slice(0, 512 * 1024);
  const baseHref = /<base\s[^>]*>/i.exec(head);
  const base = (baseHref && resolveWebUrl(attributes(baseHref[0]).href, pageUrl)) ?? pageUrl;
  return Array.from(head.matchAll(/<link\s[^>]*>/gi), ([tag]) => {
    const attrs = attributes(tag);
    return { attrs, rel: (attrs.rel ?? '').toLowerCase().split(/\s+/), url: resolveWebUrl(attrs.href, base) };
  });
}

/** The feeds a web page advertises with `<link rel="alternate" type="…">`, in page order, without duplicates. */
export function findFeedLinks(html: string, pageUrl: string): DiscoveredFeed[] {
  const found = new Map<string, DiscoveredFeed>();
  for (const { attrs, rel, url } of pageLinks(html, pageUrl)) {
    const mediaType = (attrs.type ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    const type = feedTypes[mediaType];
    if (!rel.includes('alternate') || !type) continue;
    if (!url || found.has(url) || (mediaType === 'application/json' && isRestApi(url))) continue;
    found.set(url, { url, title: attrs.title?.trim() || null, type });
  }
  return [...found.values()];
}
