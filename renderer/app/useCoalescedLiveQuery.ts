import { useEffect, useState, type DependencyList } from 'react';
import { coalescedLiveQuery } from '../db/coalescedLiveQuery';
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
  useEffect(
    () =>
      coalescedLiveQuery(query, (next) => setValue(() => next), {
        busy: () => useUi.getState().progress.running,
        intervalMs: refreshRepaintMs,
        onError: (error) => console.error('A live query failed', error),
      }),
    // The query is rebuilt on every render; `deps` say when it means something else.
    deps,
  );
  return value;
}
