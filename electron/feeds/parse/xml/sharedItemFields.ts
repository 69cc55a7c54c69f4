import type { Enclosure } from '../../../../shared/model/article';
import type { RawItem } from '../rawFeed';
import { categoriesOf } from './categories';
import { commentsOf } from './comments';
import { declaredSources } from './declaredSources';
import { geoOf } from './geo';
import type { ItemBodies } from './itemBodies';
import type { ItemContext } from './itemContext';
import { itemImageUrl } from './itemImage';
import { contributorsOf } from './itemPeople';
import type { Links } from './links';
import type { Fields } from './nodes';

/** What RSS items and Atom entries carry alike: the modules feeds add to either (Media RSS, iTunes, threading, GeoRSS, Dublin Core). */
export function sharedItemFields(
  item: Fields,
  found: { links: Links; bodies: ItemBodies; enclosures: Enclosure[]; base: string | null },
  around: ItemContext,
): Pick<RawItem, 'contributors' | 'contentHtml' | 'summaryHtml' | 'enclosures' | 'categories' | 'imageUrl' | 'comments' | 'geo' | 'alternates' | 'declaredSources'> {
  const { links, bodies, enclosures, base } = found;
  return {
    contributors: contributorsOf(item),
    contentHtml: bodies.contentHtml,
    summaryHtml: bodies.summaryHtml,
    enclosures,
    categories: categoriesOf(item),
    imageUrl: itemImageUrl(item, enclosures),
    comments: commentsOf(item, links.replies, base ?? around.xmlBase),
    geo: geoOf(item),
    alternates: links.alternates,
    declaredSources: declaredSources(item, links.canonical),
  };
}
