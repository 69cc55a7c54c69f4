import { liveQuery, type Subscription } from 'dexie';

export interface CoalescingOptions {
  /** While true, answers come at most once per `intervalMs`. */
  busy: () => boolean;
  intervalMs: number;
  onError: (error: unknown) => void;
}

/**
 * Follows a query as Dexie's liveQuery does, but while `busy` (a refresh storing batch after batch), at most once per
 * interval: after an answer it stops following, so the writes in between cost no re-read at all, and reads once more
 * when the interval is over. Returns a function that stops it.
 */
export function coalescedLiveQuery<T>(query: () => Promise<T>, next: (value: T) => void, options: CoalescingOptions): () => void {
  let subscription: Subscription | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let answeredAt = Number.NEGATIVE_INFINITY;
  const follow = () => {
    subscription = liveQuery(query).subscribe({
      next: (value) => {
        const wait = options.busy() ? answeredAt + options.intervalMs - performance.now() : 0;
        if (wait <= 0) {
          answeredAt = performance.now();
          next(value);
          return;
        }
        subscription?.unsubscribe();
        subscription = null;
        timer = setTimeout(() => {
          timer = null;
          if (!stopped) follow();
        }, wait);
      },
      error: options.onError,
    });
  };
  follow();
  return () => {
    stopped = true;
    subscription?.unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
