import { describe, expect, it } from 'vitest';
import { neighbourOf, unreadNeighbourOf } from '../../../renderer/commands/listSteps';

const order = ['a', 'b', 'c', 'd'];

describe('moving through the list', () => {
  it('goes one row at a time and stops at either end', () => {
    expect(neighbourOf(order, 'b', 1)).toBe('c');
    expect(neighbourOf(order, 'b', -1)).toBe('a');
    expect(neighbourOf(order, 'd', 1)).toBeUndefined();
    expect(neighbourOf(order, 'a', -1)).toBeUndefined();
  });

  it('starts at the first row when nothing listed is open', () => {
    expect(neighbourOf(order, null, 1)).toBe('a');
    expect(neighbourOf(order, null, -1)).toBe('a');
    expect(neighbourOf(order, 'gone', 1)).toBe('a');
    expect(neighbourOf([], null, 1)).toBeUndefined();
  });

  it('skips read articles for next and previous unread', () => {
    const unread = new Set(['a', 'c']);
    expect(unreadNeighbourOf(order, unread, null, 1)).toBe('a');
    expect(unreadNeighbourOf(order, unread, 'a', 1)).toBe('c');
    expect(unreadNeighbourOf(order, unread, 'c', 1)).toBeUndefined();
    expect(unreadNeighbourOf(order, unread, 'd', -1)).toBe('c');
    expect(unreadNeighbourOf(order, unread, 'c', -1)).toBe('a');
    expect(unreadNeighbourOf(order, unread, null, -1)).toBeUndefined();
  });
});
