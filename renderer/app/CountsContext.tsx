import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { countToday, readCountRecords, startOfToday, summariseCounts, type CountSummary, type Tally } from '../db/counts';
import { db } from '../db/instance';
import { readPreferences } from '../db/preferences';
import { useCoalescedLiveQuery } from './useCoalescedLiveQuery';

const noArticles: Tally = { total: 0, unread: 0, starred: 0 };
const CountsContext = createContext<CountSummary>(summariseCounts([], new Set()));
const TodayContext = createContext<Tally>(noArticles);

/**
 * Reads the stored counts once for the whole window: a few rows per feed, re-read when they change (at most once a
 * second during a refresh), summed without the hidden languages but for their own tallies. Today's tally is counted
 * over today's part of the time indexes, and again when the day changes.
 */
export function CountsProvider({ children }: { children: ReactNode }) {
  const summary = useCoalescedLiveQuery(
    async () => {
      const [records, { hiddenLanguages }] = await Promise.all([readCountRecords(db), readPreferences(db)]);
      return summariseCounts(records, new Set(hiddenLanguages));
    },
    [],
    summariseCounts([], new Set()),
  );
  const today = useTodayTally();
  return (
    <CountsContext.Provider value={summary}>
      <TodayContext.Provider value={today}>{children}</TodayContext.Provider>
    </CountsContext.Provider>
  );
}

export function useCounts(): CountSummary {
  return useContext(CountsContext);
}

/** Today's articles, unread and starred: what the Today view holds. */
export function useToday(): Tally {
  return useContext(TodayContext);
}

function useTodayTally(): Tally {
  const day = useDay();
  return useCoalescedLiveQuery(
    async () => countToday(db, new Set((await readPreferences(db)).hiddenLanguages), Math.max(Date.now(), day)),
    [day],
    noArticles,
  );
}

/** Local midnight of today, moving on at the next one: a window left open overnight counts the new day. */
function useDay(): number {
  const [clock, setClock] = useState(() => ({ day: startOfToday() }));
  useEffect(() => {
    const tomorrow = new Date(clock.day);
    tomorrow.setDate(tomorrow.getDate() + 1);
    // A second late, so that the new day has begun by the clock that counts it; a timer that fires early (the
    // system clock was set back) just sets the next one.
    const timer = setTimeout(() => setClock({ day: startOfToday() }), Math.max(1_000, tomorrow.getTime() - Date.now() + 1_000));
    return () => clearTimeout(timer);
  }, [clock]);
  return clock.day;
}
