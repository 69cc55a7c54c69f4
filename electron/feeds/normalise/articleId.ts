import { createHash } from 'node:crypto';

/**
 * An id that stays the same from one fetch to the next: the feed's own guid/id, else the link, else a
 * hash of what identifies the item, so that an item without either is not stored again every refresh.
 * The feed's address is left out of the hash: it changes when a feed moves, and stored ids are per feed anyway.
 */
export function articleId(parts: { guid: string | null; url: string | null; title: string; date: string | null }): string {
  const guid = parts.guid?.trim();
  if (guid) return guid;
  if (parts.url) return parts.url;
  const digest = createHash('sha1').update(`${parts.title}\n${parts.date ?? ''}`).digest('hex');
  return `tidings:${digest.slice(0, 24)}`;
}

/**
 * The id of an article whose feed gave its id to another article too: the same id made particular by what tells the
 * two apart (title, date, address), so that it, too, stays the same from one fetch to the next.
 */
export function repeatedId(id: string, fingerprint: string): string {
  return `${id}#${createHash('sha1').update(fingerprint).digest('hex').slice(0, 12)}`;
}
