import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { summariseCounts } from '../../../renderer/db/counts';
import { articleKey } from '../../../renderer/db/database';
import { addFeed, removeFeed } from '../../../renderer/db/feeds';
import { storePollResult, storePollResults } from '../../../renderer/db/ingest';
import { setFeedLanguageOverride } from '../../../renderer/db/languageOverride';
import { markRead, setMarks, setRead, setStarred } from '../../../renderer/db/marks';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';
import { recount, storedCounts } from './recount';

const database = useFreshDatabase();
const t0 = Date.UTC(2025, 4, 1, 9);

describe('counts kept with every write', () => {
  it('equal a full recount after fetches, edits, marks, a language correction and an unsubscribe', async () => {
    const db = database();
    const news = await addFeed(db, 'https://news.example/feed', t0);
    const blog = await addFeed(db, 'https://blog.example/feed', t0);
    const mixed = ['en', 'fr', null, 'vi'] as const;
    const articles = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => parsedArticle(`${prefix}${index}`, { language: mixed[index % mixed.length] ?? null }));

    await storePollResults(db, [pollResult(news.id, news.url, updated(articles('n', 12)), t0 + 1), pollResult(blog.id, blog.url, updated(articles('b', 7)), t0 + 2)]);
    expect(await storedCounts(db)).toEqual(await recount(db));

    // The same fetch again, one article edited and its language changed, two new.
    const again = articles('n', 14).map((article, index) => (index === 3 ? { ...article, title: 'Edited', language: 'de' } : article));
    await storePollResult(db, pollResult(news.id, news.url, updated(again), t0 + 3));
    expect(await storedCounts(db)).toEqual(await recount(db));

    await setRead(db, articleKey(news.id, 'n0'), true);
    await setRead(db, articleKey(news.id, 'n0'), true); // twice: counted once
    await setStarred(db, articleKey(news.id, 'n1'), true);
    await setMarks(db, [articleKey(blog.id, 'b2')], { read: 1, starred: 1 });
    expect(await markRead(db, [articleKey(news.id, 'n0'), articleKey(news.id, 'n5'), 'missing key'])).toEqual([articleKey(news.id, 'n5')]);
    expect(await storedCounts(db)).toEqual(await recount(db));
    // One key listed twice in one call (an undo of overlapping marks) changes its row, and its counts, once.
    expect(await setMarks(db, [articleKey(news.id, 'n5'), articleKey(news.id, 'n5')], { read: 0 })).toEqual([articleKey(news.id, 'n5')]);
    expect(await storedCounts(db)).toEqual(await recount(db));

    await setFeedLanguageOverride(db, news.id, 'fr');
    expect(await storedCounts(db)).toEqual(await recount(db));
    await setFeedLanguageOverride(db, news.id, null);
    expect(await storedCounts(db)).toEqual(await recount(db));

    // A read and starred article fetched again keeps its marks, and the counts with them.
    await storePollResult(db, pollResult(blog.id, blog.url, updated(articles('b', 7).map((article) => ({ ...article, title: `${article.title}!` }))), t0 + 4));
    expect(await storedCounts(db)).toEqual(await recount(db));

    await removeFeed(db, news.id);
    expect(await storedCounts(db)).toEqual(await recount(db));
    expect(await db.counts.where('feedId').equals(news.id).count()).toBe(0);
  });

  it('sum to what the sources pane shows: per feed, per language, and without hidden languages', async () => {
    const db = database();
    const feed = await addFeed(db, 'https://news.example/feed', t0);
    await storePollResult(
      db,
      pollResult(feed.id, feed.url, updated([parsedArticle('a', { language: 'en' }), parsedArticle('b', { language: 'de' }), parsedArticle('c', { language: null })]), t0 + 1),
    );
    await setStarred(db, articleKey(feed.id, 'a'), true);

    const all = summariseCounts(await db.counts.toArray(), new Set());
    expect(all).toMatchObject({ total: 3, unread: 3, starred: 1 });
    expect(all.byFeed.get(feed.id)).toEqual({ total: 3, unread: 3, starred: 1 });
    expect([...all.byLanguage.keys()].sort()).toEqual(['de', 'en']);

    const withoutGerman = summariseCounts(await db.counts.toArray(), new Set(['de']));
    expect(withoutGerman).toMatchObject({ total: 2, unread: 2 });
    expect(withoutGerman.byFeed.get(feed.id)?.unread).toBe(2);
    // The hidden language keeps its own tally, for its own view when it is shown again.
    expect(withoutGerman.byLanguage.get('de')?.unread).toBe(1);
  });
});

