import type { Emit } from '../../shared/ipc/contract';
import { failedToConnect, type Connectivity } from '../../shared/model/connectivity';
import type { FetchOutcome, Subscription } from '../../shared/model/feed';
import { hostOf } from '../../shared/util/url';
import { boundedIntervalMinutes } from '../../shared/model/pollSettings';
import type { FetchedOutcome } from '../feeds/fetchFeed';
import { ConnectivityMonitor, hostNameOf, RoundEvidence } from './connectivity';
import { Deliveries, pushThroughEmit, type PushResult, type RememberedItems } from './deliveries';
import { afterFetch, defaultJitterShare, healthy, nextDueAt, type FeedHealth } from './pollPolicy';

export interface PollerOptions {
  /** `remembered`: what the feed's items were when last stored, which the fetch may leave out of its result. */
  fetch: (subscription: Subscription, remembered: RememberedItems) => Promise<FetchedOutcome>;
  emit: Emit;
  /** How results reach the window; by default as `poller:result` events through `emit`. */
  pushResult?: PushResult;
  /** How often a feed without an interval of its own is polled. */
  intervalMs?: number;
  /** Fetches in flight at once, over all feeds. */
  concurrency?: number;
  /** Share of the interval by which each feed's due time is spread (fixed per feed). */
  jitterShare?: number;
  /** Fetches in flight at once to one host, so one slow or busy server cannot take every slot. */
  perHostConcurrency?: number;
  now?: () => number;
  /** Whether Tidings is offline: no fetch starts meanwhile, and each round of fetches tells it what it found. */
  connectivity?: ConnectivityMonitor;
  /** While no server could be reached, one feed is fetched this often to find out whether they can be again. */
  recheckMs?: number;
}

export const defaultPollIntervalMs = 30 * 60_000;
export const defaultRecheckMs = 60_000;

/** One fetch done, before it is told to the feed's health, the schedule and the window. */
interface Fetched {
  subscription: Subscription;
  outcome: FetchedOutcome;
  fetchedAt: number;
}

/** The reader's interval for this feed, else the default. */
function intervalFor(subscription: Subscription, defaultMs: number): number {
  const minutes = boundedIntervalMinutes(subscription.intervalMinutes);
  return minutes === null ? defaultMs : minutes * 60_000;
}

/**
 * Keeps every subscribed feed polled on its schedule and on demand.
 * It owns no data: the renderer's database is the truth and sends the subscriptions;
 * each fetch is pushed back as a `poller:result` event for the renderer to store, and held until it is (deliveries).
 * Offline (see connectivity.ts), it starts no fetch, and failures that only say the network is gone are not pushed:
 * no feed is marked failing for it, and each is fetched once the network is back.
 */
export class Poller {
  readonly deliveries: Deliveries;
  readonly connectivity: ConnectivityMonitor;
  private subscriptions = new Map<string, Subscription>();
  private readonly queue: string[] = [];
  private readonly inFlight = new Set<string>();
  private readonly hostsInFlight = new Map<string, number>();
  private readonly health = new Map<string, FeedHealth>();
  /** Feeds asked for while their fetch was in flight: they are fetched once more, since the user expects what is new now. */
  private readonly again = new Set<string>();
  private batch = { done: 0, total: 0 };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private paused = false;
  private intervalMs: number;
  private readonly concurrency: number;
  private readonly perHostConcurrency: number;
  private readonly now: () => number;
  private idleWaiters: Array<() => void> = [];
  private readonly round = new RoundEvidence<Fetched>();
  /** Feeds fetched to find out whether servers can be reached again: outside any batch, and not shown as progress. */
  private readonly probing = new Set<string>();
  private lastProbedHost: string | null = null;
  private recheckTimer: ReturnType<typeof setInterval> | null = null;
  private readonly stopFollowingConnectivity: () => void;

