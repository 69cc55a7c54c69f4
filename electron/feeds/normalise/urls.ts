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
