import type { RawItem } from '../rawFeed';
import { lenientTitleHtml } from '../titleHtml';
import { attributesOf, languageTag, listOf, textOf, trimmed } from '../xmlValues';
import { bodyAttributes, ownBase } from './bases';
import { mediaEnclosures, mergeEnclosures, rssEnclosures, withItunesDuration } from './enclosures';
import { rssBodies } from './itemBodies';
import type { ItemContext } from './itemContext';
import { rssDates } from './itemDates';
import { rssAuthors } from './itemPeople';
import { linksOf } from './links';
import { mediaTitle } from './mediaElements';
import { sharedItemFields } from './sharedItemFields';
import { firstText, type Fields } from './nodes';

/**
 * A guid is the item's address unless isPermaLink="false" says otherwise, provided it looks like one: absolute, or a
 * path from the site's root (resolved later, like a relative <link>). Opaque guids (`1559104147038`, `blog:post-1`)
 * marked by default as permalinks are common, and are no address.
 */
function guidAddress(guid: string | null, node: unknown): string | null {
  if (guid === null || attributesOf(node).isPermaLink?.trim().toLowerCase() === 'false') return null;
  return /^(https?:\/\/|\/)/i.test(guid) ? guid : null;
}

/** An RSS 0.9x, 1.0 or 2.0 item, with the modules feeds add to it (Dublin Core, iTunes, Media RSS, comments, GeoRSS). */
export function rssItem(item: Fields, around: ItemContext): RawItem {
  const links = linksOf(listOf(item['atom:link']));
  const plainLink = trimmed(listOf(item.link).map(textOf).find((value) => trimmed(value)) ?? null);
  const guidNode = listOf(item.guid)[0];
  const guid = trimmed(textOf(guidNode));
  const base = ownBase(item, around.base);
  const bodies = rssBodies(item);
  const body = bodyAttributes(bodies.bodyNode, base ?? around.base);
  const title = firstText(item.title, item['dc:title']);
  const enclosures = withItunesDuration(mergeEnclosures([...rssEnclosures(item), ...links.enclosures, ...mediaEnclosures(item)]), item);
  return {
    guid: guid ?? trimmed(attributesOf(item)['rdf:about']),
    title: title === null ? mediaTitle(item) : lenientTitleHtml(title),
    link: plainLink ?? links.main ?? guidAddress(guid, guidNode),
    base,
    contentBase: body.base,
    ...rssDates(item),
    authors: rssAuthors(item),
    ...sharedItemFields(item, { links, bodies, enclosures, base }, around),
    language: languageTag(textOf(item['dc:language']) ?? textOf(item.language) ?? attributesOf(item)['xml:lang']) ?? body.language,
  };
}
