import { describe, expect, it } from 'vitest';
import { boundedIntervalMinutes, choicesWith, describeInterval, pollIntervalChoices } from '../../../shared/model/pollSettings';

describe('checking settings', () => {
  it('reads intervals as the settings and the feed rows show them', () => {
    expect([15, 30, 60, 90, 240, 1440, 2880].map(describeInterval)).toEqual(['15 min', '30 min', '1 h', '1.5 h', '4 h', '1 day', '2 days']);
  });

  it('holds a feed’s own interval between 5 minutes and a day, and takes anything unusable as the default', () => {
    expect([1, 240, 5000].map(boundedIntervalMinutes)).toEqual([5, 240, 1440]);
    expect([0, -3, Number.NaN, Number.POSITIVE_INFINITY, '60', null, undefined].map(boundedIntervalMinutes)).toEqual([null, null, null, null, null, null, null]);
  });

  it('offers a value stored before the choices changed among them, once and in order', () => {
    expect(choicesWith(pollIntervalChoices, 45)).toEqual([15, 30, 45, 60, 120, 240, 480, 1440]);
    expect(choicesWith(pollIntervalChoices, 60)).toEqual([...pollIntervalChoices]);
    expect(choicesWith(pollIntervalChoices, null)).toEqual([...pollIntervalChoices]);
  });
});
