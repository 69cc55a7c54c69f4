import type { DiscoveredFeed, FetchOutcome } from '../../../shared/model/feed';
import { normaliseFeedAddress } from '../../../shared/util/url';
import { db } from '../../db/instance';
import { addFeed } from '../../db/feeds';
import { storePollResult } from '../../db/ingest';
import { bridge } from '../../ipc/bridge';
import type { FeedRecord } from '../../db/records';

export type AddFeedResult =
  | { ok: true; feed: FeedRecord; added: number }
  | { ok: false; error: string; feed?: FeedRecord }
  /** The address is a site, not a feed: these are the feeds it offers, for the user to pick. */
  | { ok: false; error: string; choices: DiscoveredFeed[] };

/**
 * Subscribes to an address and fetches it at once. A site's address leads to the feeds it offers; a feed that fails
 * to load is still kept, marked with its error, so that the user sees what went wrong and Tidings keeps trying.
 */
export async function subscribeTo(input: string): Promise<AddFeedResult> {
  const url = normaliseFeedAddress(input);
  if (!url) return { ok: false, error: `"${input.trim()}" is not a web address` };
  const fetchedAt = Date.now();
  const outcome = await bridge.invoke('feeds:fetch', { url });
  const choices = await offeredFeeds(url, outcome);
  if (choices.length > 0) return { ok: false, error: 'This address is a web page, not a feed. It offers:', choices };
  // Where the address led (a permanent redirect, a page's one feed) is what is stored, so a feed already followed
  // under that address is found rather than added twice.
  const address = outcome.kind === 'updated' && outcome.movedTo ? outcome.movedTo : url;
  const feed = await addFeed(db, address, fetchedAt);
  const { added } = await storePollResult(db, { feedId: feed.id, url: address, fetchedAt, outcome });
  if (outcome.kind === 'failed') return { ok: false, error: outcome.error, feed };
  return { ok: true, feed, added };
}

/** What a web page offers instead of being a feed: the feeds it advertises, else those found at usual addresses. */
async function offeredFeeds(url: string, outcome: FetchOutcome): Promise<DiscoveredFeed[]> {
  if (outcome.kind !== 'failed' || !outcome.offers) return [];
  if (outcome.offers.length > 0) return outcome.offers;
  const discovery = await bridge.invoke('feeds:discover', { url });
  return discovery.kind === 'found' ? discovery.feeds.filter((feed) => feed.url !== url) : [];
}
