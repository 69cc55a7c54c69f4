import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addSingleKeys, followFeedRows, type FeedRows } from '../../../renderer/db/feedRows';
import { addFeed } from './support';

let db: TidingsDb;
let stop: (() => void) | null = null;
beforeEach(async () => {
  db = openDatabase(`feed-rows-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  stop?.();
  stop = null;
  await db.delete();
});

/** Follows the feeds (a failed read fails the test); `latest()` waits until the answer given satisfies `done`. */
function follow() {
  const answers: FeedRows[] = [];
  stop = followFeedRows(db, (rows) => answers.push(rows), { busy: () => false, intervalMs: 1_000, onError: (error) => { throw error; } });
  return {
    answers,
    latest: async (done: (rows: FeedRows) => boolean) => {
      await vi.waitFor(() => {
        const last = answers.at(-1);
        if (!last || !done(last)) throw new Error('not yet');
      });
      return answers.at(-1) as FeedRows;
    },
  };
}

const titles = (rows: FeedRows) => rows.list.map((feed) => feed.title).sort();

describe('the feed rows followed', () => {
  it('show every feed, then each change, reading only the rows it touched', async () => {
    const one = await addFeed(db, 'https://one.example/feed', 'One');
    const two = await addFeed(db, 'https://two.example/feed', 'Two');
    const readWhole = vi.spyOn(db.feeds, 'toArray');
    const readSome = vi.spyOn(db.feeds, 'bulkGet');
    const { latest } = follow();
    const first = await latest((rows) => rows.list.length === 2);
    expect(titles(first)).toEqual(['One', 'Two']);

    await db.feeds.update(one.id, { title: 'One, renamed', error: 'HTTP 404' });
    const second = await latest((rows) => rows.byId.get(one.id)?.title === 'One, renamed');
    expect(second.byId.get(one.id)?.error).toBe('HTTP 404');
    // The row nobody touched is the same object: a row drawn from it need not be drawn again.
    expect(second.byId.get(two.id)).toBe(first.byId.get(two.id));
    expect(readWhole).toHaveBeenCalledTimes(1);
    expect(readSome).toHaveBeenLastCalledWith([one.id]);

    const three = await addFeed(db, 'https://three.example/feed', 'Three');
    await db.feeds.delete(two.id);
    const third = await latest((rows) => rows.byId.has(three.id) && !rows.byId.has(two.id));
    expect(titles(third)).toEqual(['One, renamed', 'Three']);
    expect(readWhole).toHaveBeenCalledTimes(1);
  });

  it('read only the rows of a large write, such as a refresh storing hundreds of fetches at once', async () => {
    const feeds = [];
    for (let index = 0; index < 130; index += 1) feeds.push(await addFeed(db, `https://site-${index}.example/feed`, `Feed ${index}`));
    const readWhole = vi.spyOn(db.feeds, 'toArray');
    const readSome = vi.spyOn(db.feeds, 'bulkGet');
    const { latest } = follow();
    const first = await latest((rows) => rows.list.length === 130);
    // Dexie reports a write of 50 rows or more as a change of the whole table.
    const failed = feeds.slice(0, 120).map((feed) => ({ ...feed, error: 'HTTP 404' }));
    await db.transaction('rw', db.feeds, () => db.feeds.bulkPut(failed));
    const after = await latest((rows) => rows.list.filter((feed) => feed.error === 'HTTP 404').length === 120);
    expect(readWhole).toHaveBeenCalledTimes(1);
    expect(new Set(readSome.mock.calls.flatMap(([keys]) => keys))).toEqual(new Set(failed.map((feed) => feed.id)));
    expect(after.byId.get(feeds[125]?.id ?? '')).toBe(first.byId.get(feeds[125]?.id ?? ''));
  });

  it('reads the table whole again when a change is not a list of rows', async () => {
    await addFeed(db, 'https://one.example/feed', 'One');
    const readWhole = vi.spyOn(db.feeds, 'toArray');
    const { latest } = follow();
    await latest((rows) => rows.list.length === 1);
    await db.feeds.clear();
    expect((await latest((rows) => rows.list.length === 0)).byId.size).toBe(0);
    expect(readWhole).toHaveBeenCalledTimes(2);
  });

  it('gives rows that cannot be changed, since every view shares them', async () => {
    const one = await addFeed(db, 'https://one.example/feed', 'One');
    const { latest } = follow();
    const rows = await latest((each) => each.list.length === 1);
    expect(Object.isFrozen(rows.byId.get(one.id))).toBe(true);
  });
});

describe('the keys of a change', () => {
  it('are listed when each range is one key, and refused when one spans more', () => {
    const keys = new Set<string>();
    expect(addSingleKeys({ from: 'b', to: 'b', d: 2, l: { from: 'a', to: 'a', d: 1 }, r: null }, keys)).toBe(true);
    expect([...keys].sort()).toEqual(['a', 'b']);
    expect(addSingleKeys({ d: 0 }, new Set())).toBe(true);
    expect(addSingleKeys({ from: 'a', to: 'z', d: 1 }, new Set())).toBe(false);
    expect(addSingleKeys({ from: 'b', to: 'b', d: 2, r: { from: -Infinity, to: [[[]]], d: 1 } }, new Set())).toBe(false);
  });
});

