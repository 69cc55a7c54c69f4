import type { Enclosure } from '../../../../shared/model/article';
import { attributesOf, listOf, trimmed } from '../xmlValues';
import { durationSeconds } from './duration';
import { fieldsOf, firstText, nonNegativeNumber, type Fields } from './nodes';

type Medium = NonNullable<Enclosure['medium']>;

const mediums = new Set<string>(['image', 'audio', 'video', 'document', 'executable']);

/** What an enclosure's own element says, as written. */
export interface EnclosureAttributes {
  type?: string | undefined;
  length?: string | undefined;
  duration?: string | undefined;
  medium?: string | undefined;
  width?: string | undefined;
  height?: string | undefined;
}

function declaredMedium(value: string | undefined): Medium | null {
  const medium = trimmed(value)?.toLowerCase();
  return medium !== undefined && mediums.has(medium) ? (medium as Medium) : null;
}

/** image/, audio/ or video/ types say what the file is; other types say nothing a reader shows differently. */
function mediumOfType(type: string | null): Medium | null {
  const major = type?.slice(0, type.indexOf('/')).toLowerCase();
  return major === 'image' || major === 'audio' || major === 'video' ? major : null;
}

/**
 * An enclosure with what its element says. The type is the declared MIME type, else Media RSS's medium; `medium`,
 * `width` and `height` are set only when known, as the model's optional fields.
 */
export function enclosureFrom(url: string, attributes: EnclosureAttributes): Enclosure {
  const type = trimmed(attributes.type);
  const medium = declaredMedium(attributes.medium);
  const enclosure: Enclosure = { url, type: type ?? medium, length: nonNegativeNumber(attributes.length), duration: nonNegativeNumber(attributes.duration) };
  const shown = medium ?? mediumOfType(type);
  if (shown !== null) enclosure.medium = shown;
  const width = nonNegativeNumber(attributes.width);
  const height = nonNegativeNumber(attributes.height);
  if (width !== null) enclosure.width = width;
  if (height !== null) enclosure.height = height;
  return enclosure;
}

/** RSS `<enclosure url length type>`: an item may carry several, though RSS 2.0 meant one. */
export function rssEnclosures(item: Fields): Enclosure[] {
  return listOf(item.enclosure).flatMap((node) => {
    const attributes = attributesOf(node);
    const url = trimmed(attributes.url);
    return url ? [enclosureFrom(url, { type: attributes.type, length: attributes.length })] : [];
  });
}

/** The item's `media:content`, and those grouped as versions of one thing in `media:group`. */
export function mediaContents(item: Fields): unknown[] {
  if (item['media:group'] === undefined) return listOf(item['media:content']);
  const grouped = listOf(item['media:group']).flatMap((group) => listOf(fieldsOf(group)?.['media:content']));
  return [...listOf(item['media:content']), ...grouped];
}

export function mediaEnclosures(item: Fields): Enclosure[] {
  return mediaContents(item).flatMap((node) => {
    const attributes = attributesOf(node);
    const url = trimmed(attributes.url);
    return url ? [enclosureFrom(url, { ...attributes, length: attributes.fileSize })] : [];
  });
}

/** A MIME type says more than a medium standing in for one (`audio/mpeg` over `audio`). */
function betterType(first: string | null, second: string | null): string | null {
  if (first === null) return second;
  return !first.includes('/') && second?.includes('/') ? second : first;
}

function merged(first: Enclosure, second: Enclosure): Enclosure {
  const enclosure: Enclosure = {
    url: first.url,
    type: betterType(first.type, second.type),
    length: first.length ?? second.length,
    duration: first.duration ?? second.duration,
  };
  const medium = first.medium ?? second.medium;
  const width = first.width ?? second.width;
  const height = first.height ?? second.height;
  if (medium != null) enclosure.medium = medium;
  if (width != null) enclosure.width = width;
  if (height != null) enclosure.height = height;
  return enclosure;
}

/**
 * One enclosure per address, where it first appears, with everything its elements say: an RSS enclosure gives the
 * type and length, the media:content for the same file its duration and size in pixels.
 */
export function mergeEnclosures(list: Enclosure[]): Enclosure[] {
  if (list.length < 2) return list;
  const byUrl = new Map<string, Enclosure>();
  for (const enclosure of list) {
    const seen = byUrl.get(enclosure.url);
    byUrl.set(enclosure.url, seen ? merged(seen, enclosure) : enclosure);
  }
  return [...byUrl.values()];
}

/** Audio or video, or a file nothing describes: what an episode's `itunes:duration` can be about. */
function isPlayable(enclosure: Enclosure): boolean {
  if (enclosure.medium === 'audio' || enclosure.medium === 'video') return true;
  return enclosure.medium === undefined && enclosure.type === null;
}

/** `itunes:duration` is the episode's: it goes to the playable enclosures that do not give their own. */
export function withItunesDuration(enclosures: Enclosure[], item: Fields): Enclosure[] {
  const durationNode = item['itunes:duration'];
  if (durationNode === undefined || enclosures.length === 0) return enclosures;
  const seconds = durationSeconds(firstText(durationNode));
  if (seconds === null) return enclosures;
  return enclosures.map((enclosure) => (enclosure.duration === null && isPlayable(enclosure) ? { ...enclosure, duration: seconds } : enclosure));
}
