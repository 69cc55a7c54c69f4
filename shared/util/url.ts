/** True for addresses Tidings may hand to the system browser: http and https only. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
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

/** Accepts what people paste: `example.com/feed` means `https://example.com/feed`. Null when it is no web address. */
export function normaliseFeedAddress(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return isWebUrl(withScheme) ? new URL(withScheme).href : null;
}
