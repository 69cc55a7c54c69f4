import { liveQuery } from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';
import { useUi } from '../state/store';

/** While feeds are being refreshed, a view shows the store's changes at most this often. */
export const refreshRepaintMs = 1_000;

/**
 * A live query whose answers reach the screen at most once a second while a refresh is storing results, and at once
 * otherwise: a refresh writes many batches a second, and a pane re-read and re-drawn for each would hold the page.
 * The first answer after a change of `deps` is shown at once, so switching views is never held back.
 */
export function useCoalescedLiveQuery<T>(query: () => Promise<T>, deps: DependencyList, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let shownAt = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest: T | undefined;
    const show = (next: T) => {
      shownAt = performance.now();
      setValue(() => next);
    };
    const subscription = liveQuery(query).subscribe({
      next: (next) => {
        const wait = useUi.getState().progress.running ? shownAt + refreshRepaintMs - performance.now() : 0;
        if (wait <= 0) {
          if (timer) clearTimeout(timer);
          timer = null;
          show(next);
          return;
        }
        latest = next;
        timer ??= setTimeout(() => {
          timer = null;
          show(latest as T);
        }, wait);
      },
      error: (error: unknown) => console.error('A live query failed', error),
    });
    return () => {
      subscription.unsubscribe();
      if (timer) clearTimeout(timer);
    };
    // The query is rebuilt on every render; `deps` say when it means something else.
  }, deps);
  return value;
}
