import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { changeFeedAddress } from '../../../renderer/db/feedAddress';
import { addFeed, toSubscriptions } from '../../../renderer/db/feeds';
import { markUnsubscribed } from '../../../renderer/db/unsubscribe';

let db: TidingsDb;
beforeEach(async () => {
  db = openDatabase(`feed-address-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const t0 = Date.UTC(2025, 0, 10);

async function brokenFeed(url: string) {
  const feed = await addFeed(db, url, t0);
  await db.feeds.update(feed.id, { etag: '"v3"', lastModified: 'Fri, 10 Jan 2025 08:00:00 GMT', gone: 1, failures: 4, error: 'The feed is gone', errorKind: 'gone' });
  return feed;
}

describe('changing a feed’s address', () => {
  it('stores the new address, forgets the old one’s validators and makes the feed due, even one that was gone', async () => {
    const feed = await brokenFeed('https://old.example/feed');
    expect(await changeFeedAddress(db, feed.id, 'https://new.example/rss.xml')).toEqual({ ok: true, url: 'https://new.example/rss.xml' });
    expect(await db.feeds.get(feed.id)).toMatchObject({
      url: 'https://new.example/rss.xml',
      etag: null,
      lastModified: null,
      lastFetchedAt: null,
      gone: 0,
      // What the old address did stays until the new one is checked.
      failures: 4,
    });
    expect(toSubscriptions(await db.feeds.toArray())).toMatchObject([{ feedId: feed.id, url: 'https://new.example/rss.xml', lastFetchedAt: null }]);
  });

  it('reads an address as “Add feed” does: without a scheme meaning https, a feed: form unwrapped', async () => {
    const feed = await brokenFeed('https://old.example/feed');
    expect(await changeFeedAddress(db, feed.id, '  new.example/feed  ')).toEqual({ ok: true, url: 'https://new.example/feed' });
    expect(await changeFeedAddress(db, feed.id, 'feed:http://plain.example/rss')).toEqual({ ok: true, url: 'http://plain.example/rss' });
  });

  it('refuses what is no http(s) address, and leaves the feed as it was', async () => {
    const feed = await brokenFeed('https://old.example/feed');
    for (const typed of ['', 'ftp://files.example/feed', 'javascript:alert(1)', 'two words', 'no address at all', 'https://no address/feed']) {
      expect(await changeFeedAddress(db, feed.id, typed), typed).toEqual({ ok: false, problem: 'invalid' });
    }
    expect(await db.feeds.get(feed.id)).toMatchObject({ url: 'https://old.example/feed', etag: '"v3"', gone: 1 });
  });

  it('refuses an address another feed has, followed or kept for its starred articles', async () => {
    const feed = await brokenFeed('https://old.example/feed');
    await addFeed(db, 'https://taken.example/feed', t0);
    const left = await addFeed(db, 'https://left.example/feed', t0);
    await markUnsubscribed(db, [left.id], t0);
    expect(await changeFeedAddress(db, feed.id, 'https://taken.example/feed')).toEqual({ ok: false, problem: 'taken' });
    expect(await changeFeedAddress(db, feed.id, 'https://left.example/feed')).toEqual({ ok: false, problem: 'taken' });
    expect((await db.feeds.get(feed.id))?.url).toBe('https://old.example/feed');
  });

  it('changes nothing when the address is the one it has, and nothing for a feed no longer followed', async () => {
    const feed = await brokenFeed('https://old.example/feed');
    expect(await changeFeedAddress(db, feed.id, 'https://old.example/feed')).toEqual({ ok: true, url: 'https://old.example/feed' });
    expect((await db.feeds.get(feed.id))?.etag).toBe('"v3"');
    await markUnsubscribed(db, [feed.id], t0);
    expect(await changeFeedAddress(db, feed.id, 'https://new.example/feed')).toEqual({ ok: false, problem: 'missing' });
    expect(await changeFeedAddress(db, 'no-such-feed', 'https://new.example/feed')).toEqual({ ok: false, problem: 'missing' });
  });
});
