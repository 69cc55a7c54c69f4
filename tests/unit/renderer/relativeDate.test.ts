import { describe, expect, it } from 'vitest';
import { relativeDate } from '../../../renderer/features/articles/formatDate';

// Local times, so that the calendar days are the reader's whatever the machine's zone.
const at = (day: number, hours: number, minutes = 0) => new Date(2025, 2, day, hours, minutes).getTime();

describe('relativeDate', () => {
  const now = at(12, 15, 30);

  it('counts minutes, then hours, within the day', () => {
    expect(relativeDate(at(12, 15, 30), now)).toBe('now');
    expect(relativeDate(at(12, 15, 18), now)).toBe('12 min');
    expect(relativeDate(at(12, 12, 10), now)).toBe('3 h');
    expect(relativeDate(at(12, 0, 5), now)).toBe('15 h');
  });

  it('says yesterday for the day before, but hours for the small hours just past midnight', () => {
    expect(relativeDate(at(11, 9), now)).toBe('yesterday');
    expect(relativeDate(at(11, 23), at(12, 1))).toBe('2 h');
  });

  it('gives the date beyond yesterday', () => {
    expect(relativeDate(at(3, 9), now)).toMatch(/3/);
    expect(relativeDate(new Date(2023, 5, 1).getTime(), now)).toMatch(/2023/);
  });

  it('reads a time a little in the future as now', () => {
    expect(relativeDate(now + 30_000, now)).toBe('now');
  });
});
