import type { ConnectivityMonitor } from '../poller/connectivity';

/** What the queue follows of the network: the poller's one answer (connectivity.ts), never a probe of its own. */
export type NetworkState = Pick<ConnectivityMonitor, 'isOffline' | 'onChange'>;

export interface PrefetchOptions {
  /** Pictures fetched at once, over all hosts; the fetcher's per-host limit applies within it. */
  concurrency: number;
  /** Pictures waiting at most; past it the oldest waiting are dropped (they are still fetched when shown). */
  maxWaiting: number;
}

export const defaultPrefetchOptions: PrefetchOptions = { concurrency: 4, maxWaiting: 5_000 };

/** A picture to keep: its addresses, largest first, and whether only hosts on the internet may be asked for it. */
interface PictureJob {
  candidates: string[];
  publicOnly: boolean;
}

/**
 * Keeps the pictures of new articles in the background, a few at a time, behind whatever the poller is doing: a
 * refresh never waits for a picture, and a picture that fails is simply shown from the web later, if at all. Each
 * picture is its addresses, largest first; one already waiting or being kept is not queued twice.
 */
export class PrefetchQueue {
  private readonly waiting = new Map<string, PictureJob>();
  private readonly running = new Set<string>();
  private idleWaiters: Array<() => void> = [];
  private stopped = false;
  private network: NetworkState | null = null;
  private stopFollowing: () => void = () => undefined;

  constructor(
    /** Keeps one picture; false when none of its addresses could be kept. */
    private readonly keep: (candidates: string[], publicOnly: boolean) => Promise<boolean>,
    private readonly options: PrefetchOptions = defaultPrefetchOptions,
  ) {}

  /** Queues pictures; `publicOnly` for those of a feed from the internet (see ImageFetcher.fetch). */
  add(pictures: readonly string[][], publicOnly = false): void {
    if (this.stopped) return;
    for (const candidates of pictures) {
      const key = candidates[0];
      if (key === undefined || this.waiting.has(key) || this.running.has(key)) continue;
      this.waiting.set(key, { candidates, publicOnly });
    }
    for (const oldest of this.waiting.keys()) {
      if (this.waiting.size <= this.options.maxWaiting) break;
      this.waiting.delete(oldest);
    }
    // After the current turn: the result that brought these pictures reaches the window first.
    setImmediate(() => this.pump());
  }

  get size(): number {
    return this.waiting.size + this.running.size;
  }

  whenIdle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Pauses while `network` says Tidings is offline and resumes when it is back: what waits stays queued, and a picture
   * that could not be had while offline waits again. Returns the function that stops following it.
   */
  follow(network: NetworkState): () => void {
    this.stopFollowing();
    this.network = network;
    const stop = network.onChange(() => this.pump());
    this.stopFollowing = () => {
      stop();
      if (this.network === network) this.network = null;
      this.pump();
    };
    return () => this.stopFollowing();
  }

  /** Drops what waits; pictures being fetched finish. */
  stop(): void {
    this.stopped = true;
    this.stopFollowing();
    this.waiting.clear();
    this.settle();
  }

  private pump(): void {
    while (!this.stopped && !this.network?.isOffline && this.running.size < this.options.concurrency) {
      const next = this.waiting.entries().next();
      if (next.done) break;
      const [key, job] = next.value;
      this.waiting.delete(key);
      this.running.add(key);
      this.keep(job.candidates, job.publicOnly)
        .then((kept) => {
          // Lost to the network, not to the picture: it waits for the network's return.
          if (!kept && this.network?.isOffline && !this.stopped && !this.waiting.has(key)) this.waiting.set(key, job);
        })
        .catch((error: unknown) => console.error('Could not keep a picture', error))
        .finally(() => {
          this.running.delete(key);
          this.pump();
          this.settle();
        });
    }
  }

  private settle(): void {
    if (this.size > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
