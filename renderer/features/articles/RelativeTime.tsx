import { useSyncExternalStore } from 'react';
import { longDateOf, relativeDate } from './formatDate';

/**
 * One clock for every row's date, ticking while some row shows one. Between ticks it gives the same time, as React
 * requires of what a component reads from outside; while no row follows it, it is read afresh when asked.
 */
const minuteClock = (() => {
  const listeners = new Set<() => void>();
  const tickMs = 15_000;
  let now = Date.now();
  let timer: ReturnType<typeof setInterval> | null = null;
  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      if (!timer) {
        timer = setInterval(() => {
          now = Date.now();
          for (const notify of listeners) notify();
        }, tickMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    now(): number {
      if (!timer && Date.now() - now > 1_000) now = Date.now();
      return now;
    },
  };
})();

/**
 * "3 h", "yesterday": re-drawn by itself as the minutes pass, so that the row around it is drawn only when the
 * article changes. The full date is the tooltip. The row around it is drawn again when the interface language changes.
 */
export function RelativeTime({ time }: { time: number }) {
  const now = useSyncExternalStore(minuteClock.subscribe, minuteClock.now);
  return (
    <time className="row-date" dateTime={new Date(time).toISOString()} title={longDateOf(time)}>
      {relativeDate(time, now)}
    </time>
  );
}
