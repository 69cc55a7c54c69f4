import type { FeedRecord } from '../../db/records';

const week = 7 * 24 * 60 * 60_000;

/**
 * True for a feed still failing whose last working fetch (or, if none ever worked, its subscription) is more than a
 * week old: flagged in the sources pane, so that a feed that died is seen rather than silently left.
 */
export function failingForAWeek(feed: Pick<FeedRecord, 'failures' | 'lastSucceededAt' | 'addedAt'>, now: number): boolean {
  return feed.failures > 0 && now - (feed.lastSucceededAt ?? feed.addedAt) > week;
}
