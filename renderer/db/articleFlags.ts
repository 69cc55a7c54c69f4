import type { ArticleRecord } from './records';

/**
 * Sets the sparse index fields from the flags: `unreadTime` and `starredTime` exist only while the article is unread
 * or starred, so those indexes hold only such rows. Every write of an article row goes through here.
 */
export function withIndexedFlags(row: ArticleRecord): ArticleRecord {
  const { unreadTime: _unread, starredTime: _starred, ...rest } = row;
  const flagged: ArticleRecord = rest;
  if (row.read === 0) flagged.unreadTime = row.sortTime;
  if (row.starred === 1) flagged.starredTime = row.sortTime;
  return flagged;
}
