import { resolveUrl } from '../../../../shared/util/url';
import { attributesOf, languageTag } from '../xmlValues';

/**
 * The xml:base in force for the channel or Atom feed: its own, resolved against the root element's, which is
 * resolved against the feed's address (xml:base nests). Null when neither says anything.
 */
export function feedBase(rootAttributes: unknown, feedAttributes: unknown, feedUrl: string): string | null {
  const rootBase = resolveUrl(attributesOf({ $: rootAttributes })['xml:base'], feedUrl);
  const ownBase = resolveUrl(attributesOf({ $: feedAttributes })['xml:base'], rootBase ?? feedUrl);
  return ownBase ?? rootBase;
}

/** The element's own xml:base, resolved; null when it has none, so the base around it applies. */
export function ownBase(element: unknown, inherited: string): string | null {
  const own = attributesOf(element)['xml:base'];
  return own ? resolveUrl(own, inherited) : null;
}

/** The body element chosen, and what its own xml:base and xml:lang say (Atom content carries them often). */
export function bodyAttributes(node: unknown, inheritedBase: string): { base: string | null; language: string | null } {
  return { base: ownBase(node, inheritedBase), language: languageTag(attributesOf(node)['xml:lang']) };
}

/**
 * An address as written, resolved against the xml:base in force when there is one. Without one it stays as written:
 * normalisation knows the better base (a feed read from a file has none but its site's address).
 */
export function againstXmlBase(href: string | null, xmlBase: string | null): string | null {
  if (href === null || xmlBase === null) return href;
  return resolveUrl(href, xmlBase) ?? href;
}
