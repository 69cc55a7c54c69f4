import { isWebUrl } from '../util/url';
import { maxCandidates } from './imageCandidates';

/**
 * Where the page asks for a picture: a path of the app's own origin (`tidings://app/media` in the desktop app, the
 * loopback server's `/media` under `npm run web`), answered by the main process from its image cache, or fetched by it
 * from the publisher when not kept yet. So the page itself never asks a publisher for anything, and one CSP source,
 * `'self'`, covers every picture.
 */
export const mediaPath = '/media';

/** Longer addresses are refused: no picture needs one, and the route's query must stay a sane size. */
const maxAddressLength = 4096;

export interface MediaRequest {
  /** The picture's addresses, largest first (rankedImageSources); the largest one kept is served. */
  candidates: string[];
  /** False for feeds whose images the reader chose not to keep: fetched and shown, not stored. */
  keep: boolean;
}

/** The route's address for a picture, relative to the page (so the same in both shells). */
export function mediaAddress(candidates: readonly string[], { keep }: { keep: boolean }): string {
  const query = new URLSearchParams();
  for (const url of candidates.slice(0, maxCandidates)) query.append('u', url);
  if (!keep) query.set('keep', '0');
  return `${mediaPath}?${query.toString()}`;
}

/** The route's query as main serves it; null when it names no picture it may fetch. */
export function readMediaRequest(query: URLSearchParams): MediaRequest | null {
  const candidates = query
    .getAll('u')
    .slice(0, maxCandidates)
    .filter((url) => url.length <= maxAddressLength && isWebUrl(url));
  if (candidates.length === 0) return null;
  return { candidates, keep: query.get('keep') !== '0' };
}
