import { createContext, useContext, type ReactNode } from 'react';
import { readCountRecords, summariseCounts, type CountSummary } from '../db/counts';
import { db } from '../db/instance';
import { readPreferences } from '../db/preferences';
import { useCoalescedLiveQuery } from './useCoalescedLiveQuery';

const CountsContext = createContext<CountSummary>(summariseCounts([], new Set()));

/**
 * Reads the stored counts once for the whole window: a few rows per feed, re-read when they change (at most once a
 * second during a refresh), summed without the hidden languages but for their own tallies.
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
  return <CountsContext.Provider value={summary}>{children}</CountsContext.Provider>;
}

export function useCounts(): CountSummary {
  return useContext(CountsContext);
}
