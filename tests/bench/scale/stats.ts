/** The value at quantile `q` (0..1) of the samples, nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export const p50 = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);

const started = Date.now();

/** A line on stderr, with the minutes and seconds since the benchmark started. */
export function progress(message: string): void {
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stderr.write(`scale ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}  ${message}\n`);
}

export const formatCount = (value: number): string => Math.round(value).toLocaleString('en-US');
