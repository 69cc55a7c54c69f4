import { pageLinks } from '../discover/findFeedLinks';

/** The side, in pixels, that shows well at 16–32 CSS pixels on screens of one to two device pixels per CSS pixel. */
const bestSides = { min: 32, max: 64 };

/** Sides assumed where `sizes` is not given: a plain icon is usually a favicon, a touch icon iOS's 180 px. */
const unsizedSide = { icon: 32, touch: 180 };

/**
 * How far a side is from the best, lower being better. An icon too small is blurred when scaled up, which shows more
 * than a large one scaled down (which only costs bytes, and the window shrinks it before storing).
 */
function sideCost(side: number): number {
  if (side < bestSides.min) return (bestSides.min - side) * 2;
  return side > bestSides.max ? (side - bestSides.max) / 4 : 0;
}

/** The cost of the best of the sizes a link declares (`16x16 32x32`); null when it declares none that can be read. */
function declaredCost(sizes: string | undefined): number | null {
  const costs = (sizes ?? '')
    .toLowerCase()
    .split(/\s+/)
    .flatMap((size) => {
      const match = /^(\d+)x(\d+)$/.exec(size);
      if (!match) return [];
      const width = Number(match[1]);
      const height = Number(match[2]);
      // A picture that is not square is letterboxed in a square badge: worse than any square one near the size.
      return [sideCost(Math.max(width, height)) + (width === height ? 0 : 16)];
    });
  return costs.length === 0 ? null : Math.min(...costs);
}

/**
 * SVG icons are refused (see findFeedIcon), so links that say they are one are not fetched. `mask-icon` is left out
 * for the same reason: it is always a one-colour SVG, for Safari's pinned tabs.
 */
function namesSvg(attrs: Record<string, string>, url: string): boolean {
  return (attrs.type ?? '').toLowerCase().includes('svg') || /\.svgz?$/i.test(new URL(url).pathname);
}

/**
 * The icons a home page declares with `<link rel="icon">`, `"shortcut icon"` or `"apple-touch-icon"`, best first: a
 * square near 32–64 px, then larger ones, then smaller; a declared size is preferred to a guessed one, and page order
 * settles ties.
 */
export function pageIcons(html: string, pageUrl: string): string[] {
  const ranked = new Map<string, number>();
  for (const { attrs, rel, url } of pageLinks(html, pageUrl)) {
    const touch = rel.includes('apple-touch-icon') || rel.includes('apple-touch-icon-precomposed');
    if (!touch && !rel.includes('icon')) continue;
    if (!url || namesSvg(attrs, url)) continue;
    const guessed = sideCost(touch ? unsizedSide.touch : unsizedSide.icon) + 4;
    const cost = declaredCost(attrs.sizes) ?? guessed;
    ranked.set(url, Math.min(cost, ranked.get(url) ?? Number.POSITIVE_INFINITY));
  }
  // Array sort is stable: equal costs keep page order.
  return [...ranked].sort(([, a], [, b]) => a - b).map(([url]) => url);
}
