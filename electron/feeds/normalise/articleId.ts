import { createHash } from 'node:crypto';

/**
 * An id that stays the same from one fetch to the next: the feed's own guid/id, else the link, else a
 * hash of what identifies the item, so that an item without either is not stored again every refresh.
 */
export function articleId(parts: { guid: string | null; url: string | null; title: string; date: string | null; feedUrl: string }): string {
  const guid = parts.guid?.trim();
  if (guid) return guid;
  if (parts.url) return parts.url;
  const digest = createHash('sha1').update(`${parts.feedUrl}\n${parts.title}\n${parts.date ?? ''}`).digest('hex');
  return `tidings:${digest.slice(0, 24)}`;
}
