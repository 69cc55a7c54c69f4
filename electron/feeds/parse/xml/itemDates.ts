import { firstText, type Fields } from './nodes';

/** An item's dates as sent; normalisation reads them. */
export interface ItemDates {
  published: string | null;
  updated: string | null;
}

/**
 * RSS `pubDate`, else Dublin Core's `dc:date` (RSS 1.0's only date), else DC Terms' issued or created; updated from
 * `atom:updated`, a bare `modified` (Atom 0.3's name, seen in RSS) or `dcterms:modified`.
 */
export function rssDates(item: Fields): ItemDates {
  return {
    published: firstText(item.pubDate, item['dc:date'], item['dcterms:issued'], item['dcterms:created'], item.issued, item.created),
    updated: firstText(item['atom:updated'], item.modified, item['dcterms:modified']),
  };
}

/** Atom 1.0 `published`, else Atom 0.3's `issued`, then `created`, then Dublin Core; updated from 1.0's `updated` or 0.3's `modified`. */
export function atomDates(item: Fields): ItemDates {
  return {
    published: firstText(item.published, item.issued, item.created, item['dc:date'], item['dcterms:issued'], item['dcterms:created']),
    updated: firstText(item.updated, item.modified, item['dcterms:modified']),
  };
}
