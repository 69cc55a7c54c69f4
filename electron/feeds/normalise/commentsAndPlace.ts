import type { Comments, GeoPoint } from '../../../shared/model/article';
import { resolveWebUrl } from '../../../shared/util/url';

/** The comment page and feed made absolute (http(s) only) and the count a whole number; null when nothing is left. */
export function webComments(comments: Comments | null, base: string | null): Comments | null {
  if (comments === null) return null;
  const url = resolveWebUrl(comments.url, base);
  const feedUrl = resolveWebUrl(comments.feedUrl, base);
  const count = comments.count !== null && Number.isSafeInteger(comments.count) && comments.count >= 0 ? comments.count : null;
  return url === null && feedUrl === null && count === null ? null : { url, count, feedUrl };
}

/** A point on Earth, or null: a latitude beyond the poles is a mistake (often the two swapped), not a place. */
export function validPoint(geo: GeoPoint | null): GeoPoint | null {
  if (geo === null) return null;
  const { latitude, longitude } = geo;
  const onEarth = Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  return onEarth ? { latitude, longitude } : null;
}
