import type { InvokeChannel, RequestOf } from '../../shared/ipc/contract';

/**
 * Calls the main process may hold a long time, by design or by nature: a background page waits there until a refresh
 * is over, an icon waits for a slow site. Over HTTP each holds one of the six connections a browser opens to an
 * origin, of which the event stream keeps one for good; left alone they took all the rest, and the writer's
 * acknowledgements, the subscription list and the reader's own calls queued behind them for seconds. Each kind gets
 * a lane of its own, so that pages held through a refresh do not hold up icons either.
 */
export type PatientLane = 'backgroundPages' | 'icons';

/** Calls of each lane in flight at once over HTTP: three in all, leaving two connections for calls someone waits on. */
export const patientCallsAtOnce: Record<PatientLane, number> = { backgroundPages: 1, icons: 2 };

/** The lane of a call that may be held long; null for a call someone waits on. */
export function patientLane<C extends InvokeChannel>(channel: C, request: RequestOf<C>): PatientLane | null {
  if (channel === 'feeds:icon') return 'icons';
  return channel === 'article:fullText' && (request as RequestOf<'article:fullText'>).background === true ? 'backgroundPages' : null;
}

/** Runs tasks at most `limit` at a time, in the order they came. */
export function inTurns(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  // A finished task hands its turn to the next waiting, if any, so `running` counts turns held.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
