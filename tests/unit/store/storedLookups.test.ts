import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addFeed } from '../../../renderer/db/feeds';
import { storePollResult, storePollResults } from '../../../renderer/db/ingest';
import { markRead } from '../../../renderer/db/marks';
import { articleKey } from '../../../renderer/db/database';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';
import { recount, storedCounts } from './recount';

const database = useFreshDatabase();
const t0 = Date.UTC(2025, 4, 1, 9);
const articles = (ids: readonly string[], title = 'as first sent') => ids.map((id) => parsedArticle(id, { title: `${title} ${id}` }));

describe('looking up the articles a fetch brings', () => {
  it('probes a feed whose articles are all new once, instead of looking each one up', async () => {
    const db = database();
    const fresh = await addFeed(db, 'https://fresh.example/feed', t0);
    const known = await addFeed(db, 'https://known.example/feed', t0);
    await storePollResult(db, pollResult(known.id, known.url, updated(articles(['m1', 'm2'])), t0 + 1));
    const lookups = vi.spyOn(db.articles, 'bulkGet');

    // Keys after every stored one of the known feed, and a feed with nothing stored.
    await storePollResults(db, [
      pollResult(fresh.id, fresh.url, updated(articles(['a1', 'a2', 'a3'])), t0 + 2),
      pollResult(known.id, known.url, updated(articles(['x1', 'x2'])), t0 + 2),
    ]);

    expect(lookups).not.toHaveBeenCalled();
    expect(await db.articles.count()).toBe(7);
    expect(await storedCounts(db)).toEqual(await recount(db));
  });

  it('still finds a stored article among new ones around it: its mark is kept and it is not counted twice', async () => {
    const db = database();
    const feed = await addFeed(db, 'https://known.example/feed', t0);
    await storePollResult(db, pollResult(feed.id, feed.url, updated(articles(['b'])), t0 + 1));
    await markRead(db, [articleKey(feed.id, 'b')]);
    const lookups = vi.spyOn(db.articles, 'bulkGet');

    const { added } = await storePollResult(db, pollResult(feed.id, feed.url, updated([...articles(['a', 'c']), ...articles(['b'], 'edited')]), t0 + 2));

    expect(added).toBe(2);
    expect(lookups).toHaveBeenCalledWith(expect.arrayContaining([articleKey(feed.id, 'b')]));
    expect(await db.articles.get(articleKey(feed.id, 'b'))).toMatchObject({ title: 'edited b', read: 1 });
    expect(await storedCounts(db)).toEqual(await recount(db));
  });
});
