import { blankFeed } from '../../fixtures/model/parsedArticle';
import { describe, expect, it } from 'vitest';
import { afterFetch, healthy, maxBackoffMs, nextDueAt, stableFraction } from '../../../electron/poller/pollPolicy';
import type { FetchOutcome } from '../../../shared/model/feed';

const minute = 60_000;
const interval = 30 * minute;
const at = Date.UTC(2025, 0, 15, 9, 0, 0);
const failed = (retryAfterSeconds?: number): FetchOutcome => ({ kind: 'failed', error: 'The server answered 503', gone: false, retryAfterSeconds });
const notModified: FetchOutcome = { kind: 'not-modified', validators: { etag: null, lastModified: null } };

describe('when a feed is next polled', () => {
  it('is at once for a feed never fetched', () => {
    expect(nextDueAt(null, healthy, interval, 'a', 0)).toBeLessThanOrEqual(at);
  });

  it('waits twice as long after each failure in a row, up to a day, and is back to normal after a success', () => {
    let health = healthy;
    const waits: number[] = [];
    for (let failure = 0; failure < 8; failure += 1) {
      health = afterFetch(health, failed(), at);
      waits.push(nextDueAt(at, health, interval, 'a', 0) - at);
    }
    expect(waits.slice(0, 4)).toEqual([interval, 2 * interval, 4 * interval, 8 * interval]);
    expect(Math.max(...waits)).toBe(maxBackoffMs);
    health = afterFetch(health, notModified, at);
    expect(nextDueAt(at, health, interval, 'a', 0) - at).toBe(interval);
  });

  it('never asks again before a Retry-After has passed, however short our interval', () => {
    const health = afterFetch(healthy, failed(2 * 60 * 60), at);
    expect(nextDueAt(at, health, interval, 'a', 0)).toBe(at + 2 * 60 * 60_000);
  });

  it('holds an absurd Retry-After to the one-day cap, so a feed is still tried once a day', () => {
    const health = afterFetch(healthy, failed(365 * 24 * 60 * 60), at);
    expect(nextDueAt(at, health, interval, 'a', 0)).toBe(at + maxBackoffMs);
  });

  it('takes the publisher’s interval (ttl, sy:updatePeriod, max-age) as a lower bound, never as a shorter one', () => {
    const slow = afterFetch(healthy, { kind: 'updated', feed: blankFeed(), validators: { etag: null, lastModified: null }, movedTo: null, suggestedIntervalSeconds: 2 * 60 * 60 }, at);
    expect(nextDueAt(at, slow, interval, 'a', 0) - at).toBe(2 * 60 * 60_000);
    const eager = afterFetch(healthy, { kind: 'updated', feed: blankFeed(), validators: { etag: null, lastModified: null }, movedTo: null, suggestedIntervalSeconds: 60 }, at);
    expect(nextDueAt(at, eager, interval, 'a', 0) - at).toBe(interval);
  });

  it('spreads feeds fetched together over a tenth of the interval, the same way after a restart', () => {
    const due = Array.from({ length: 200 }, (_, index) => nextDueAt(at, healthy, interval, `feed-${index}`) - at);
    expect(Math.min(...due)).toBeGreaterThanOrEqual(interval);
    expect(Math.max(...due)).toBeLessThan(interval * 1.1);
    expect(new Set(due.map((wait) => Math.floor((wait - interval) / (interval * 0.01)))).size).toBeGreaterThan(8);
    expect(nextDueAt(at, healthy, interval, 'feed-7')).toBe(nextDueAt(at, healthy, interval, 'feed-7'));
    expect(stableFraction('x')).toBeGreaterThanOrEqual(0);
    expect(stableFraction('x')).toBeLessThan(1);
  });
});
