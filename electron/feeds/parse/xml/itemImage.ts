import type { Enclosure } from '../../../../shared/model/article';
import { attributesOf, listOf, textOf, trimmed } from '../xmlValues';
import { mediaContents } from './enclosures';
import { largestThumbnail } from './mediaElements';
import type { Fields } from './nodes';

/** `<itunes:image href="…"/>`, as Apple specifies it; some hosts write the address as `url` or as the text. */
export function itunesImage(element: Fields): string | null {
  for (const node of listOf(element['itunes:image'])) {
    const attributes = attributesOf(node);
    const url = trimmed(attributes.href ?? attributes.url ?? textOf(node));
    if (url !== null) return url;
  }
  return null;
}

function isImage(type: string | undefined, medium: string | undefined): boolean {
  return medium?.trim().toLowerCase() === 'image' || (type?.trim().toLowerCase().startsWith('image/') ?? false);
}

function mediaContentImage(item: Fields): string | null {
  for (const node of mediaContents(item)) {
    const attributes = attributesOf(node);
    const url = trimmed(attributes.url);
    if (url !== null && isImage(attributes.type, attributes.medium)) return url;
  }
  return null;
}

/**
 * The item's picture for the list. A thumbnail is what the publisher made for the purpose, so it comes first (the
 * largest when several give their size, as a list row is drawn at several densities); then the episode art of a
 * podcast; then a picture among the item's media, Media RSS's own before a plain RSS or Atom enclosure, which is
 * more often an attachment than an illustration.
 */
export function itemImageUrl(item: Fields, enclosures: Enclosure[]): string | null {
  return (
    largestThumbnail(item) ??
    itunesImage(item) ??
    mediaContentImage(item) ??
    enclosures.find((enclosure) => enclosure.medium === 'image' || enclosure.type?.toLowerCase().startsWith('image/'))?.url ??
    null
  );
}
