import { fullTextFailure, type FullTextAnswer } from '../../shared/model/fullText';
import { mainMessage } from '../../shared/model/mainMessage';
import { firstLine, verbatim } from '../feeds/http/feedProblem';
import { hostOf, isWebUrl } from '../../shared/util/url';
import type { ConnectivityMonitor } from '../poller/connectivity';
import { PageProblem } from './fetchPage';
import type { FetchedPage } from './readArticlePage';

export interface FullTextQueueOptions {
  /** Fetches a page; throws a PageProblem when there is none to read. */
  fetch: (url: string) => Promise<FetchedPage>;
  /** Reads the article out of a page (in the worker). */
  read: (page: FetchedPage) => Promise<FullTextAnswer>;
  /**
   * Resolves once no refresh is running (the poller's whenIdle): background pages wait for it, so that a refresh keeps
   * the network and its own timing to itself. Absent, background pages never wait.
   */
  whenQuiet?: () => Promise<void>;
  /**
   * Whether Tidings is offline, as the poller found (connectivity.ts): background pages wait while it is, and a
   * background page that failed for want of a network goes back to wait instead of being answered.
   */
  connectivity?: Pick<ConnectivityMonitor, 'isOffline' | 'onChange'>;
  /** Pages fetched at once, over all hosts: a few, since this is background work. */
  concurrency?: number;
  /** Pages fetched at once from one host, as the poller allows for feeds at most. */
  perHost?: number;
  /** Least time between the end of one background request to a host and the start of the next. */
  hostGapMs?: number;
  /** How long background work leaves a host alone that said it is busy (429, 503) without saying for how long. */
  busyHostMs?: number;
  /** Background pages waiting at most; more are refused as `busy` until the queue shortens. */
  maxQueued?: number;
  now?: () => number;
}

interface Job {
  url: string;
  host: string;
  background: boolean;
  waiters: Array<(answer: FullTextAnswer) => void>;
}

/** A quiet poller, once seen, lets background pages start for this long before it is asked again. */
const quietWindowMs = 1_000;
/** The longest a host's Retry-After is honoured here: a day, as for feeds. */
const maxHoldMs = 24 * 60 * 60_000;

/**
 * The main process's queue of article pages. Pages the reader asked for go first and start at once when their host
 * is free; background pages (the window's catch-up) wait for the poller to be idle, go one at a time per host with a
 * pause between them, and keep off hosts that said they are busy. One address asked for twice is fetched once.
 */
export class FullTextQueue {
  private readonly waiting: Job[] = [];
  private readonly byUrl = new Map<string, Job>();
  private readonly hostsBusy = new Map<string, number>();
  /** Epoch milliseconds before which no background request goes to the host. */
  private readonly hostNotBefore = new Map<string, number>();
  private running = 0;
  private quietUntil: number;
  private askingQuiet = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerAt = Number.POSITIVE_INFINITY;
  private closed = false;
  private readonly stopFollowing: () => void;
  private readonly concurrency: number;
  private readonly perHost: number;
  private readonly hostGapMs: number;
  private readonly busyHostMs: number;
  private readonly maxQueued: number;
  private readonly now: () => number;

  constructor(private readonly options: FullTextQueueOptions) {
    this.concurrency = options.concurrency ?? 2;
    this.perHost = options.perHost ?? 1;
    this.hostGapMs = options.hostGapMs ?? 2_000;
    this.busyHostMs = options.busyHostMs ?? 10 * 60_000;
    this.maxQueued = options.maxQueued ?? 500;
    this.now = options.now ?? Date.now;
    this.quietUntil = options.whenQuiet ? 0 : Number.POSITIVE_INFINITY;
    this.stopFollowing = options.connectivity?.onChange(() => this.pump()) ?? (() => undefined);
  }

  /** The article of the page at `url`, or why there is none. Never rejects. */
  load(url: string, { background }: { background: boolean }): Promise<FullTextAnswer> {
    if (this.closed) return Promise.resolve(fullTextFailure('busy', mainMessage('closing')));
    if (!isWebUrl(url)) return Promise.resolve(fullTextFailure('not-a-page', mainMessage('notHttpPage')));
    const known = this.byUrl.get(url);
    if (known) {
      if (!background && known.background) this.promote(known);
      return new Promise((resolve) => known.waiters.push(resolve));
    }
    if (background && this.waiting.length >= this.maxQueued) {
      return Promise.resolve(fullTextFailure('busy', mainMessage('pagesWaiting', { count: this.waiting.length })));
    }
    const job: Job = { url, host: hostOf(url), background, waiters: [] };
    this.byUrl.set(url, job);
    if (background) this.waiting.push(job);
    else this.waiting.splice(this.firstBackground(), 0, job);
    const answer = new Promise<FullTextAnswer>((resolve) => job.waiters.push(resolve));
    this.pump();
    return answer;
  }

