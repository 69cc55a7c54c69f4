import type { Bridge } from '../../shared/ipc/contract';
import type { ErrorReport } from '../../shared/model/launch';

/**
 * Sends the window's unhandled errors to main's log file, where a report of a problem can find them; they stay in the
 * console too. Main bounds how many a minute it writes.
 */
export function reportUnhandledErrors(target: Window, source: Pick<Bridge, 'invoke'>): () => void {
  const send = (report: ErrorReport) => {
    // A report that cannot be sent is dropped: failing here would be one more unhandled error, reported again.
    source.invoke('app:reportError', report).catch(() => undefined);
  };
  const onError = (event: ErrorEvent) => {
    const where = event.filename ? `${event.filename}:${event.lineno}:${event.colno}` : undefined;
    send({ kind: 'error', ...describe(event.error ?? event.message), ...(where ? { source: where } : {}) });
  };
  const onRejection = (event: PromiseRejectionEvent) => send({ kind: 'unhandledrejection', ...describe(event.reason) });
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}

function describe(thrown: unknown): Pick<ErrorReport, 'message' | 'stack'> {
  if (thrown instanceof Error) return { message: `${thrown.name}: ${thrown.message}`, ...(thrown.stack ? { stack: thrown.stack } : {}) };
  return { message: typeof thrown === 'string' ? thrown : safeString(thrown) };
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
