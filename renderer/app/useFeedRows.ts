import { useEffect, useState } from 'react';
import { followFeedRows, type FeedRows } from '../db/feedRows';
import { db } from '../db/instance';
import { useUi } from '../state/store';
import { refreshRepaintMs } from './useCoalescedLiveQuery';

/** One follower for every view of the window that lists the feeds, started by the first and stopped with the last. */
const listeners = new Set<() => void>();
let current: FeedRows | null = null;
let stop: (() => void) | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  stop ??= followFeedRows(
    db,
    (rows) => {
      current = rows;
      for (const each of [...listeners]) each();
    },
    {
      busy: () => useUi.getState().progress.running,
      intervalMs: refreshRepaintMs,
      onError: (error) => console.error('Could not read the feeds', error),
    },
  );
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || !stop) return;
    stop();
    stop = null;
    // Nobody follows the store any more: rows kept now would be out of date when someone comes back.
    current = null;
  };
}

/**
 * Every feed row, kept up to date by reading only those that changed; null until the first read. While a refresh is
 * storing, changes reach the screen at most once a second, as with useCoalescedLiveQuery. Handed over as state, not
 * through useSyncExternalStore: a store that changes while a deferred render of the tree is under way would make React
 * draw the whole tree again at once, in one long task.
 */
export function useFeedRows(): FeedRows | null {
  const [rows, setRows] = useState<FeedRows | null>(current);
  useEffect(() => {
    const stop = subscribe(() => setRows(current));
    // Rows read between this render and the subscription.
    setRows(current);
    return stop;
  }, []);
  return rows;
}
