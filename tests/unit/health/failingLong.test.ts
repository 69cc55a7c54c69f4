import { describe, expect, it } from 'vitest';
import { failingForAWeek } from '../../../renderer/features/health/failingLong';

const day = 24 * 60 * 60_000;
const now = Date.UTC(2025, 2, 1);

describe('a feed failing for more than a week', () => {
  it('is one still failing whose last working fetch is over a week old', () => {
    expect(failingForAWeek({ failures: 30, lastSucceededAt: now - 8 * day, addedAt: now - 90 * day }, now)).toBe(true);
    expect(failingForAWeek({ failures: 30, lastSucceededAt: now - 6 * day, addedAt: now - 90 * day }, now)).toBe(false);
  });

  it('counts from its subscription when no fetch ever worked', () => {
    expect(failingForAWeek({ failures: 3, lastSucceededAt: null, addedAt: now - 8 * day }, now)).toBe(true);
    expect(failingForAWeek({ failures: 3, lastSucceededAt: null, addedAt: now - day }, now)).toBe(false);
  });

  it('is never one whose last fetch worked, however long ago that was', () => {
    expect(failingForAWeek({ failures: 0, lastSucceededAt: now - 60 * day, addedAt: now - 90 * day }, now)).toBe(false);
  });

  it('starts just after seven full days', () => {
    const feed = { failures: 1, lastSucceededAt: now - 7 * day, addedAt: now - 90 * day };
    expect(failingForAWeek(feed, now)).toBe(false);
    expect(failingForAWeek(feed, now + 1)).toBe(true);
  });
});
