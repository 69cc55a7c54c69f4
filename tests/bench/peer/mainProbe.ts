import { performance } from 'node:perf_hooks';
import type { Backend } from '../../../electron/handlers/backend';
import type { FetchedOutcome } from '../../../electron/feeds/fetchFeed';

/** What the main process did during one refresh, as seen at its handler table and its deliveries. */
export interface MainActivity {
  results: number;
  updated: number;
  notModified: number;
  failed: number;
  /** Articles the results carried to the window (main leaves out those it knows are stored). */
  articlesSent: number;
  /** Milliseconds from the start of the refresh, NaN when it did not happen. */
  firstResultMs: number;
  lastResultMs: number;
  /** When results had been delivered for half the feeds. */
  halfResultsMs: number;
  /** The last subscription list the window sent, and how many it sent (it sends one after every change of its feeds). */
  subscribedMs: number;
  subscriptions: number;
  subscribeCalls: number;
  /** `poller:writer` calls, each making main push every held result again, and how many results they pushed again. */
  writerCalls: number;
  resent: number;
  /** `poller:stored` calls: each acknowledges one stored batch. */
  acknowledgements: number;
  acknowledgedResults: number;
  lastAcknowledgementMs: number;
  largestBatch: number;
}

const fresh = (): MainActivity => ({
  results: 0,
  updated: 0,
  notModified: 0,
  failed: 0,
  articlesSent: 0,
  firstResultMs: Number.NaN,
  lastResultMs: Number.NaN,
  halfResultsMs: Number.NaN,
  subscribedMs: Number.NaN,
  subscriptions: 0,
  subscribeCalls: 0,
  writerCalls: 0,
  resent: 0,
  acknowledgements: 0,
  acknowledgedResults: 0,
  lastAcknowledgementMs: Number.NaN,
  largestBatch: 0,
});

/**
 * Watches the real backend without changing what it does: every result the poller delivers, and every subscription
 * list and acknowledgement the window sends, are counted on their way through.
 */
export class MainProbe {
  activity = fresh();
  private started = performance.now();
  private halfOf = Number.POSITIVE_INFINITY;

  constructor(private readonly backend: Backend) {
    const { deliveries } = backend.poller;
    const deliver = deliveries.deliver.bind(deliveries);
    deliveries.deliver = (polled) => {
      this.recordResult(polled.outcome);
      deliver(polled);
    };
    const { handlers } = backend;
    const subscribe = handlers['poller:subscribe'];
    handlers['poller:subscribe'] = (request) => {
      this.activity.subscribedMs = this.elapsed();
      this.activity.subscriptions = request.subscriptions.length;
      this.activity.subscribeCalls += 1;
      return subscribe(request);
    };
    const writer = handlers['poller:writer'];
    handlers['poller:writer'] = async (request) => {
      const answer = await writer(request);
      this.activity.writerCalls += 1;
      this.activity.resent += answer.resent;
      return answer;
    };
    const stored = handlers['poller:stored'];
    handlers['poller:stored'] = async (request) => {
      const answer = await stored(request);
      const batch = Array.isArray(request.deliveries) ? request.deliveries.length : 0;
      this.activity.acknowledgements += 1;
      this.activity.acknowledgedResults += batch;
      this.activity.largestBatch = Math.max(this.activity.largestBatch, batch);
      this.activity.lastAcknowledgementMs = this.elapsed();
      return answer;
    };
  }

  /** Starts counting afresh; `feeds` results make half of the refresh. */
  begin(feeds: number): void {
    this.activity = fresh();
    this.started = performance.now();
    this.halfOf = Math.ceil(feeds / 2);
  }

  elapsed(): number {
    return performance.now() - this.started;
  }

  /** Results pushed and not yet acknowledged by the window. */
  get held(): number {
    return this.backend.poller.deliveries.heldCount;
  }

  async isIdle(): Promise<boolean> {
    return Promise.race([this.backend.poller.whenIdle().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 0))]);
  }

  private recordResult(outcome: FetchedOutcome): void {
    const activity = this.activity;
    const now = this.elapsed();
    activity.results += 1;
    if (Number.isNaN(activity.firstResultMs)) activity.firstResultMs = now;
    activity.lastResultMs = now;
    if (activity.results === this.halfOf) activity.halfResultsMs = now;
    if (outcome.kind === 'updated') {
      activity.updated += 1;
      activity.articlesSent += outcome.articlesText?.count ?? outcome.feed.articles.length;
    } else if (outcome.kind === 'not-modified') activity.notModified += 1;
    else activity.failed += 1;
  }
}
