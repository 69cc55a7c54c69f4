import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCountRecords, summariseCounts } from '../../../renderer/db/counts';
import { articleKey } from '../../../renderer/db/database';
import { db } from '../../../renderer/db/instance';
import { setMarks } from '../../../renderer/db/marks';
import { unreadKeysOf, type SourceId } from '../../../renderer/db/paging';
import type { ArticleRecord } from '../../../renderer/db/records';
import {
  markAllReadWithUndo,
  markListRead,
  markOlderReadWithUndo,
  undoLastMark,
  undoWindowMs,
  useMarkUndo,
  withdrawOffer,
} from '../../../renderer/features/articles/undoMarks';
import { useViewOptions } from '../../../renderer/features/articles/viewOptions';
import { useUi } from '../../../renderer/state/store';
import { parsedArticle } from '../foundation/support/fixtures';
import { recount, storedCounts } from '../store/recount';
import { feedWith, t0 } from './support';

const minute = 60_000;

/**
 * Two feeds of 20 articles a minute apart, and three undated ones in the first that share their fetch time; some read,
 * some starred.
 */
async function populate(): Promise<{ news: string; blog: string }> {
  const articles = (prefix: string) => [
    ...Array.from({ length: 20 }, (_, index) => parsedArticle(`${prefix}${index}`, { published: new Date(t0 - index * minute).toISOString() })),
    ...(prefix === 'n' ? ['u1', 'u2', 'u3'].map((id) => parsedArticle(id, { published: null })) : []),
  ];
  const news = await feedWith(db, 'https://news.example/feed', articles('n'), t0 - 10.5 * minute);
  const blog = await feedWith(db, 'https://blog.example/feed', articles('b'));
  await setMarks(db, [articleKey(news.id, 'n3'), articleKey(news.id, 'n12'), articleKey(blog.id, 'b0')], { read: 1 });
  await setMarks(db, [articleKey(news.id, 'n5'), articleKey(news.id, 'n12'), articleKey(news.id, 'n15')], { starred: 1 });
  return { news: news.id, blog: blog.id };
}

const unreadKeys = async () => (await db.articles.toArray()).filter((row) => row.read === 0).map((row) => row.key).sort();
const unreadCount = async () => summariseCounts(await readCountRecords(db), new Set()).unread;

let feeds: { news: string; blog: string };
beforeEach(async () => {
  await db.open();
  feeds = await populate();
});

