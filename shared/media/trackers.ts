/**
 * Hosts whose pictures in feeds are there to count readers, not to be seen: analytics beacons, ad servers, and the
 * feed services' per-item counters (FeedBurner, FeedBlitz, WordPress.com's stats). Kept short on purpose: a picture is
 * dropped only where the host serves nothing else an article would want to show. A host matches its subdomains too.
 */
const trackerHosts = [
  'google-analytics.com',
  'googletagmanager.com',
  'doubleclick.net',
  'googlesyndication.com',
  'scorecardresearch.com',
  'quantserve.com',
  'pixel.wp.com',
  'stats.wordpress.com',
  'feeds.wordpress.com',
  'feeds.feedburner.com',
  'feedproxy.google.com',
  'feeds.feedblitz.com',
  'pixel.facebook.com',
  'analytics.twitter.com',
  'bat.bing.com',
  'ct.pinterest.com',
  'px.ads.linkedin.com',
  'mc.yandex.ru',
  'counter.yadro.ru',
  'pi.feedsportal.com',
];

/** Whether the address's host is, or is under, a known tracker's. */
export function isTrackerAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return trackerHosts.some((tracker) => host === tracker || host.endsWith(`.${tracker}`));
}

/** A declared width or height (`1`, `1px`, `0`) of at most one pixel: a beacon, or a spacer no one needs to see. */
export function isPixelSized(width: string | null | undefined, height: string | null | undefined): boolean {
  return [width, height].some((value) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value ?? '');
    return match !== null && Number(match[1]) <= 1;
  });
}
