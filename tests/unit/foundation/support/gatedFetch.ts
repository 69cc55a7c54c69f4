import { vi } from 'vitest';
import type { FetchOutcome, Subscription } from '../../../../shared/model/feed';

interface PendingFetch {
  subscription: Subscription;
  resolve: (outcome: FetchOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * A fetch function whose calls stay pending until the test settles them, and which counts how many are pending at once:
 * a call counts from the moment it is made until the test settles it.
 */
export function gatedFetch() {
  const pending: PendingFetch[] = [];
  let running = 0;
  let maxRunning = 0;
  const fetch = vi.fn(
    (subscription: Subscription) =>
      new Promise<FetchOutcome>((resolve, reject) => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        const settle = () => {
          running -= 1;
          pending.splice(pending.indexOf(entry), 1);
        };
        const entry: PendingFetch = {
          subscription,
          resolve: (outcome) => {
            settle();
            resolve(outcome);
          },
          reject: (error) => {
            settle();
            reject(error);
          },
        };
        pending.push(entry);
      }),
  );
  /** The oldest pending call for a feed (or the oldest of all). */
  const take = (feedId?: string): PendingFetch => {
    const found = pending.find((entry) => feedId === undefined || entry.subscription.feedId === feedId);
    if (!found) throw new Error(`No fetch pending${feedId ? ` for ${feedId}` : ''}`);
    return found;
  };
  return {
    fetch,
    pending,
    take,
    get running() {
      return running;
    },
    get maxRunning() {
      return maxRunning;
    },
    fetchedIds: () => fetch.mock.calls.map(([subscription]) => subscription.feedId),
  };
}
