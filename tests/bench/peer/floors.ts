import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import type { EventChannel, EventContract } from '../../../shared/ipc/contract';
import { hostOf } from '../../../shared/util/url';
import { fetchFeed } from '../../../electron/feeds/fetchFeed';
import { WorkerFeedReader, defaultPoolSize, defaultWorkerEntry } from '../../../electron/feeds/worker/feedReader';
import { Poller } from '../../../electron/poller/poller';
import type { Subscription } from '../../../shared/model/feed';
import type { OpmlFeed } from './opml';

/** The poller's limits: fetches at once, and at once to one host. */
export const pollerLimits = { concurrency: 8, perHost: 2 };

export interface FloorRun {
  seconds: number;
  /** CPU seconds of this process meanwhile, parse workers included. */
  cpuSeconds: number;
  /** Answers by kind: 200, 304, other statuses, no answer. */
  ok: number;
  notModified: number;
  otherStatus: number;
  unanswered: number;
  bytes: number;
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

interface Validators {
  etag?: string;
  lastModified?: string;
}

interface Answer {
  status: number;
  bytes: number;
  validators: Validators;
}

/** One GET on a fresh connection, as the app's fetcher makes it, body read and dropped. */
function get(url: string, validators: Validators, timeoutMs: number): Promise<Answer | null> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { 'User-Agent': 'Tidings-bench-floor' };
    if (validators.etag) headers['If-None-Match'] = validators.etag;
    if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve(null);
    }
    const client = target.protocol === 'https:' ? https : http;
    const request = client.get(target, { headers, agent: false, timeout: timeoutMs }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
      response.on('end', () => {
        const header = (name: string) => {
          const value = response.headers[name];
          return Array.isArray(value) ? value[0] : value;
        };
        resolve({ status: response.statusCode ?? 0, bytes, validators: { etag: header('etag'), lastModified: header('last-modified') } });
      });
      response.on('error', () => resolve(null));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(null));
  });
}

/**
 * The network alone: every address fetched with nothing parsed or stored, under the poller's limits (a queue taken in
 * order, a feed whose host is busy waiting for the next free slot). Keeps each feed's validators between runs, so the
 * second run is conditional as a reader's next refresh is.
 */
export class NetworkFloor {
  private readonly validators = new Map<string, Validators>();

  constructor(private readonly feeds: readonly OpmlFeed[]) {}

  async run(timeoutMs = 30_000): Promise<FloorRun> {
    const run: FloorRun = { seconds: 0, cpuSeconds: 0, ok: 0, notModified: 0, otherStatus: 0, unanswered: 0, bytes: 0 };
    const queue = this.feeds.map((feed) => feed.url);
    const perHost = new Map<string, number>();
    let inFlight = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    await new Promise<void>((resolve) => {
      const pump = () => {
        if (queue.length === 0 && inFlight === 0) return resolve();
        for (let index = 0; index < queue.length && inFlight < pollerLimits.concurrency; ) {
          const url = queue[index] ?? '';
          const host = hostOf(url);
          if ((perHost.get(host) ?? 0) >= pollerLimits.perHost) {
            index += 1;
            continue;
          }
          queue.splice(index, 1);
          inFlight += 1;
          perHost.set(host, (perHost.get(host) ?? 0) + 1);
          void get(url, this.validators.get(url) ?? {}, timeoutMs).then((answer) => {
            inFlight -= 1;
            perHost.set(host, (perHost.get(host) ?? 1) - 1);
            this.tally(run, url, answer);
            pump();
          });
        }
      };
      pump();
    });
    run.seconds = (performance.now() - started) / 1000;
    run.cpuSeconds = cpuSecondsSince(cpu);
    return run;
  }

  private tally(run: FloorRun, url: string, answer: Answer | null): void {
    if (!answer) return void (run.unanswered += 1);
    run.bytes += answer.bytes;
    if (answer.status === 304) run.notModified += 1;
    else if (answer.status === 200) {
      run.ok += 1;
      this.validators.set(url, answer.validators);
    } else run.otherStatus += 1;
  }
}

/**
 * The network and the app's own reading, nothing stored: the app's poller and fetchFeed, parsing in a pool of parse
 * workers, each result acknowledged at once as a writer that stores instantly would, so the next refresh skips the
 * items already stored just as the app's does.
 */
export class FetchAndParseFloor {
  private readonly reader = new WorkerFeedReader(defaultWorkerEntry() ?? '', defaultPoolSize());
  private readonly poller: Poller;
  private run: FloorRun = { seconds: 0, cpuSeconds: 0, ok: 0, notModified: 0, otherStatus: 0, unanswered: 0, bytes: 0 };
  private articles = 0;
  private subscribed = false;

  constructor(private readonly feeds: readonly OpmlFeed[]) {
    const emit = <E extends EventChannel>(event: E, payload: EventContract[E]) => {
      if (event !== 'poller:result') return;
      const result = payload as EventContract['poller:result'];
      const { outcome } = result;
      if (outcome.kind === 'updated') {
        this.run.ok += 1;
        this.articles += outcome.feed.articles.length;
      } else if (outcome.kind === 'not-modified') this.run.notModified += 1;
      else this.run.otherStatus += 1;
      this.poller.deliveries.acknowledge([result.delivery]);
    };
    this.poller = new Poller({
      emit,
      intervalMs: 24 * 3_600_000,
      concurrency: pollerLimits.concurrency,
      perHostConcurrency: pollerLimits.perHost,
      fetch: (subscription, remembered) => fetchFeed(subscription, { reader: this.reader, ...remembered }),
    });
  }

  /** Starts the parse workers outside any measurement, as in a running app. */
  async warm(): Promise<void> {
    const body = Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title><guid>a</guid></item></channel></rss>');
    await Promise.all(Array.from({ length: defaultPoolSize() }, () => this.reader.read({ body, contentType: null, url: 'http://127.0.0.1/', fetchedAt: Date.now(), sanitise: false })));
  }

  /** The first call subscribes (every feed due at once), later ones refresh every feed. */
  async refresh(): Promise<FloorRun & { articles: number }> {
    this.run = { seconds: 0, cpuSeconds: 0, ok: 0, notModified: 0, otherStatus: 0, unanswered: 0, bytes: 0 };
    this.articles = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    if (!this.subscribed) {
      this.subscribed = true;
      const subscriptions: Subscription[] = this.feeds.map((feed, index) => ({
        feedId: `floor-${index}`,
        url: feed.url,
        validators: { etag: null, lastModified: null },
        lastFetchedAt: null,
      }));
      this.poller.subscribe(subscriptions);
    } else this.poller.refresh();
    await this.poller.whenIdle();
    return { ...this.run, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSecondsSince(cpu), articles: this.articles };
  }

  async close(): Promise<void> {
    this.poller.stop();
    await this.reader.close();
  }
}