  constructor(private readonly options: PollerOptions) {
    this.intervalMs = options.intervalMs ?? defaultPollIntervalMs;
    this.concurrency = options.concurrency ?? 8;
    this.perHostConcurrency = options.perHostConcurrency ?? 2;
    this.now = options.now ?? Date.now;
    this.deliveries = new Deliveries(options.pushResult ?? pushThroughEmit(options.emit));
    this.connectivity = options.connectivity ?? new ConnectivityMonitor();
    this.stopFollowingConnectivity = this.connectivity.onChange((state) => this.connectivityChanged(state));
    if (this.connectivity.awaitsServer) this.startRechecks();
  }

  /**
   * Replaces the subscription list; feeds that are overdue are polled at once.
   * The renderer's validators win over what the poller learnt since: they are those of what it has stored, so a
   * result that never reached it (no window open, a failed store) is fetched in full next time, not lost. The later
   * of the two fetch times decides when that is, so a list sent while results were still being stored does not make
   * the poller fetch the same feeds again at once.
   */
  subscribe(subscriptions: Subscription[]): number {
    const known = this.subscriptions;
    this.subscriptions = new Map(
      subscriptions.map((subscription) => {
        const polledAt = known.get(subscription.feedId)?.lastFetchedAt ?? null;
        const lastFetchedAt = polledAt !== null && polledAt > (subscription.lastFetchedAt ?? -Infinity) ? polledAt : subscription.lastFetchedAt;
        return [subscription.feedId, { ...subscription, lastFetchedAt }];
      }),
    );
    this.deliveries.keepStoredItemsOf(new Set(this.subscriptions.keys()));
    this.schedule();
    return this.subscriptions.size;
  }

  /** Changes how often feeds without an interval of their own are polled, from their last fetch on. */
  setDefaultInterval(intervalMs: number): void {
    if (intervalMs === this.intervalMs) return;
    this.intervalMs = intervalMs;
    this.schedule();
  }

  /**
   * Polls the given feeds (all when absent) now; returns how many were queued. Offline, nothing is queued: when no
   * server could be reached, one feed is tried at once instead, and everything due follows should it answer.
   */
  refresh(feedIds?: string[]): number {
    if (this.paused) return 0;
    if (this.connectivity.isOffline) {
      this.recheck();
      return 0;
    }
    const now = this.now();
    // Asked for by hand, a feed skips its backoff, but a server's Retry-After still holds.
    const ids = (feedIds ?? [...this.subscriptions.keys()]).filter(
      (id) => this.subscriptions.has(id) && (this.health.get(id)?.notBefore ?? 0) <= now,
    );
    for (const id of ids) if (this.inFlight.has(id)) this.again.add(id);
    return this.enqueue(ids) + ids.filter((id) => this.again.has(id)).length;
  }

