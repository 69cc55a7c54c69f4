import type { Enclosure } from '../../../shared/model/article';
import { resolveWebUrl } from '../../../shared/util/url';

type Medium = NonNullable<Enclosure['medium']>;

const media: ReadonlySet<string> = new Set<Medium>(['image', 'audio', 'video', 'document', 'executable']);

function isMedium(value: string): value is Medium {
  return media.has(value);
}

/** What the enclosure is, for playing it in place: as the feed says (Media RSS `medium`), else from its MIME type. */
function mediumOf(enclosure: Enclosure): Medium | null {
  if (enclosure.medium && isMedium(enclosure.medium)) return enclosure.medium;
  const type = enclosure.type?.trim().toLowerCase();
  if (!type) return null;
  // Media RSS content with a medium but no type gives the medium as the type (see Enclosure.type).
  if (isMedium(type)) return type;
  const kind = type.slice(0, type.indexOf('/'));
  return kind === 'audio' || kind === 'video' || kind === 'image' ? kind : null;
}

function measure(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * Enclosures with absolute addresses, kept only when a reader can fetch them (http(s): a `javascript:` or `data:`
 * enclosure is dropped), their medium known where the type tells it, and sizes that are sizes.
 */
export function webEnclosures(enclosures: readonly Enclosure[], base: string | null): Enclosure[] {
  if (enclosures.length === 0) return [];
  return enclosures.flatMap((enclosure) => {
    const url = resolveWebUrl(enclosure.url, base);
    if (url === null) return [];
    return [
      {
        url,
        type: enclosure.type?.trim() || null,
        length: measure(enclosure.length),
        duration: measure(enclosure.duration),
        medium: mediumOf(enclosure),
        width: measure(enclosure.width),
        height: measure(enclosure.height),
      },
    ];
  });
}
