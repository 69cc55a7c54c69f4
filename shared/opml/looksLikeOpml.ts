/**
 * Whether text is an OPML document rather than a feed or a page, by its first element: how a file dropped on the
 * window or given to the inspector is told apart without reading it all.
 */
export function looksLikeOpml(text: string): boolean {
  return /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*<opml[\s>/]/i.test(text.slice(0, 4096));
}
