// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourceId } from '../../../renderer/db/paging';

/** A fresh copy of the module, as a window opened later would load it: only storage carries the choices over. */
async function freshWindow() {
  vi.resetModules();
  return import('../../../renderer/features/articles/viewOptions');
}

const feed: SourceId = { kind: 'feed', feedId: 'feed-1' };
const otherFeed: SourceId = { kind: 'feed', feedId: 'feed-2' };

beforeEach(() => localStorage.clear());

describe('the list’s filter and order, per source', () => {
  it('start as all articles, newest first', async () => {
    const { viewOptionsOf } = await freshWindow();
    expect(viewOptionsOf(feed)).toEqual({ filter: 'all', sort: 'newest' });
  });

  it('are kept for each source apart, and remembered by the next window', async () => {
    const first = await freshWindow();
    first.useViewOptions.getState().change(feed, { sort: 'oldest' });
    first.useViewOptions.getState().change(feed, { filter: 'unread' });
    first.useViewOptions.getState().change({ kind: 'starred' }, { filter: 'unread' });
    expect(first.viewOptionsOf(feed)).toEqual({ filter: 'unread', sort: 'oldest' });
    expect(first.viewOptionsOf(otherFeed)).toEqual({ filter: 'all', sort: 'newest' });

    const next = await freshWindow();
    expect(next.viewOptionsOf(feed)).toEqual({ filter: 'unread', sort: 'oldest' });
    expect(next.viewOptionsOf({ kind: 'starred' })).toEqual({ filter: 'unread', sort: 'newest' });
    expect(next.viewOptionsOf(otherFeed)).toEqual({ filter: 'all', sort: 'newest' });
  });

  it('share one entry for every search, which is always newest first', async () => {
    const { useViewOptions, viewOptionsOf, effectiveOptions } = await freshWindow();
    const search = (query: string): SourceId => ({ kind: 'search', query, within: { kind: 'all' } });
    useViewOptions.getState().change(search('hanoi'), { filter: 'unread', sort: 'oldest' });
    expect(viewOptionsOf(search('paris')).filter).toBe('unread');
    expect(effectiveOptions(search('paris'), viewOptionsOf(search('paris'))).sort).toBe('newest');
  });

  it('ignore what storage holds that they cannot use', async () => {
    localStorage.setItem('tidings.listView:feed:feed-1', JSON.stringify({ filter: 'everything', sort: 'oldest' }));
    localStorage.setItem('tidings.listView:all', '{not json');
    const { viewOptionsOf } = await freshWindow();
    expect(viewOptionsOf(feed)).toEqual({ filter: 'all', sort: 'oldest' });
    expect(viewOptionsOf({ kind: 'all' })).toEqual({ filter: 'all', sort: 'newest' });
  });
});
