import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addFeed, followedFeedAt, toSubscriptions } from '../../../renderer/db/feeds';
import { storePollResult } from '../../../renderer/db/ingest';
import { setStarred } from '../../../renderer/db/marks';
import { readPage } from '../../../renderer/db/paging';
import { markUnsubscribed, purgeUnsubscribed, restoreSubscriptions } from '../../../renderer/db/unsubscribe';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';
import { recount, storedCounts } from '../store/recount';

let db: TidingsDb;
beforeEach(async () => {
  db = openDatabase(`unsubscribe-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const t0 = Date.UTC(2025, 0, 10);

async function feedWithArticles(url: string, count: number) {
  const feed = await addFeed(db, url, t0);
  const articles = Array.from({ length: count }, (_, index) => parsedArticle(`a${index}`, { published: new Date(t0 - index * 60_000).toISOString() }));
  await storePollResult(db, pollResult(feed.id, feed.url, updated(articles), t0));
  return feed;
}

describe('unsubscribing', () => {
  it('takes the feed out of the poller at once, and its articles only when the undo time is over', async () => {
    const feed = await feedWithArticles('https://a.example/feed', 3);
    await markUnsubscribed(db, [feed.id], t0 + 1);
    expect(toSubscriptions(await db.feeds.toArray())).toEqual([]);
    expect(await followedFeedAt(db, [feed.url])).toBeUndefined();
    expect(await db.articles.count()).toBe(3);

    await purgeUnsubscribed(db, t0);
    expect(await db.articles.count()).toBe(3); // unsubscribed after `before`: still within its undo
    await restoreSubscriptions(db, [feed.id]);
    expect(await purgeUnsubscribed(db, t0 + 10)).toBe(0);
    expect(toSubscriptions(await db.feeds.toArray())).toHaveLength(1);
  });

  it('removes every article, body and count but the starred ones, which keep their feed', async () => {
    const feed = await feedWithArticles('https://a.example/feed', 1_203);
    const other = await feedWithArticles('https://b.example/feed', 2);
    const starredKey = `${feed.id} a7`;
    await setStarred(db, starredKey, true);
    await markUnsubscribed(db, [feed.id], t0);
    expect(await purgeUnsubscribed(db, t0)).toBe(1_202);

    expect(await db.articles.where('feedId').equals(feed.id).primaryKeys()).toEqual([starredKey]);
    expect(await db.bodies.count()).toBe(3);
    expect(await storedCounts(db)).toEqual(await recount(db));
    expect((await db.feeds.get(feed.id))?.unsubscribedAt).toBe(t0);
    const starred = await readPage(db, { source: { kind: 'starred' }, filter: 'all', sort: 'newest' });
    expect(starred.map((row) => row.key)).toEqual([starredKey]);
    expect(await db.articles.where('feedId').equals(other.id).count()).toBe(2);
  });

  it('removes the feed itself when no starred article remains, and a new subscription to it starts afresh', async () => {
    const feed = await feedWithArticles('https://a.example/feed', 2);
    await markUnsubscribed(db, [feed.id], t0);
    await purgeUnsubscribed(db, t0);
    expect(await db.feeds.count()).toBe(0);
    expect(await db.counts.count()).toBe(0);
    const again = await addFeed(db, feed.url, t0 + 5);
    expect(again.id).not.toBe(feed.id);
  });

  it('brings back a feed kept for its starred articles when its address is added again', async () => {
    const feed = await feedWithArticles('https://a.example/feed', 2);
    await setStarred(db, `${feed.id} a1`, true);
    await markUnsubscribed(db, [feed.id], t0);
    await purgeUnsubscribed(db, t0);
    const again = await addFeed(db, feed.url, t0 + 5);
    expect(again).toMatchObject({ id: feed.id, unsubscribedAt: null });
    expect(toSubscriptions(await db.feeds.toArray()).map((subscription) => subscription.feedId)).toEqual([feed.id]);
  });

  it('leaves a result that comes in after unsubscribing unstored', async () => {
    const feed = await feedWithArticles('https://a.example/feed', 1);
    await markUnsubscribed(db, [feed.id], t0);
    await storePollResult(db, pollResult(feed.id, feed.url, updated([parsedArticle('late')]), t0 + 1));
    expect(await db.articles.count()).toBe(1);
  });
});
