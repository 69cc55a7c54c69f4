// Two addresses of one page rarely match as strings: tracking parameters, `www.`, a trailing slash
// or the scheme differ. Grouping and matching compare this form instead.

const TRACKING_PARAMETER = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src)$/i;

/** `host/path?query` without scheme, `www.`, fragment, tracking parameters or trailing slash; null if not a URL. */
export function urlIdentity(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  const query = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAMETER.test(pair.split('=')[0] ?? ''))
    .join('&');
  return `${host}${port}${path}${query ? `?${query}` : ''}`;
}

/**
 * True when the address names one article rather than a home or section page: only such links
 * may tie stories together, or every article citing `reuters.com` would become one story.
 */
export function looksLikeArticleUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length === 0) return url.search.length > 1;
  return segments.length >= 2 || /[\d.-]/.test(segments[0] ?? '');
}
