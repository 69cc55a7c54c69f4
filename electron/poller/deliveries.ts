import type { Emit } from '../../shared/ipc/contract';
import type { DeliveredPollResult, FeedPollResult, FetchOutcome } from '../../shared/model/feed';
import type { ParsedArticle } from '../../shared/model/article';
import type { FetchedOutcome, FetchOptions } from '../feeds/fetchFeed';
import type { KnownMarkup } from '../feeds/parse/knownMarkup';
import { articlesFromText, type ArticlesText } from '../feeds/worker/articlesText';

/**
 * How a result reaches the window: with its articles as JSON text when the parse worker made them so (`feed.articles`
 * is empty then), which a transport that speaks JSON passes on as it is (the web server's event stream).
 */
export type PushResult = (result: DeliveredPollResult, articles: ArticlesText | null) => void;

/** A transport's push that takes results as objects only: the text is read back into articles first. */
export function pushThroughEmit(emit: Emit): PushResult {
  return (result, articles) => emit('poller:result', articles ? withArticles(result, articlesFromText(articles)) : result);
}

function withArticles(result: DeliveredPollResult, articles: ParsedArticle[]): DeliveredPollResult {
  const { outcome } = result;
  return outcome.kind === 'updated' ? { ...result, outcome: { ...outcome, feed: { ...outcome.feed, articles } } } : result;
}

/** What a fetch is told of the feed's items as last stored. */
export type RememberedItems = Required<Pick<FetchOptions, 'storedItems'>> & Pick<FetchOptions, 'knownMarkup'>;

/** What a result leaves for the next fetch of its feed, once stored. */
interface Memory {
  /** The digests of every item the result stands for; null when the pipeline gave none. */
  itemDigests: readonly string[] | null;
  /** What its items' markup read as; null when the pipeline gave none. */
  knownMarkup: KnownMarkup | null;
}

interface Held extends Memory {
  result: DeliveredPollResult;
  /** The result's articles as text, when they came so; held as bytes outside the heap (articlesText.ts). */
  articles: ArticlesText | null;
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
  private readonly stored = new Map<string, Memory>();

  constructor(private readonly push: PushResult) {}

  /** The digests of the feed's items as last stored; empty when nothing is known. */
  storedItems(feedId: string): readonly string[] {
    return this.stored.get(feedId)?.itemDigests ?? [];
  }

  /** What the feed's items were as last stored, as a fetch takes it (fetchFeed's options). */
  remembered(feedId: string): RememberedItems {
    const memory = this.stored.get(feedId);
    return { storedItems: memory?.itemDigests ?? [], ...(memory?.knownMarkup ? { knownMarkup: memory.knownMarkup } : {}) };
  }

  /** Numbers the result, holds it (or what it leaves of the one held before) and pushes it. */
  deliver(polled: FeedPollResult & { outcome: FetchedOutcome }): void {
    const { outcome, memory, articles } = withoutMemory(polled.outcome);
    const next: Held = { result: { ...polled, outcome, delivery: ++this.lastDelivery }, articles, ...memory };
    const before = this.held.get(polled.feedId);
    const kept = before ? combine(before, next) : next;
    if (kept) {
      if (before) this.feedOfDelivery.delete(before.result.delivery);
      // Deleted first, so that the map's order stays the order of delivery numbers.
      this.held.delete(polled.feedId);
      this.held.set(polled.feedId, kept);
      this.feedOfDelivery.set(kept.result.delivery, polled.feedId);
    }
    const pushed = kept ?? next;
    this.push(pushed.result, pushed.articles);
  }

  /** Lets stored deliveries go; numbers no longer held (already acknowledged, or replaced since) are ignored. */
  acknowledge(deliveries: readonly number[]): number {
    for (const delivery of deliveries) {
      const feedId = this.feedOfDelivery.get(delivery);
      if (feedId === undefined) continue;
      this.feedOfDelivery.delete(delivery);
      const entry = this.held.get(feedId);
      this.held.delete(feedId);
      if (entry?.itemDigests) this.stored.set(feedId, { itemDigests: entry.itemDigests, knownMarkup: entry.knownMarkup });
    }
    return this.held.size;
  }

  /** Pushes every held result again, oldest first; answers how many. */
  resend(): number {
    for (const entry of this.held.values()) this.push(entry.result, entry.articles);
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

/** The outcome as the window gets it, its articles' text apart, and what the poller keeps of it for the feed's next fetch. */
function withoutMemory(outcome: FetchedOutcome): { outcome: FetchOutcome; memory: Memory; articles: ArticlesText | null } {
  const { itemDigests, knownMarkup, articlesText, ...plain } = outcome;
  return { outcome: plain, memory: { itemDigests: itemDigests ?? null, knownMarkup: knownMarkup ?? null }, articles: articlesText ?? null };
}

/** The held result with its articles as objects: for the rare merging of two results of one feed. */
function unpacked(held: Held): Held {
  return held.articles ? { ...held, result: withArticles(held.result, articlesFromText(held.articles)), articles: null } : held;
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
      articles: before.articles,
      itemDigests: before.itemDigests,
      knownMarkup: before.knownMarkup,
    };
  }
  return merged(unpacked(before), unpacked(next));
}

/** Both results' articles, the newer's first (both updated, articles as objects). */
function merged(before: Held, next: Held): Held {
  const old = before.result.outcome;
  const fresh = next.result.outcome;
  if (old.kind !== 'updated' || fresh.kind !== 'updated') return next;
  const articles = withOlderArticles(fresh.feed.articles, old.feed.articles);
  const itemDigests = before.itemDigests || next.itemDigests ? [...new Set([...(next.itemDigests ?? []), ...(before.itemDigests ?? [])])] : null;
  // The newer reading's markup stands for every item it lists, the older's leftovers stored with it.
  return { result: withArticles(next.result, articles), articles: null, itemDigests, knownMarkup: next.knownMarkup };
}

/** The newer fetch's articles, then the older's that it does not list (an article that left the feed meanwhile). */
function withOlderArticles(newer: readonly ParsedArticle[], older: readonly ParsedArticle[]): ParsedArticle[] {
  const listed = new Set(newer.map((article) => article.id));
  const room = Math.max(heldArticlesPerFeed, newer.length) - newer.length;
  return [...newer, ...older.filter((article) => !listed.has(article.id)).slice(0, room)];
}
