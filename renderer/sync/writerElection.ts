/** The part of the Web Locks API (`navigator.locks`) the election uses. */
export interface WriterLocks {
  request(name: string, options: { signal: AbortSignal }, granted: () => Promise<void>): Promise<unknown>;
}

/** The browser's Web Locks, shared by every window and tab of this origin; null where the API is missing. */
export function browserLocks(): WriterLocks | null {
  return typeof navigator === 'undefined' ? null : (navigator.locks ?? null);
}

/**
 * Makes this window the database's one writer once no other window is: `serve` runs when the lock is granted, and
 * the function it returns when the window steps down. The lock is held until the returned function is called or the
 * page goes away (the browser then releases it, and the next window in line takes over). Without the Web Locks API,
 * this window is the writer at once.
 */
export function electWriter(name: string, locks: WriterLocks | null, serve: () => () => void): () => void {
  if (!locks) return serve();
  const abort = new AbortController();
  let stopServing: (() => void) | null = null;
  let release: () => void = () => undefined;
  const stepDown = new Promise<void>((resolve) => (release = resolve));
  locks
    .request(name, { signal: abort.signal }, async () => {
      if (abort.signal.aborted) return;
      stopServing = serve();
      await stepDown;
    })
    .catch((error: unknown) => {
      if (!abort.signal.aborted) console.error('Could not take the writer lock', error);
    });
  return () => {
    abort.abort();
    stopServing?.();
    stopServing = null;
    release();
  };
}
