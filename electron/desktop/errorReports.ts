import type { ErrorReport } from '../../shared/model/launch';

export interface ErrorReportLogOptions {
  /** Writes one report to the log. */
  write: (line: string) => void;
  now?: () => number;
  /** How many reports a minute are written; past that, one line says how many were left out. */
  perMinute?: number;
}

const longestMessage = 2_000;
const longestStack = 8_000;

/**
 * Writes the window's unhandled errors to the log, a bounded number a minute: a page failing in a loop (an error in
 * every frame drawn) would otherwise fill the log, and push out of it the first error, the one that explains the rest.
 */
export function createErrorReportLog(options: ErrorReportLogOptions): (report: unknown) => { logged: boolean } {
  const now = options.now ?? Date.now;
  const perMinute = options.perMinute ?? 20;
  let windowStart = -Infinity;
  let written = 0;
  let dropped = 0;
  return (value) => {
    const report = readErrorReport(value);
    if (!report) return { logged: false };
    const time = now();
    if (time - windowStart >= 60_000) {
      if (dropped > 0) options.write(`window: ${dropped} more errors in the last minute were not logged`);
      windowStart = time;
      written = 0;
      dropped = 0;
    }
    if (written >= perMinute) {
      dropped += 1;
      return { logged: false };
    }
    written += 1;
    options.write(formatErrorReport(report));
    return { logged: true };
  };
}

export function formatErrorReport(report: ErrorReport): string {
  const where = report.source ? ` (${report.source})` : '';
  const stack = report.stack ? `\n${report.stack}` : '';
  return `window ${report.kind}: ${report.message}${where}${stack}`;
}

/** The report as sent, its strings bounded, or null for anything else: it arrives as plain data from the page. */
export function readErrorReport(value: unknown): ErrorReport | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, message, stack, source } = value as Record<string, unknown>;
  if ((kind !== 'error' && kind !== 'unhandledrejection') || typeof message !== 'string') return null;
  return {
    kind,
    message: message.slice(0, longestMessage),
    ...(typeof stack === 'string' && stack ? { stack: stack.slice(0, longestStack) } : {}),
    ...(typeof source === 'string' && source ? { source: source.slice(0, longestMessage) } : {}),
  };
}
