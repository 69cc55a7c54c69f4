/** True for addresses Tidings may hand to the system browser: http and https only. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The host and port an address goes to, for messages and per-host limits; the address itself when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The host without `www.`, for showing where a link leads. */
export function displayHost(value: string): string | null {
  try {
    return new URL(value).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Accepts what people paste: `example.com/feed` means `https://example.com/feed`, `localhost:8080/rss` a host and port.
 * Null when it is no web address (`mailto:…`, `javascript:…`, words with spaces).
 */
export function normaliseFeedAddress(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  // `name:` followed by anything but a port number is a scheme; only http(s) ones are web addresses.
  const hasScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed);
  const candidate = hasScheme ? trimmed : `https://${trimmed}`;
  return isWebUrl(candidate) ? new URL(candidate).href : null;
}

/** Resolves `href` against `base`; null for empty or unparseable values. Never throws. */
export function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Like resolveUrl, but only keeps addresses a reader can open: http(s). */
export function resolveWebUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const url = resolveUrl(href, base);
  return url && /^https?:/i.test(url) ? url : null;
}
