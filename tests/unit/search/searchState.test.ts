import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chooseScope,
  endSearch,
  followSourceChanges,
  searchSourceFor,
  typeQuery,
  typingPauseMs,
  useSearch,
} from '../../../renderer/features/search/searchState';
import { useUi } from '../../../renderer/state/store';

const feed = { kind: 'feed', feedId: 'f1' } as const;

describe('the search field’s state', () => {
  let stopFollowing: () => void = () => undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    useUi.getState().selectSource(feed);
    useSearch.setState({ text: '', scope: 'source', origin: null });
    endSearch();
    stopFollowing = followSourceChanges();
  });
  afterEach(() => {
    stopFollowing();
    vi.useRealTimers();
  });

  it('searches from two letters, or one character of a script written without spaces', () => {
    expect(searchSourceFor('h', 'source', feed)).toBeNull();
    expect(searchSourceFor('  ', 'source', feed)).toBeNull();
    expect(searchSourceFor('ha', 'source', feed)).toEqual({ kind: 'search', query: 'ha', within: feed });
    expect(searchSourceFor('館', 'source', feed)).toEqual({ kind: 'search', query: '館', within: feed });
    expect(searchSourceFor(' defense   belousov ', 'all', feed)).toEqual({ kind: 'search', query: 'defense belousov', within: { kind: 'all' } });
  });

  it('searches at once for a key after a pause, within the source shown before', () => {
    typeQuery('hanoi');
    expect(useUi.getState().source).toEqual({ kind: 'search', query: 'hanoi', within: feed });
    // The next key, after a pause, still searches within the feed, not within the search.
    vi.advanceTimersByTime(typingPauseMs);
    typeQuery('hanoi 2024');
    expect(useUi.getState().source).toEqual({ kind: 'search', query: 'hanoi 2024', within: feed });
  });

  it('waits for keys typed in a burst to pause, and searches for the last text', () => {
    typeQuery('h');
    vi.advanceTimersByTime(typingPauseMs / 3);
    typeQuery('ha');
    vi.advanceTimersByTime(typingPauseMs / 3);
    typeQuery('han');
    vi.advanceTimersByTime(typingPauseMs - 1);
    expect(useUi.getState().source).toEqual(feed);
    vi.advanceTimersByTime(1);
    expect(useUi.getState().source).toEqual({ kind: 'search', query: 'han', within: feed });
  });

  it('waits while an input method composes, and searches when it ends', () => {
    typeQuery('としょ', true);
    vi.advanceTimersByTime(typingPauseMs * 2);
    expect(useUi.getState().source).toEqual(feed);
    // The composition ends long after the last key: its text is searched at once.
    typeQuery('図書館');
    expect(useUi.getState().source).toEqual({ kind: 'search', query: '図書館', within: feed });
  });

  it('searches everything when asked, and goes back to the source once the text is too short', () => {
    typeQuery('hanoi');
    vi.advanceTimersByTime(typingPauseMs);
    chooseScope('all');
    expect(useUi.getState().source).toEqual({ kind: 'search', query: 'hanoi', within: { kind: 'all' } });
    chooseScope('source');
    expect(useUi.getState().source).toEqual({ kind: 'search', query: 'hanoi', within: feed });
    typeQuery('h');
    vi.advanceTimersByTime(typingPauseMs);
    expect(useUi.getState().source).toEqual(feed);
    expect(useSearch.getState().text).toBe('h');
  });

  it('Escape empties the field and shows the source the search began in; a second has nothing to end', () => {
    typeQuery('ecole');
    vi.advanceTimersByTime(typingPauseMs);
    expect(endSearch()).toBe(true);
    expect(useUi.getState().source).toEqual(feed);
    expect(useSearch.getState()).toMatchObject({ text: '', origin: null });
    expect(endSearch()).toBe(false);
    // Escape before a burst of keys pauses: nothing is selected later.
    typeQuery('eco');
    typeQuery('ecole');
    endSearch();
    vi.advanceTimersByTime(typingPauseMs);
    expect(useUi.getState().source).toEqual(feed);
  });

  it('ends the search when the reader picks another source', () => {
    typeQuery('ecole');
    vi.advanceTimersByTime(typingPauseMs);
    useUi.getState().selectSource({ kind: 'starred' });
    expect(useSearch.getState()).toMatchObject({ text: '', origin: null });
    // Picked while a burst of keys waits for its pause: the search never comes.
    typeQuery('eco');
    typeQuery('ecole');
    useUi.getState().selectSource({ kind: 'unread' });
    vi.advanceTimersByTime(typingPauseMs);
    expect(useUi.getState().source).toEqual({ kind: 'unread' });
  });
});
