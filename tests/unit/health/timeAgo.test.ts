import { describe, expect, it } from 'vitest';
import { timeAgo } from '../../../renderer/features/health/timeAgo';

const minute = 60_000;
const now = Date.UTC(2025, 2, 12, 15, 30);

describe('how long ago a feed last worked', () => {
  it('says now under a minute, then the largest whole unit', () => {
    expect(timeAgo(now - 59_000, now)).toBe('now');
    expect(timeAgo(now - 5 * minute, now)).toBe('5 minutes ago');
    expect(timeAgo(now - 3 * 60 * minute, now)).toBe('3 hours ago');
    expect(timeAgo(now - 24 * 60 * minute, now)).toBe('yesterday');
    expect(timeAgo(now - 45 * 24 * 60 * minute, now)).toBe('last month');
    expect(timeAgo(now - 800 * 24 * 60 * minute, now)).toBe('2 years ago');
  });

  it('takes a time a little ahead of the clock for now', () => {
    expect(timeAgo(now + 5_000, now)).toBe('now');
  });
});
