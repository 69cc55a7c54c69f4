import { feedAddressForms } from '../../shared/util/url';
import type { TidingsDb } from './database';

export type AddressChange =
  | { ok: true; url: string }
  /** `invalid`: no http(s) address; `taken`: another feed's row has it; `missing`: the feed is no longer there. */
  | { ok: false; problem: 'invalid' | 'taken' | 'missing' };

/**
 * Moves a feed to the address the reader typed, read as "Add feed" reads it (`example.com/feed` meaning its https
 * form, `feed:` forms unwrapped, words and spaces refused). The old address's validators mean nothing to the new one,
 * so they go; and the feed is made due at once, and taken off the gone list: a new address deserves its first check.
 * Its articles, marks and name stay.
 */
export async function changeFeedAddress(db: TidingsDb, feedId: string, typed: string): Promise<AddressChange> {
  const forms = feedAddressForms(typed);
  if (!forms.ok) return { ok: false, problem: 'invalid' };
  const [url] = forms.tries;
  return db.transaction('rw', db.feeds, async (): Promise<AddressChange> => {
    const feed = await db.feeds.get(feedId);
    if (!feed || feed.unsubscribedAt !== null) return { ok: false, problem: 'missing' };
    if (feed.url === url) return { ok: true, url };
    // Addresses are unique among rows, so an unsubscribed feed kept for its starred articles holds its address too.
    if ((await db.feeds.where('url').equals(url).count()) > 0) return { ok: false, problem: 'taken' };
    await db.feeds.update(feedId, { url, etag: null, lastModified: null, lastFetchedAt: null, gone: 0 });
    return { ok: true, url };
  });
}
