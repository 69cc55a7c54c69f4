import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TidingsDb } from '../../../renderer/db/database';
import { articleKey } from '../../../renderer/db/database';
import { storePollResult } from '../../../renderer/db/ingest';
import { markRead } from '../../../renderer/db/marks';
import { pageSize, type ListQuery } from '../../../renderer/db/paging';
import { listEntries, type ListEntry } from '../../../renderer/features/articles/listEntries';
import { readShownPages, residentPageLimit, type ListPages } from '../../../renderer/features/articles/listPages';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';
import { feedWith, hour, storyVersion, t0 } from './support';

const database = useFreshDatabase();
const minute = 60_000;

/** `count` articles a minute apart, the newest first, as one fetch of one feed. */
function archive(prefix: string, count: number, newest = t0) {
  return Array.from({ length: count }, (_, index) => parsedArticle(`${prefix}${index}`, { published: new Date(newest - index * minute).toISOString() }));
}

const storyKeys = (entries: readonly ListEntry[]) => entries.flatMap((entry) => (entry.kind === 'story' ? [entry.story.shown.key] : []));

/** Reads the list as a reader scrolling to its end would: the next page each time the end comes into view. */
async function scrollToEnd(db: TidingsDb, query: ListQuery, identity = 'list'): Promise<ListPages> {
  let pages: ListPages | null = null;
  for (let guard = 0; guard < 100 && !pages?.complete; guard += 1) {
    const end = pages ? pages.slots.length : 0;
    pages = await readShownPages(db, query, identity, pages, { from: Math.max(0, end - 1), to: end }, []);
  }
  if (!pages) throw new Error('nothing read');
  return pages;
}

describe('the list read page by page', () => {
  const newestFirst = (feedId: string): ListQuery => ({ source: { kind: 'feed', feedId }, filter: 'all', sort: 'newest' });

  it('reaches every article once, in order, reading one more page at a time', async () => {
    const db = database();
    const feed = await feedWith(db, 'https://big.example/feed', archive('a', 250));
    const pages = await scrollToEnd(db, newestFirst(feed.id));
    expect(pages.slots.map((slot) => slot.size)).toEqual([pageSize, pageSize, 50]);
    expect(storyKeys(listEntries(pages, 'newest'))).toEqual(Array.from({ length: 250 }, (_, index) => articleKey(feed.id, `a${index}`)));
    const oldest = await scrollToEnd(db, { ...newestFirst(feed.id), sort: 'oldest' });
    expect(storyKeys(listEntries(oldest, 'oldest'))[0]).toBe(articleKey(feed.id, 'a249'));
  });

  it('reads again only the pages in view, each between its fixed ends, so an article arriving joins its page and none is lost', async () => {
    const db = database();
    const feed = await feedWith(db, 'https://big.example/feed', archive('a', 250));
    const query = newestFirst(feed.id);
    const read = await scrollToEnd(db, query);
    // Two articles arrive: one among the first page's rows, one between the first and the second page.
    const insideFirst = parsedArticle('new-1', { published: new Date(t0 - 10.5 * minute).toISOString() });
    const betweenPages = parsedArticle('new-2', { published: new Date(t0 - 99.5 * minute).toISOString() });
    await storePollResult(db, pollResult(feed.id, feed.url, updated([insideFirst, betweenPages, ...archive('a', 250)]), t0 + 50 * hour));

    const first = await readShownPages(db, query, 'list', read, { from: 0, to: 0 }, []);
    expect(first.slots.map((slot) => slot.size)).toEqual([pageSize + 1, pageSize, 50]);
    expect(first.slots[1]).toBe(read.slots[1]); // out of view: not read
    const both = await readShownPages(db, query, 'list', first, { from: 0, to: 1 }, []);
    expect(both.slots.map((slot) => slot.size)).toEqual([pageSize + 1, pageSize + 1, 50]);
    const keys = storyKeys(listEntries(both, 'newest'));
    expect(keys).toHaveLength(252);
    expect(new Set(keys).size).toBe(252);
    expect(keys.indexOf(articleKey(feed.id, 'new-1'))).toBe(11);
    expect(keys.indexOf(articleKey(feed.id, 'new-2'))).toBe(101);
  });

  it('starts again from the top for another list', async () => {
    const db = database();
    const feed = await feedWith(db, 'https://big.example/feed', archive('a', 250));
    const read = await scrollToEnd(db, newestFirst(feed.id));
    const other = await readShownPages(db, { ...newestFirst(feed.id), filter: 'unread' }, 'other', read, { from: 2, to: 3 }, []);
    expect(other.slots).toHaveLength(1);
    expect(other.identity).toBe('other');
  });

  it('drops the rows of pages far from view, keeps their room, and reads them again when they come back', async () => {
    const db = database();
    const feed = await feedWith(db, 'https://big.example/feed', archive('a', (residentPageLimit + 5) * pageSize));
    const query = newestFirst(feed.id);
    const read = await scrollToEnd(db, query);
    const dropped = read.slots.flatMap((slot, index) => (slot.rows ? [] : [index]));
    expect(dropped).toEqual([0, 1, 2, 3, 4, 5]); // the farthest from the end, where the reader is
    const entries = listEntries(read, 'newest');
    expect(entries).toHaveLength((residentPageLimit + 5) * pageSize);
    expect(entries[0]?.kind).toBe('placeholder');
    const back = await readShownPages(db, query, 'list', read, { from: 0, to: 1 }, []);
    const top = listEntries(back, 'newest');
    expect(top[0]).toMatchObject({ kind: 'story', key: articleKey(feed.id, 'a0') });
    expect(back.slots.filter((slot) => slot.rows).length).toBeLessThanOrEqual(residentPageLimit);
  });

  it('keeps an article opened in a list of unread ones where it was, once read', async () => {
    const db = database();
    const feed = await feedWith(db, 'https://big.example/feed', archive('a', 30));
    const opened = articleKey(feed.id, 'a7');
    await markRead(db, [opened, articleKey(feed.id, 'a8')]);
    const query: ListQuery = { source: { kind: 'feed', feedId: feed.id }, filter: 'unread', sort: 'newest' };
    const pages = await readShownPages(db, query, 'list', null, { from: 0, to: 0 }, [opened]);
    const keys = storyKeys(listEntries(pages, 'newest'));
    expect(keys).toHaveLength(29);
    expect(keys[7]).toBe(opened);
    expect(keys).not.toContain(articleKey(feed.id, 'a8'));
  });

  it('shows the versions of one story either side of a page’s edge as one row, with the page of its first version', async () => {
    const db = database();
    // Two translations of one original: one story.
    const english = await feedWith(db, 'https://en.example/feed', [
      ...archive('e', 99),
      storyVersion('story-en', 'en', 0, { published: new Date(t0 - 99 * minute).toISOString() }),
    ]);
    const french = await feedWith(db, 'https://fr.example/feed', [storyVersion('story-fr', 'fr', 0, { published: new Date(t0 - 99.5 * minute).toISOString() })]);
    const all: ListQuery = { source: { kind: 'all' }, filter: 'all', sort: 'newest' };
    const pages = await scrollToEnd(db, all);
    expect(pages.slots.map((slot) => slot.size)).toEqual([pageSize, 1]);
    const entries = listEntries(pages, 'newest');
    expect(entries).toHaveLength(100);
    const last = entries.at(-1);
    expect(last?.kind === 'story' && last.story.versions.map((version) => version.key)).toEqual([articleKey(english.id, 'story-en'), articleKey(french.id, 'story-fr')]);
    expect(last?.page).toBe(0);
  });
});
