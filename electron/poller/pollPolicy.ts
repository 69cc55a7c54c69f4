import type { FetchOutcome } from '../../shared/model/feed';

/** What the poller remembers of a feed's recent fetches, beyond what the renderer stores. */
export interface FeedHealth {
  /** Failures in a row; 0 after a success. */
  failures: number;
  /** Epoch milliseconds before which the server asked not to be asked again (Retry-After). */
  notBefore: number;
  /** The publisher's own idea of how often to poll, in milliseconds (ttl, sy:update*, Cache-Control). */
  suggestedIntervalMs: number;
}

export const healthy: FeedHealth = { failures: 0, notBefore: 0, suggestedIntervalMs: 0 };

/** Failing feeds are retried ever less often, but at least once a day. */
export const maxBackoffMs = 24 * 60 * 60_000;
/** Spread of due times, so hundreds of feeds subscribed together do not all fire together. */
export const defaultJitterShare = 0.1;

/** The feed's health after one more fetch. */
export function afterFetch(health: FeedHealth, outcome: FetchOutcome, fetchedAt: number): FeedHealth {
  if (outcome.kind === 'failed') {
    // Held to the backoff cap like every other wait, so that no answer can silence a feed for longer than a day.
    const retryAfterMs = Math.min((outcome.retryAfterSeconds ?? 0) * 1000, maxBackoffMs);
    return { ...health, failures: health.failures + 1, notBefore: retryAfterMs > 0 ? fetchedAt + retryAfterMs : 0 };
  }
  const suggestedIntervalMs =
    outcome.kind === 'updated' && outcome.suggestedIntervalSeconds ? outcome.suggestedIntervalSeconds * 1000 : health.suggestedIntervalMs;
  return { failures: 0, notBefore: 0, suggestedIntervalMs };
}

/**
 * When a feed is next due. The publisher's interval is a lower bound on ours; each failure in a row doubles the wait,
 * up to a day; a Retry-After is never cut short. The jitter is fixed per feed, so a restart does not reshuffle it.
 */
export function nextDueAt(
  lastFetchedAt: number | null,
  health: FeedHealth,
  intervalMs: number,
  feedId: string,
  jitterShare = defaultJitterShare,
): number {
  if (lastFetchedAt === null) return health.notBefore;
  const interval = Math.max(intervalMs, Math.min(health.suggestedIntervalMs, maxBackoffMs));
  const backoff = health.failures > 1 ? Math.min(interval * 2 ** (health.failures - 1), maxBackoffMs) : interval;
  const jitter = backoff * jitterShare * stableFraction(feedId);
  return Math.max(lastFetchedAt + backoff + jitter, health.notBefore);
}

/** A number in [0, 1) that depends only on the text. */
export function stableFraction(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  // FNV-1a leaves the high bits poorly mixed for names that differ only at the end (feed-1, feed-2…): finish them.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}