afterEach(async () => {
  const offer = useMarkUndo.getState().offer;
  if (offer) withdrawOffer(offer.id);
  vi.useRealTimers();
  useUi.getState().selectSource({ kind: 'all' });
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('mark all as read, and its undo', () => {
  it('marks the current view read and undoes exactly what it changed, counts included', async () => {
    useUi.getState().selectSource({ kind: 'feed', feedId: feeds.news });
    const before = await unreadKeys();
    await markAllReadWithUndo();
    expect(useMarkUndo.getState().offer?.message).toBe('Marked 21 articles as read');
    const after = await unreadKeys();
    expect(after.every((key) => key.startsWith(feeds.blog))).toBe(true);
    expect(await unreadCount()).toBe(19);
    expect(await storedCounts(db)).toEqual(await recount(db));

    expect(await undoLastMark()).toBe(true);
    expect(useMarkUndo.getState().offer).toBeNull();
    // The two read before stay read: only what the mark changed is unread again.
    expect(await unreadKeys()).toEqual(before);
    expect(await unreadCount()).toBe(40);
    expect(await storedCounts(db)).toEqual(await recount(db));
    expect(await undoLastMark()).toBe(false);
  });

  it('marks only what the view’s filter shows', async () => {
    const source: SourceId = { kind: 'feed', feedId: feeds.news };
    useUi.getState().selectSource(source);
    useViewOptions.getState().change(source, { filter: 'starred' });
    await markAllReadWithUndo();
    const read = (await db.articles.toArray()).filter((row: ArticleRecord) => row.read === 1).map((row) => row.articleId).sort();
    expect(read).toEqual(['b0', 'n12', 'n15', 'n3', 'n5']);
    useViewOptions.getState().change(source, { filter: 'all' });
  });

  it('withdraws the offer after 10 seconds', async () => {
    await markAllReadWithUndo();
    expect(useMarkUndo.getState().offer).not.toBeNull();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The offer's timer was set before the clock was faked: a new mark sets one on the fake clock.
    await setMarks(db, await db.articles.toCollection().primaryKeys(), { read: 0 });
    await markAllReadWithUndo();
    vi.advanceTimersByTime(undoWindowMs - 1);
    expect(useMarkUndo.getState().offer).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(useMarkUndo.getState().offer).toBeNull();
    expect(await undoLastMark()).toBe(false);
  });

  it('has a list of unread articles read again from its top, as its rows are gone', async () => {
    const resets = useMarkUndo.getState().listResets;
    await markAllReadWithUndo();
    expect(useMarkUndo.getState().listResets).toBe(resets);
    await setMarks(db, [articleKey(feeds.blog, 'b1')], { read: 0 });
    useUi.getState().selectSource({ kind: 'unread' });
    await markAllReadWithUndo();
    expect(useMarkUndo.getState().listResets).toBe(resets + 1);
  });

  it('offers nothing when there was nothing to mark', async () => {
    useUi.getState().selectSource({ kind: 'starred' });
    useViewOptions.getState().change({ kind: 'starred' }, { filter: 'unread' });
    await markAllReadWithUndo();
    const offer = useMarkUndo.getState().offer;
    expect(offer?.message).toBe('Marked 2 articles as read');
    await markAllReadWithUndo();
    expect(useMarkUndo.getState().offer).toBe(offer); // the first offer still stands
    useViewOptions.getState().change({ kind: 'starred' }, { filter: 'all' });
  });
});

describe('mark older than this as read', () => {
  it('marks every article below one in the list, newest first, whatever the view’s order', async () => {
    const source: SourceId = { kind: 'feed', feedId: feeds.news };
    useUi.getState().selectSource(source);
    useViewOptions.getState().change(source, { sort: 'oldest' });
    const pivot = await db.articles.get(articleKey(feeds.news, 'n9'));
    if (!pivot) throw new Error('no n9');
    await markOlderReadWithUndo(pivot);
    // n10 to n19 are older; the undated ones share a time between n10 and n11 (fetched 10.5 minutes before t0).
    const stillUnread = (await db.articles.where('feedId').equals(feeds.news).toArray()).filter((row) => row.read === 0).map((row) => row.articleId).sort();
    expect(stillUnread).toEqual(['n0', 'n1', 'n2', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9']);
    expect(useMarkUndo.getState().offer?.message).toBe('Marked 12 articles as read');
    expect(await storedCounts(db)).toEqual(await recount(db));
    await undoLastMark();
    expect(await unreadCount()).toBe(40);
    useViewOptions.getState().change(source, { sort: 'newest' });
  });

  it('splits a run of articles that share one time at the one chosen', async () => {
    const source: SourceId = { kind: 'feed', feedId: feeds.news };
    const undated = (await db.articles.where('feedId').equals(feeds.news).toArray()).filter((row) => ['u1', 'u2', 'u3'].includes(row.articleId));
    const [, middle] = undated.sort((a, b) => (a.key < b.key ? 1 : -1)); // newest first: ties by key, descending
    if (!middle) throw new Error('no undated articles');
    const changed = await markListRead(db, { source, filter: 'all', sort: 'newest' }, middle);
    const below = undated.at(-1)?.key;
    expect(changed).toContain(below);
    expect(changed).not.toContain(middle.key);
    expect(changed).not.toContain(undated[0]?.key);
    expect(changed).toHaveLength(1 + 8); // the last undated one, then n11 to n19 but n12, read already
  });

  it('gives the same keys as walking the list, for every view and filter', async () => {
    const sources: SourceId[] = [{ kind: 'all' }, { kind: 'unread' }, { kind: 'starred' }, { kind: 'feed', feedId: feeds.blog }, { kind: 'language', language: 'en' }];
    const rows = await db.articles.toArray();
    const pivot = rows.find((row) => row.articleId === 'b4');
    if (!pivot) throw new Error('no b4');
    const isBelow = (row: ArticleRecord) => row.sortTime < pivot.sortTime || (row.sortTime === pivot.sortTime && row.key < pivot.key);
    for (const source of sources) {
      for (const filter of ['all', 'unread', 'starred'] as const) {
        const inSource = (row: ArticleRecord) => source.kind !== 'feed' || row.feedId === source.feedId;
        const inView = (row: ArticleRecord) => (source.kind !== 'starred' && filter !== 'starred') || row.starred === 1;
        const expected = rows.filter((row) => row.read === 0 && inSource(row) && inView(row) && isBelow(row)).map((row) => row.key).sort();
        const keys = await unreadKeysOf(db, source, { filter, olderThan: pivot });
        expect(keys.sort(), `${JSON.stringify(source)} ${filter}`).toEqual(expected);
      }
    }
  });
});
