import { resolveWebUrl } from '../util/url';
import { isTrackerAddress } from './trackers';

/** One address of a `srcset`, with what it says of its size: a width in pixels (`800w`) or a density (`2x`). */
export interface SrcsetCandidate {
  url: string;
  width: number | null;
  density: number | null;
}

/**
 * A `srcset` as the HTML standard reads it: an address runs to the next space, so commas inside it (`w_300,h_200`,
 * as image CDNs write) stay part of it; a comma after it, or after its descriptors, ends the candidate.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let at = 0;
  while (at < value.length) {
    while (at < value.length && /[\s,]/.test(value[at] ?? '')) at += 1;
    if (at >= value.length) break;
    const start = at;
    while (at < value.length && !/\s/.test(value[at] ?? '')) at += 1;
    let url = value.slice(start, at);
    let descriptors = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const from = at;
      let depth = 0;
      for (; at < value.length; at += 1) {
        const character = value[at];
        if (character === '(') depth += 1;
        else if (character === ')') depth = Math.max(0, depth - 1);
        else if (character === ',' && depth === 0) break;
      }
      descriptors = value.slice(from, at).trim();
      at += 1;
    }
    if (url) candidates.push({ url, ...readDescriptors(descriptors) });
  }
  return candidates;
}

function readDescriptors(text: string): { width: number | null; density: number | null } {
  let width: number | null = null;
  let density: number | null = null;
  for (const descriptor of text.split(/\s+/)) {
    const size = /^(\d+)w$/i.exec(descriptor);
    if (size) width = Number(size[1]);
    const times = /^(\d*\.?\d+(?:e[+-]?\d+)?)x$/i.exec(descriptor);
    if (times) density = Number(times[1]);
  }
  return { width, density };
}

/** The candidates whose address resolves, against `base`, to an http(s) one, made absolute; the rest are dropped. */
export function resolveSrcset(value: string, base: string | null): SrcsetCandidate[] {
  return parseSrcset(value).flatMap((candidate) => {
    const url = resolveWebUrl(candidate.url, base);
    return url ? [{ ...candidate, url }] : [];
  });
}

/** Writes candidates back as a `srcset`. */
export function writeSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates
    .map(({ url, width, density }) => [url, width !== null ? `${width}w` : density !== null ? `${density}x` : ''].filter(Boolean).join(' '))
    .join(', ');
}

/** The types a `<picture>` source may declare for Chromium to show it; a source of any other type is passed over. */
const shownTypes = new Set(['image/avif', 'image/webp', 'image/png', 'image/apng', 'image/jpeg', 'image/gif', 'image/svg+xml', 'image/bmp', 'image/x-icon']);

export function isShownImageType(type: string | null | undefined): boolean {
  const essence = type?.split(';')[0]?.trim().toLowerCase();
  return !essence || shownTypes.has(essence);
}

/** How many addresses of one picture are kept: the largest, and smaller ones in case it is over the size limit. */
export const maxCandidates = 4;

/** What one picture offers: its `src`, its own `srcset`, and the `srcset`s of the `<source>`s of its `<picture>`. */
export interface PictureSources {
  src: string | null;
  srcsets: readonly string[];
}

/**
 * A picture's addresses, largest first, as the image cache takes them: it keeps the first that is under its size
 * limit, and serves the largest it holds. Candidates with a width come first (widest first), then those with a density
 * (densest first, a bare address being 1x), then `src`, which is usually the smallest. Only http(s) addresses, none
 * on a tracker's host; empty when nothing is left to show.
 */
export function rankedImageSources({ src, srcsets }: PictureSources): string[] {
  const candidates = srcsets.flatMap(parseSrcset);
  const byWidth = candidates.filter((candidate) => candidate.width !== null).sort((a, b) => (b.width ?? 0) - (a.width ?? 0));
  const byDensity = candidates.filter((candidate) => candidate.width === null).sort((a, b) => (b.density ?? 1) - (a.density ?? 1));
  const ordered = [...byWidth, ...byDensity].map((candidate) => candidate.url);
  if (src) ordered.push(src);
  const kept = [...new Set(ordered)].filter((url) => /^https?:\/\//i.test(url) && !isTrackerAddress(url));
  return kept.slice(0, maxCandidates);
}
