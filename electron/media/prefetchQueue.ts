export interface PrefetchOptions {
  /** Pictures fetched at once, over all hosts; the fetcher's per-host limit applies within it. */
  concurrency: number;
  /** Pictures waiting at most; past it the oldest waiting are dropped (they are still fetched when shown). */
  maxWaiting: number;
}

export const defaultPrefetchOptions: PrefetchOptions = { concurrency: 4, maxWaiting: 5_000 };

/**
 * Keeps the pictures of new articles in the background, a few at a time, behind whatever the poller is doing: a
 * refresh never waits for a picture, and a picture that fails is simply shown from the web later, if at all. Each
 * picture is its addresses, largest first; one already waiting or being kept is not queued twice.
 */
export class PrefetchQueue {
  private readonly waiting = new Map<string, string[]>();
  private readonly running = new Set<string>();
  private idleWaiters: Array<() => void> = [];
  private stopped = false;

  constructor(
    private readonly keep: (candidates: string[]) => Promise<unknown>,
    private readonly options: PrefetchOptions = defaultPrefetchOptions,
  ) {}

  add(pictures: readonly string[][]): void {
    if (this.stopped) return;
    for (const candidates of pictures) {
      const key = candidates[0];
      if (key === undefined || this.waiting.has(key) || this.running.has(key)) continue;
      this.waiting.set(key, candidates);
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

  /** Drops what waits; pictures being fetched finish. */
  stop(): void {
    this.stopped = true;
    this.waiting.clear();
    this.settle();
  }

  private pump(): void {
    while (!this.stopped && this.running.size < this.options.concurrency) {
      const next = this.waiting.entries().next();
      if (next.done) break;
      const [key, candidates] = next.value;
      this.waiting.delete(key);
      this.running.add(key);
      this.keep(candidates)
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
