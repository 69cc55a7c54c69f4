import type { FeedRecord } from './records';

/**
 * Reads the mean follows: past this many, each new read moves it by a share of this size, so a feed that grew last
 * month shows its size now rather than its lifetime's.
 */
export const sizeWindow = 20;

/** The feed's running mean document size after one more full read of `bytes`; nothing when the size is unknown. */
export function withDocumentSize(feed: Pick<FeedRecord, 'averageBytes' | 'sizeReads'>, bytes: number | undefined): Pick<FeedRecord, 'averageBytes' | 'sizeReads'> {
  if (bytes === undefined) return {};
  const reads = Math.min((feed.sizeReads ?? 0) + 1, sizeWindow);
  const before = feed.averageBytes ?? bytes;
  return { averageBytes: before + (bytes - before) / reads, sizeReads: reads };
}