  /** Resolves when nothing is queued or in flight. */
  whenIdle(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Paused, no fetch starts: what is queued is dropped, fetches in flight finish and their results are held. Resumed,
   * every feed due meanwhile is fetched at once.
   */
  pause(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    if (!paused) return this.schedule();
    this.dropQueue();
  }

  get isPaused(): boolean {
    return this.paused;
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopRechecks();
    this.stopFollowingConnectivity();
  }

  /** Stopped for want of room or of a network: the former by the window's word (`pause`), the latter by itself. */
  private get halted(): boolean {
    return this.paused || this.connectivity.isOffline;
  }

  private dropQueue(): void {
    this.batch.total -= this.queue.length;
    this.queue.length = 0;
    this.again.clear();
    this.reportProgress();
  }

  /** Offline: nothing starts, and failures held for the round say nothing of their feeds. Back: whatever fell due goes at once. */
  private connectivityChanged(state: Connectivity): void {
    if (state.state === 'offline') {
      this.round.discard();
      this.dropQueue();
      if (state.why === 'unreachable') this.startRechecks();
      else this.stopRechecks();
      return;
    }
    this.stopRechecks();
    if (!this.paused) this.schedule();
  }

  private startRechecks(): void {
    if (this.recheckTimer || this.stopped) return;
    this.recheckTimer = setInterval(() => this.recheck(), this.options.recheckMs ?? defaultRecheckMs);
  }

  private stopRechecks(): void {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    this.recheckTimer = null;
  }

  /**
   * While no server could be reached: fetches the feed due soonest, from another host than the last try when there is
   * one, so that one site being down does not keep Tidings offline. Its answer is an ordinary result when it comes.
   */
  private recheck(): void {
    if (this.stopped || this.paused || !this.connectivity.awaitsServer || this.probing.size > 0) return;
    type Candidate = { subscription: Subscription; dueAt: number; host: string };
    // Another host than the last try beats any due time; among equals, the soonest due.
    const before = (a: Candidate, b: Candidate) => Number(a.host === this.lastProbedHost) - Number(b.host === this.lastProbedHost) || a.dueAt - b.dueAt;
    let best: Candidate | null = null;
    for (const subscription of this.subscriptions.values()) {
      if (this.inFlight.has(subscription.feedId)) continue;
      const dueAt = nextDueAt(subscription.lastFetchedAt, this.healthOf(subscription), intervalFor(subscription, this.intervalMs), subscription.feedId, 0);
      const candidate = { subscription, dueAt, host: hostOf(subscription.url) };
      if (!best || before(candidate, best) < 0) best = candidate;
    }
    if (!best) return this.connectivity.forgetUnreachable();
    this.lastProbedHost = best.host;
    this.probing.add(best.subscription.feedId);
    this.start(best.subscription, best.host);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.stopped) return;
    const now = this.now();
    const due: string[] = [];
    let nextDue = Number.POSITIVE_INFINITY;
    for (const subscription of this.subscriptions.values()) {
      const dueAt = nextDueAt(
        subscription.lastFetchedAt,
        this.healthOf(subscription),
        intervalFor(subscription, this.intervalMs),
        subscription.feedId,
        this.options.jitterShare ?? defaultJitterShare,
      );
      if (dueAt <= now) due.push(subscription.feedId);
      else nextDue = Math.min(nextDue, dueAt);
    }
    this.enqueue(due);
    if (this.subscriptions.size === 0) return;
    // Woken at the next due time, and at least once an interval, so that a fetch that never ends cannot stop the schedule.
    const wakeAt = Math.min(nextDue, now + this.intervalMs);
    // setTimeout overflows past ~24.8 days; re-checking sooner is harmless.
    const delay = Math.min(Math.max(wakeAt - now, 1_000), 2 ** 31 - 1);
    this.timer = setTimeout(() => this.schedule(), delay);
  }

  private enqueue(feedIds: string[]): number {
    if (this.stopped || this.halted) return 0;
    let added = 0;
    for (const id of feedIds) {
      if (this.queue.includes(id) || this.inFlight.has(id)) continue;
      this.queue.push(id);
      added += 1;
    }
    if (added > 0) {
      if (this.queue.length + this.inFlight.size === added) this.batch = { done: 0, total: 0 };
      this.batch.total += added;
      this.reportProgress();
      this.pump();
    }
    return added;
  }

  private pump(): void {
    if (this.stopped) return;
    for (let index = 0; index < this.queue.length && this.inFlight.size < this.concurrency; ) {
      const subscription = this.subscriptions.get(this.queue[index] ?? '');
      if (!subscription) {
        this.queue.splice(index, 1);
        continue;
      }
      const host = hostOf(subscription.url);
      if ((this.hostsInFlight.get(host) ?? 0) >= this.perHostConcurrency) {
        index += 1; // this host is busy: the next host's feed goes first
        continue;
      }
      this.queue.splice(index, 1);
      this.start(subscription, host);
    }
  }

  private start(subscription: Subscription, host: string): void {
    this.inFlight.add(subscription.feedId);
    this.hostsInFlight.set(host, (this.hostsInFlight.get(host) ?? 0) + 1);
    void this.poll(subscription, host);
  }

