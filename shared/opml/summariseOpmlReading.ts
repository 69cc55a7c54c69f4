import type { OpmlReading, OpmlSkip } from './opmlTypes';

/**
 * One sentence for the reader after an import: `212 feeds imported, 1 duplicate left out, 3 skipped: “Old blog”
 * (line 40): no feed address; …`. At most `listed` reasons are spelt out; the rest are counted.
 */
export function summariseOpmlReading(reading: OpmlReading, listed = 3): string {
  if (reading.kind === 'failed') return reading.error;
  const { feeds, duplicates, skipped } = reading;
  if (feeds.length === 0 && duplicates === 0 && skipped.length === 0) return 'No feeds in this file.';
  const parts = [feeds.length === 0 ? 'No feeds imported' : `${count(feeds.length, 'feed')} imported`];
  if (duplicates > 0) parts.push(`${count(duplicates, 'duplicate')} left out`);
  if (skipped.length === 0) return `${parts.join(', ')}.`;
  const reasons = skipped.slice(0, listed).map(describeSkip);
  const rest = skipped.length - reasons.length;
  if (rest > 0) reasons.push(`and ${rest} more`);
  return `${parts.join(', ')}, ${skipped.length} skipped: ${reasons.join('; ')}.`;
}

/** `“Old blog” (line 40): no feed address`, with whatever of the name and the place is known. */
export function describeSkip(skip: OpmlSkip): string {
  const where = skip.line === null ? '' : `line ${skip.line}`;
  if (skip.title) return `“${skip.title}”${where ? ` (${where})` : ''}: ${skip.reason}`;
  return where ? `${where}: ${skip.reason}` : skip.reason;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
