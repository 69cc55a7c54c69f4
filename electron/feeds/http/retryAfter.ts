/**
 * The longest wait a Retry-After is taken at: the poller retries a failing feed at least once a day (maxBackoffMs in
 * electron/poller/pollPolicy.ts), and a server asking for a year must not silence a feed for a year.
 */
export const maxRetryAfterSeconds = 24 * 60 * 60;

// An HTTP date names its month (IMF-fixdate, RFC 850, asctime); Date.parse also takes "-5" or "7" for a year.
const namesAMonth = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Reads a Retry-After header (delta-seconds or an HTTP date) as whole seconds from `now`. Anything else, a negative
 * number included, is no Retry-After at all.
 */
export function parseRetryAfter(header: string | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (!namesAMonth.test(value)) return undefined;
  // HTTP dates are always GMT; the asctime form does not say so, and Date.parse would read it as local time.
  const at = Date.parse(/\b(?:GMT|UTC)\b|[+-]\d{4}$/i.test(value) ? value : `${value} GMT`);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

export function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}