  /** Pages waiting, and being fetched. */
  get size(): { waiting: number; running: number } {
    return { waiting: this.waiting.length, running: this.running };
  }

  close(): void {
    this.closed = true;
    this.stopFollowing();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const job of this.waiting.splice(0)) this.settle(job, fullTextFailure('busy', mainMessage('closing')));
  }

  private firstBackground(): number {
    const index = this.waiting.findIndex((job) => job.background);
    return index < 0 ? this.waiting.length : index;
  }

  /** The reader asked for a page already waiting in the background: it goes with the reader's own now. */
  private promote(job: Job): void {
    job.background = false;
    const index = this.waiting.indexOf(job);
    if (index < 0) return; // already being fetched
    this.waiting.splice(index, 1);
    this.waiting.splice(this.firstBackground(), 0, job);
    this.pump();
  }

  private pump(): void {
    if (this.closed) return;
    const now = this.now();
    let wakeAt = Number.POSITIVE_INFINITY;
    for (let index = 0; index < this.waiting.length && this.running < this.concurrency; ) {
      const job = this.waiting[index] as Job;
      if ((this.hostsBusy.get(job.host) ?? 0) >= this.perHost) {
        index += 1;
        continue;
      }
      if (job.background) {
        if (this.offline) break; // the network's return pumps again
        if (now >= this.quietUntil) {
          this.askQuiet();
          break; // background jobs are all behind the reader's, and all wait alike
        }
        const notBefore = this.hostNotBefore.get(job.host) ?? 0;
        if (notBefore > now) {
          wakeAt = Math.min(wakeAt, notBefore);
          index += 1;
          continue;
        }
      }
      this.waiting.splice(index, 1);
      void this.run(job);
    }
    this.wakeAt(wakeAt);
  }

  private get offline(): boolean {
    return this.options.connectivity?.isOffline === true;
  }

  private askQuiet(): void {
    const whenQuiet = this.options.whenQuiet;
    if (this.askingQuiet || !whenQuiet) return;
    this.askingQuiet = true;
    void whenQuiet().then(() => {
      this.askingQuiet = false;
      this.quietUntil = this.now() + quietWindowMs;
      this.pump();
    });
  }

  private wakeAt(at: number): void {
    if (at === Number.POSITIVE_INFINITY || (this.timer && this.timerAt <= at)) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.pump();
    }, Math.max(0, at - this.now()));
    // Waiting pages must not keep a closing process alive.
    this.timer.unref?.();
  }

  private async run(job: Job): Promise<void> {
    this.running += 1;
    this.hostsBusy.set(job.host, (this.hostsBusy.get(job.host) ?? 0) + 1);
    let page: FetchedPage | null = null;
    let answer: FullTextAnswer | null = null;
    try {
      page = await this.options.fetch(job.url);
    } catch (error) {
      answer = error instanceof PageProblem ? error.answer : fullTextFailure('unreachable', verbatim(firstLine(error)));
      if (error instanceof PageProblem && (error.answer.status === 429 || error.answer.status === 503)) {
        const holdMs = error.retryAfterSeconds !== null ? Math.min(error.retryAfterSeconds * 1000, maxHoldMs) : this.busyHostMs;
        this.hostNotBefore.set(job.host, this.now() + holdMs);
      }
    }
    // The network slot is free once the page is in; reading it is the worker's queue.
    this.running -= 1;
    const left = (this.hostsBusy.get(job.host) ?? 1) - 1;
    if (left > 0) this.hostsBusy.set(job.host, left);
    else this.hostsBusy.delete(job.host);
    this.hostNotBefore.set(job.host, Math.max(this.hostNotBefore.get(job.host) ?? 0, this.now() + this.hostGapMs));
    this.pump();
    if (page) {
      answer = await this.options.read(page).catch((error: unknown) => fullTextFailure('unreadable', mainMessage('pageUnreadable', { reason: verbatim(firstLine(error)) })));
    }
    if (!page && job.background && this.offline && answer?.kind === 'failed' && (answer.reason === 'unreachable' || answer.reason === 'timeout')) {
      // Not the page's failure but the network's: it waits, first of the background pages, for the network to return.
      this.waiting.splice(this.firstBackground(), 0, job);
      return;
    }
    this.settle(job, answer ?? fullTextFailure('unreadable', mainMessage('pageNotRead')));
  }

  private settle(job: Job, answer: FullTextAnswer): void {
    if (this.byUrl.get(job.url) === job) this.byUrl.delete(job.url);
    for (const resolve of job.waiters.splice(0)) resolve(answer);
  }
}
