import { resolveUrl } from '../../../../shared/util/url';
import type { RawItem } from '../rawFeed';
import { atomTitle } from '../atomText';
import { attributesOf, languageTag, listOf, textOf, trimmed } from '../xmlValues';
import { bodyAttributes, ownBase } from './bases';
import { mediaEnclosures, mergeEnclosures, withItunesDuration } from './enclosures';
import { atomBodies } from './itemBodies';
import type { ItemContext } from './itemContext';
import { atomDates } from './itemDates';
import { atomAuthors } from './itemPeople';
import { linksOf } from './links';
import { mediaTitle } from './mediaElements';
import { sharedItemFields } from './sharedItemFields';
import type { Fields } from './nodes';

const scheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * An Atom id is an IRI, but generators write relative ones (Jekyll's `/2024/05/post`): those are resolved like links,
 * against the entry's xml:base, else the feed's, else the feed's address, so that they name the same page wherever the
 * entry is read. Absolute ids (`tag:`, `urn:`, `http:`) are kept as written.
 */
function atomId(id: string | null, base: string): string | null {
  if (id === null || scheme.test(id)) return id;
  return resolveUrl(id, base) ?? id;
}

/** An Atom 1.0 or 0.3 entry, with the modules feeds add to it (Media RSS, iTunes, threading, GeoRSS, Dublin Core). */
export function atomItem(item: Fields, around: ItemContext): RawItem {
  const links = linksOf(listOf(item.link));
  const base = ownBase(item, around.base);
  const bodies = atomBodies(item);
  const body = bodyAttributes(bodies.bodyNode, base ?? around.base);
  const enclosures = withItunesDuration(mergeEnclosures([...links.enclosures, ...mediaEnclosures(item)]), item);
  return {
    guid: atomId(trimmed(textOf(item.id)), base ?? around.base),
    title: atomTitle(listOf(item.title)[0]) ?? mediaTitle(item),
    link: links.main,
    base,
    contentBase: body.base,
    ...atomDates(item),
    authors: atomAuthors(item, around.feedAuthors),
    ...sharedItemFields(item, { links, bodies, enclosures, base }, around),
    language: languageTag(attributesOf(item)['xml:lang']) ?? body.language,
  };
}
