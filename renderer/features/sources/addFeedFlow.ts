import { normaliseFeedAddress } from '../../../shared/util/url';
import { db } from '../../db/instance';
import { addFeed } from '../../db/feeds';
import { storePollResult } from '../../db/ingest';
import { bridge } from '../../ipc/bridge';
import { sanitizeArticleHtml } from '../../security/sanitizeArticleHtml';
import type { FeedRecord } from '../../db/records';

export type AddFeedResult = { ok: true; feed: FeedRecord; added: number } | { ok: false; error: string; feed?: FeedRecord };

/**
 * Subscribes to an address and fetches it at once. A feed that fails to load is still kept, marked with its error,
 * so that the user sees what went wrong and Tidings keeps trying.
 */
export async function subscribeTo(input: string): Promise<AddFeedResult> {
  const url = normaliseFeedAddress(input);
  if (!url) return { ok: false, error: `"${input.trim()}" is not a web address` };
  const fetchedAt = Date.now();
  const feed = await addFeed(db, url, fetchedAt);
  const outcome = await bridge.invoke('feeds:fetch', { url });
  const { added } = await storePollResult(db, { feedId: feed.id, url, fetchedAt, outcome }, sanitizeArticleHtml);
  if (outcome.kind === 'failed') return { ok: false, error: outcome.error, feed };
  return { ok: true, feed, added };
}
