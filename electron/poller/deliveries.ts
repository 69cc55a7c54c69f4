import type { Emit } from '../../shared/ipc/contract';
import type { DeliveredPollResult, FeedPollResult, FetchOutcome } from '../../shared/model/feed';
import type { ParsedArticle } from '../../shared/model/article';
import type { FetchedOutcome } from '../feeds/fetchFeed';

interface Held {
  result: DeliveredPollResult;
  /** The digests of every item the result stands for; null when the pipeline gave none. */
  itemDigests: readonly string[] | null;
}

/**
 * How many articles a feed's held result keeps when results come faster than a window stores them: a fetch's own
 * articles are always kept, and older held ones that the feed no longer lists up to this many in all.
 */
export const heldArticlesPerFeed = 1_000;

/**
 * Every result the poller pushes, held until the writer (the one window that stores results) acknowledges it, and
 * pushed again when a writer starts. At most one result is held per feed: a newer one takes the place of the older,
 * keeping what the older brought that is not stored yet (its articles, when the newer is a 304 or brings others).
 *
 * It also remembers, per feed, the digests of the items of the last stored result, so that the next fetch of the feed
 * reads and sends only the items that changed. They are remembered only once acknowledged: a result that never reached
 * the store leaves them as they were, and the next fetch sends its items again.
 */
export class Deliveries {
  private lastDelivery = 0;
  private readonly held = new Map<string, Held>();
  private readonly feedOfDelivery = new Map<number, string>();
  private readonly stored = new Map<string, readonly string[]>();

  constructor(private readonly emit: Emit) {}

  /** The digests of the feed's items as last stored; empty when nothing is known. */
  storedItems(feedId: string): readonly string[] {
    return this.stored.get(feedId) ?? [];
  }

  /** Numbers the result, holds it (or what it leaves of the one held before) and pushes it. */
  deliver(polled: FeedPollResult & { outcome: FetchedOutcome }): void {
    const { outcome, itemDigests } = withoutDigests(polled.outcome);
    const next: Held = { result: { ...polled, outcome, delivery: ++this.lastDelivery }, itemDigests };
    const before = this.held.get(polled.feedId);
    const kept = before ? combine(before, next) : next;
    if (kept) {
      if (before) this.feedOfDelivery.delete(before.result.delivery);
      // Deleted first, so that the map's order stays the order of delivery numbers.
      this.held.delete(polled.feedId);
      this.held.set(polled.feedId, kept);
      this.feedOfDelivery.set(kept.result.delivery, polled.feedId);
    }
    this.emit('poller:result', (kept ?? next).result);
  }

  /** Lets stored deliveries go; numbers no longer held (already acknowledged, or replaced since) are ignored. */
  acknowledge(deliveries: readonly number[]): number {
    for (const delivery of deliveries) {
      const feedId = this.feedOfDelivery.get(delivery);
      if (feedId === undefined) continue;
      this.feedOfDelivery.delete(delivery);
      const entry = this.held.get(feedId);
      this.held.delete(feedId);
      if (entry?.itemDigests) this.stored.set(feedId, entry.itemDigests);
    }
    return this.held.size;
  }

  /** Pushes every held result again, oldest first; answers how many. */
  resend(): number {
    for (const entry of this.held.values()) this.emit('poller:result', entry.result);
    return this.held.size;
  }

  /** How many results wait for the writer. */
  get heldCount(): number {
    return this.held.size;
  }

  /** Forgets what was stored of feeds no longer subscribed. Their held results stay: storing them is harmless. */
  keepStoredItemsOf(feedIds: ReadonlySet<string>): void {
    for (const feedId of this.stored.keys()) if (!feedIds.has(feedId)) this.stored.delete(feedId);
  }

  /** Another database is written to now: what this one stored says nothing of it. */
  forgetStoredItems(): void {
    this.stored.clear();
  }
}

function withoutDigests(outcome: FetchedOutcome): { outcome: FetchOutcome; itemDigests: readonly string[] | null } {
  if (outcome.itemDigests === undefined) return { outcome, itemDigests: null };
  const plain: FetchedOutcome = { ...outcome };
  delete plain.itemDigests;
  return { outcome: plain, itemDigests: outcome.itemDigests };
}

/**
 * What to hold once `next` comes for a feed whose result `before` is still held; null keeps `before` and lets `next`
 * go out unheld. Only an `updated` result has anything to lose: a 304 or a failure simply takes the place of the others.
 */
function combine(before: Held, next: Held): Held | null {
  const old = before.result.outcome;
  const fresh = next.result.outcome;
  if (old.kind !== 'updated') return next;
  // A failure says nothing of the articles; they stay held, and the feed shows its error once the failure is stored.
  if (fresh.kind === 'failed') return null;
  if (fresh.kind === 'not-modified') {
    return {
      result: {
        ...before.result,
        fetchedAt: next.result.fetchedAt,
        delivery: next.result.delivery,
        outcome: { ...old, validators: fresh.validators, movedTo: fresh.movedTo ?? old.movedTo },
      },
      itemDigests: before.itemDigests,
    };
  }
  const articles = withOlderArticles(fresh.feed.articles, old.feed.articles);
  const itemDigests = before.itemDigests || next.itemDigests ? [...new Set([...(next.itemDigests ?? []), ...(before.itemDigests ?? [])])] : null;
  return { result: { ...next.result, outcome: { ...fresh, feed: { ...fresh.feed, articles } } }, itemDigests };
}

/** The newer fetch's articles, then the older's that it does not list (an article that left the feed meanwhile). */
function withOlderArticles(newer: readonly ParsedArticle[], older: readonly ParsedArticle[]): ParsedArticle[] {
  const listed = new Set(newer.map((article) => article.id));
  const room = Math.max(heldArticlesPerFeed, newer.length) - newer.length;
  return [...newer, ...older.filter((article) => !listed.has(article.id)).slice(0, room)];
}