describe('storing writes only what changed', () => {
  it('leaves an article the feed sends unchanged untouched, and rewrites one it edited', async () => {
    const db = database();
    const feed = await addFeed(db, 'https://news.example/feed', t0);
    const same = parsedArticle('same');
    const edited = parsedArticle('edited');
    await storePollResult(db, pollResult(feed.id, feed.url, updated([same, edited]), t0 + 1));
    // Marks in the stored bodies that a rewrite would wipe out.
    await db.bodies.update(articleKey(feed.id, 'same'), { contentHtml: 'kept' });
    await db.bodies.update(articleKey(feed.id, 'edited'), { contentHtml: 'kept' });

    const { added } = await storePollResult(db, pollResult(feed.id, feed.url, updated([same, { ...edited, contentHtml: '<p>Corrected</p>' }]), t0 + 2));

    expect(added).toBe(0);
    expect((await db.bodies.get(articleKey(feed.id, 'same')))?.contentHtml).toBe('kept');
    expect((await db.bodies.get(articleKey(feed.id, 'edited')))?.contentHtml).toBe('<p>Corrected</p>');
    expect((await db.feeds.get(feed.id))?.lastFetchedAt).toBe(t0 + 2);
  });

  it('stores a batch of results in order: the later fetch of a feed wins, and an unsubscribed feed is skipped', async () => {
    const db = database();
    const feed = await addFeed(db, 'https://news.example/feed', t0);
    const first = pollResult(feed.id, feed.url, updated([parsedArticle('a', { title: 'First' })], { feed: { title: 'Old name' } }), t0 + 1);
    const second = pollResult(feed.id, feed.url, updated([parsedArticle('a', { title: 'Second' }), parsedArticle('b')], { feed: { title: 'New name' } }), t0 + 2);
    const gone = pollResult('not-subscribed', 'https://gone.example/feed', updated([parsedArticle('x')]), t0 + 3);

    const { added } = await storePollResults(db, [first, second, gone]);

    expect(added).toBe(2);
    expect((await db.articles.get(articleKey(feed.id, 'a')))?.title).toBe('Second');
    expect(await db.feeds.get(feed.id)).toMatchObject({ title: 'New name', lastFetchedAt: t0 + 2 });
    expect(await db.articles.count()).toBe(2);
    expect(await db.feeds.get('not-subscribed')).toBeUndefined();
  });
});

describe('storing a large batch', () => {
  it('stores hundreds of results in one go, moves among them, with every article and count', async () => {
    const db = database();
    const feeds = await Promise.all(Array.from({ length: 250 }, (_, index) => addFeed(db, `https://host${index}.example/feed`, t0)));
    const results = feeds.map((feed, index) =>
      pollResult(
        feed.id,
        feed.url,
        updated([parsedArticle(`${index}-a`), parsedArticle(`${index}-b`)], { movedTo: index % 50 === 0 ? `https://moved${index}.example/feed` : null }),
        t0 + 1,
      ),
    );
    // Two feeds moving to one address: the first takes it, the second keeps its own.
    results.push(pollResult(feeds[1]?.id ?? '', feeds[1]?.url ?? '', updated([], { movedTo: 'https://moved0.example/feed' }), t0 + 2));

    const { added } = await storePollResults(db, results);

    expect(added).toBe(500);
    expect(await db.articles.count()).toBe(500);
    expect(await storedCounts(db)).toEqual(await recount(db));
    expect((await db.feeds.get(feeds[0]?.id ?? ''))?.url).toBe('https://moved0.example/feed');
    expect((await db.feeds.get(feeds[1]?.id ?? ''))?.url).toBe(feeds[1]?.url);
    expect((await db.feeds.get(feeds[50]?.id ?? ''))?.url).toBe('https://moved50.example/feed');
  });
});

describe('sparse unread and starred indexes', () => {
  it('hold an article exactly while it is unread or starred', async () => {
    const db = database();
    const feed = await addFeed(db, 'https://news.example/feed', t0);
    await storePollResult(db, pollResult(feed.id, feed.url, updated([parsedArticle('a'), parsedArticle('b')]), t0 + 1));
    const key = articleKey(feed.id, 'a');
    expect(await db.articles.where('unreadTime').above(-Infinity).primaryKeys()).toHaveLength(2);

    await setRead(db, key, true);
    await setStarred(db, key, true);
    expect(await db.articles.where('unreadTime').above(-Infinity).primaryKeys()).toEqual([articleKey(feed.id, 'b')]);
    expect(await db.articles.where('starredTime').above(-Infinity).primaryKeys()).toEqual([key]);

    await setRead(db, key, false);
    await setStarred(db, key, false);
    expect(await db.articles.where('unreadTime').above(-Infinity).count()).toBe(2);
    expect(await db.articles.where('starredTime').above(-Infinity).count()).toBe(0);
  });
});