  private async poll(subscription: Subscription, host: string): Promise<void> {
    let outcome: FetchedOutcome;
    try {
      outcome = await this.options.fetch(subscription, this.deliveries.remembered(subscription.feedId));
    } catch (error) {
      outcome = { kind: 'failed', error: error instanceof Error ? error.message : String(error), gone: false, reason: 'network' };
    }
    const fetchedAt = this.now();
    this.inFlight.delete(subscription.feedId);
    const hostCount = (this.hostsInFlight.get(host) ?? 1) - 1;
    if (hostCount > 0) this.hostsInFlight.set(host, hostCount);
    else this.hostsInFlight.delete(host);
    const probe = this.probing.delete(subscription.feedId);
    if (!probe) this.batch.done += 1;
    this.judge({ subscription, outcome, fetchedAt });
    if (this.again.delete(subscription.feedId)) this.enqueue([subscription.feedId]);
    if (!probe) this.reportProgress();
    this.pump();
    if (this.queue.length === 0 && this.inFlight.size === 0) {
      this.endRound();
      this.schedule();
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /**
   * What a fetch is told to: one that reached a server (whatever it answered) counts at once, and so do the failures
   * to connect held before it in the round. A failure to connect waits for the round's verdict, and is dropped while
   * offline: the feed keeps its health and its due time, and is fetched once the network is back.
   */
  private judge(fetched: Fetched): void {
    if (!failedToConnect(fetched.outcome)) {
      this.settle(fetched);
      for (const earlier of this.round.serverReached()) this.settle(earlier);
      this.connectivity.serverReached();
    } else if (!this.connectivity.isOffline) {
      if (this.round.hasReachedServer) this.settle(fetched);
      else this.round.hold(hostNameOf(fetched.subscription.url), fetched);
    }
  }

  /** The round is over: either no server answered anywhere (offline), or the failures held are the feeds' own. */
  private endRound(): void {
    const { unreachable, held } = this.round.end();
    if (unreachable) this.connectivity.noServerReached();
    for (const fetched of held) this.settle(fetched);
  }

  /** Tells a fetch to the feed's health and schedule, and pushes its result to the window. */
  private settle({ subscription, outcome, fetchedAt }: Fetched): void {
    this.health.set(subscription.feedId, afterFetch(this.healthOf(subscription), outcome, fetchedAt));
    const current = this.subscriptions.get(subscription.feedId);
    // A feed the server says is gone is not asked again; the renderer leaves it out from now on too.
    if (current && outcome.kind === 'failed' && outcome.gone) this.subscriptions.delete(subscription.feedId);
    else if (current) {
      this.subscriptions.set(subscription.feedId, {
        ...current,
        url: this.addressAfter(current, outcome),
        validators: outcome.kind === 'failed' ? current.validators : outcome.validators,
        lastFetchedAt: fetchedAt,
      });
    }
    this.deliveries.deliver({ feedId: subscription.feedId, url: subscription.url, fetchedAt, outcome });
  }

  /** What the poller learnt of the feed since it started; before its first fetch, the publisher's hint as stored. */
  private healthOf(subscription: Subscription): FeedHealth {
    const known = this.health.get(subscription.feedId);
    if (known) return known;
    const hintMs = (subscription.publisherIntervalSeconds ?? 0) * 1000;
    return hintMs > 0 ? { ...healthy, suggestedIntervalMs: hintMs } : healthy;
  }

  /**
   * Where the feed is fetched from next: a permanent move, whether the answer was the feed or a 304, is followed unless
   * another subscription already has the new address, the same rule the renderer's store keeps.
   */
  private addressAfter(current: Subscription, outcome: FetchOutcome): string {
    const movedTo = outcome.kind === 'failed' ? null : outcome.movedTo;
    if (!movedTo || movedTo === current.url) return current.url;
    for (const other of this.subscriptions.values()) if (other.feedId !== current.feedId && other.url === movedTo) return current.url;
    return movedTo;
  }

  private reportProgress(): void {
    const running = this.queue.length > 0 || this.inFlight.size > 0;
    this.options.emit('poller:progress', { running, done: this.batch.done, total: this.batch.total });
  }
}
