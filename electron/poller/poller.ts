import type { Emit } from '../../shared/ipc/contract';
import type { FetchOutcome, Subscription } from '../../shared/model/feed';

export interface PollerOptions {
  fetch: (subscription: Subscription) => Promise<FetchOutcome>;
  emit: Emit;
  /** How often each feed is polled. */
  intervalMs?: number;
  /** Fetches in flight at once, over all feeds. */
  concurrency?: number;
  now?: () => number;
}

export const defaultPollIntervalMs = 30 * 60_000;

/**
 * Keeps every subscribed feed polled on its schedule and on demand.
 * It owns no data: the renderer's database is the truth and sends the subscriptions;
 * each fetch is pushed back as a `poller:result` event for the renderer to store.
 */
export class Poller {
  private subscriptions = new Map<string, Subscription>();
  private readonly queue: string[] = [];
  private readonly inFlight = new Set<string>();
  /** Feeds asked for while their fetch was in flight: they are fetched once more, since the user expects what is new now. */
  private readonly again = new Set<string>();
  private batch = { done: 0, total: 0 };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private readonly intervalMs: number;
  private readonly concurrency: number;
  private readonly now: () => number;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: PollerOptions) {
    this.intervalMs = options.intervalMs ?? defaultPollIntervalMs;
    this.concurrency = options.concurrency ?? 6;
    this.now = options.now ?? Date.now;
  }

  /**
   * Replaces the subscription list; feeds that are overdue are polled at once.
   * What the renderer sends wins over what the poller learnt since: the renderer's validators are those of
   * what it has stored, so a result that never reached it (no window open) is fetched again, not lost.
   */
  subscribe(subscriptions: Subscription[]): number {
    this.subscriptions = new Map(subscriptions.map((subscription) => [subscription.feedId, subscription]));
    this.schedule();
    return this.subscriptions.size;
  }

  /** Polls the given feeds (all when absent) now; returns how many were queued. */
  refresh(feedIds?: string[]): number {
    const ids = (feedIds ?? [...this.subscriptions.keys()]).filter((id) => this.subscriptions.has(id));
    for (const id of ids) if (this.inFlight.has(id)) this.again.add(id);
    return this.enqueue(ids) + ids.filter((id) => this.again.has(id)).length;
  }

  /** Resolves when nothing is queued or in flight. */
  whenIdle(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.stopped) return;
    const now = this.now();
    const due: string[] = [];
    let nextDue = Number.POSITIVE_INFINITY;
    for (const subscription of this.subscriptions.values()) {
      const dueAt = (subscription.lastFetchedAt ?? 0) + this.intervalMs;
      if (dueAt <= now) due.push(subscription.feedId);
      else nextDue = Math.min(nextDue, dueAt);
    }
    this.enqueue(due);
    if (Number.isFinite(nextDue)) {
      // setTimeout overflows past ~24.8 days; re-checking sooner is harmless.
      const delay = Math.min(Math.max(nextDue - now, 1_000), 2 ** 31 - 1);
      this.timer = setTimeout(() => this.schedule(), delay);
    }
  }

  private enqueue(feedIds: string[]): number {
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
    while (this.inFlight.size < this.concurrency && this.queue.length > 0) {
      const id = this.queue.shift();
      const subscription = id === undefined ? undefined : this.subscriptions.get(id);
      if (!subscription) continue;
      this.inFlight.add(subscription.feedId);
      void this.poll(subscription);
    }
  }

  private async poll(subscription: Subscription): Promise<void> {
    let outcome: FetchOutcome;
    try {
      outcome = await this.options.fetch(subscription);
    } catch (error) {
      outcome = { kind: 'failed', error: error instanceof Error ? error.message : String(error), gone: false };
    }
    const fetchedAt = this.now();
    const current = this.subscriptions.get(subscription.feedId);
    if (current) {
      this.subscriptions.set(subscription.feedId, {
        ...current,
        url: outcome.kind === 'updated' && outcome.movedTo ? outcome.movedTo : current.url,
        validators: outcome.kind === 'failed' ? current.validators : outcome.validators,
        lastFetchedAt: fetchedAt,
      });
    }
    this.inFlight.delete(subscription.feedId);
    this.batch.done += 1;
    this.options.emit('poller:result', { feedId: subscription.feedId, url: subscription.url, fetchedAt, outcome });
    if (this.again.delete(subscription.feedId)) this.enqueue([subscription.feedId]);
    this.reportProgress();
    this.pump();
    if (this.queue.length === 0 && this.inFlight.size === 0) {
      this.schedule();
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private reportProgress(): void {
    const running = this.queue.length > 0 || this.inFlight.size > 0;
    this.options.emit('poller:progress', { running, done: this.batch.done, total: this.batch.total });
  }
}
