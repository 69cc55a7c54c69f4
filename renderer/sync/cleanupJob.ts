import type { TidingsDb } from '../db/database';
import { applyRetention, type RetentionRun } from '../db/retention';
import { compactSearchIndex } from '../db/search/searchIndex';
import { browserLocks, electWriter, type WriterLocks } from './writerElection';

/** Long enough after start that the window has drawn and the first refresh has stored what it brought. */
const firstRunDelayMs = 2 * 60_000;
const runEveryMs = 6 * 60 * 60_000;

export interface CleanupJobOptions {
  /** The Web Locks API that elects the one window that cleans up; null makes this window that one. */
  locks?: WriterLocks | null;
  firstRunMs?: number;
  everyMs?: number;
}

const running = new WeakMap<TidingsDb, { full: boolean; run: Promise<RetentionRun> }>();

/**
 * Applies the retention rules now (see applyRetention); a call while a pass runs shares it, unless it asks for a full
 * pass and the running one is not, in which case the full pass follows it.
 */
export function runCleanup(db: TidingsDb, options: { full?: boolean; signal?: AbortSignal } = {}): Promise<RetentionRun> {
  const full = options.full === true;
  const current = running.get(db);
  if (current && (current.full || !full)) return current.run;
  const run = (current?.run.catch(() => undefined) ?? Promise.resolve())
    .then(() => applyRetention(db, { full, signal: options.signal }))
    .finally(() => {
      if (running.get(db)?.run === run) running.delete(db);
    });
  running.set(db, { full, run });
  return run;
}

/**
 * "Compact now": every old article looked at under the rules, then the search index's small segments merged. Safe
 * from any window: every removal re-reads its rows in its own transaction.
 */
export async function compactNow(db: TidingsDb): Promise<RetentionRun> {
  const run = await runCleanup(db, { full: true });
  await compactSearchIndex(db);
  return run;
}

/**
 * Cleans up in the background in one window per database (elected like the writer, by a lock of its own): a while
 * after start, then every few hours, each pass in small transactions with the page free between them. Returns the
 * function that stops it; a pass under way ends after its current batch.
 */
export function startCleanupJob(db: TidingsDb, options: CleanupJobOptions = {}): () => void {
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  return electWriter(`tidings-cleanup:${db.name}`, locks, () => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const runThenWait = () => {
      timer = null;
      runCleanup(db, { signal: abort.signal })
        .catch((error: unknown) => console.error('Could not remove old articles', error))
        .finally(() => {
          if (!abort.signal.aborted) timer = setTimeout(runThenWait, options.everyMs ?? runEveryMs);
        });
    };
    timer = setTimeout(runThenWait, options.firstRunMs ?? firstRunDelayMs);
    return () => {
      abort.abort();
      if (timer) clearTimeout(timer);
    };
  });
}
