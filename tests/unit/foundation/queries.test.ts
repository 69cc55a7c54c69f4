import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleKey } from '../../../renderer/db/database';
import { addFeed, removeFeed } from '../../../renderer/db/feeds';
import { storePollResult } from '../../../renderer/db/ingest';
import { listArticles, markAllRead, setRead, unreadCounts } from '../../../renderer/db/queries';
import type { FeedRecord } from '../../../renderer/db/records';
import { useFreshDatabase } from './support/database';
import { parsedArticle, pollResult, updated } from './support/fixtures';

const database = useFreshDatabase();
const day = 86_400_000;
const t0 = Date.UTC(2025, 4, 1);
const at = (days: number) => new Date(t0 + days * day).toISOString();

let news: FeedRecord;
let blog: FeedRecord;

/*
 * news: n1 (day 1), n3 (day 3), n-undated (first seen day 2.5), n5 (day 5)
 * blog: b2 (day 2), b4 (day 4), b-undated (first seen day 6)
 */
beforeEach(async () => {
  const db = database();
  news = await addFeed(db, 'https://news.example/rss', t0);
  blog = await addFeed(db, 'https://blog.example/atom', t0);
  await storePollResult(db, pollResult(news.id, news.url, updated([parsedArticle('n1', { published: at(1) }), parsedArticle('n3', { published: at(3) })]), t0 + 3.2 * day));
  await storePollResult(db, pollResult(news.id, news.url, updated([parsedArticle('n-undated')]), t0 + 2.5 * day));
  await storePollResult(db, pollResult(news.id, news.url, updated([parsedArticle('n5', { published: at(5) })]), t0 + 5.1 * day));
  await storePollResult(db, pollResult(blog.id, blog.url, updated([parsedArticle('b2', { published: at(2) }), parsedArticle('b4', { published: at(4) })]), t0 + 4.1 * day));
  await storePollResult(db, pollResult(blog.id, blog.url, updated([parsedArticle('b-undated')]), t0 + 6 * day));
});

const ids = (rows: Array<{ articleId: string }>) => rows.map((row) => row.articleId);

describe('listArticles', () => {
  it('lists all articles newest first, an undated one where it was first seen', async () => {
    expect(ids(await listArticles(database(), { kind: 'all' }))).toEqual(['b-undated', 'n5', 'b4', 'n3', 'n-undated', 'b2', 'n1']);
  });

  it('lists one feed, newest first', async () => {
    expect(ids(await listArticles(database(), { kind: 'feed', feedId: news.id }))).toEqual(['n5', 'n3', 'n-undated', 'n1']);
    expect(ids(await listArticles(database(), { kind: 'feed', feedId: blog.id }))).toEqual(['b-undated', 'b4', 'b2']);
  });

  it('lists only unread articles, newest first', async () => {
    await setRead(database(), articleKey(blog.id, 'b4'), true);
    await setRead(database(), articleKey(news.id, 'n-undated'), true);
    expect(ids(await listArticles(database(), { kind: 'unread' }))).toEqual(['b-undated', 'n5', 'n3', 'b2', 'n1']);
  });

  it('stops at the limit, keeping the newest', async () => {
    expect(ids(await listArticles(database(), { kind: 'all' }, 2))).toEqual(['b-undated', 'n5']);
    expect(ids(await listArticles(database(), { kind: 'feed', feedId: news.id }, 1))).toEqual(['n5']);
  });

  it('is empty for a feed with no articles, and does not list a removed feed', async () => {
    const empty = await addFeed(database(), 'https://empty.example/rss', t0);
    expect(await listArticles(database(), { kind: 'feed', feedId: empty.id })).toEqual([]);
    await removeFeed(database(), blog.id);
    expect(ids(await listArticles(database(), { kind: 'all' }))).toEqual(['n5', 'n3', 'n-undated', 'n1']);
  });
});

describe('unreadCounts and setRead', () => {
  it('counts unread articles per feed and in all', async () => {
    const empty = await addFeed(database(), 'https://empty.example/rss', t0);
    const counts = await unreadCounts(database());
    expect(counts.total).toBe(7);
    expect(Object.fromEntries(counts.byFeed)).toEqual({ [news.id]: 4, [blog.id]: 3, [empty.id]: 0 });
  });

  it('follows articles being marked read and unread again', async () => {
    const key = articleKey(news.id, 'n3');
    await setRead(database(), key, true);
    expect((await database().articles.get(key))?.read).toBe(1);
    let counts = await unreadCounts(database());
    expect(counts.total).toBe(6);
    expect(counts.byFeed.get(news.id)).toBe(3);
    expect(counts.byFeed.get(blog.id)).toBe(3);

    await setRead(database(), key, false);
    expect((await database().articles.get(key))?.read).toBe(0);
    counts = await unreadCounts(database());
    expect(counts.total).toBe(7);
    expect(counts.byFeed.get(news.id)).toBe(4);
  });

  it('marks a whole list read at once', async () => {
    const blogRows = await listArticles(database(), { kind: 'feed', feedId: blog.id });
    await markAllRead(database(), blogRows.map((row) => row.key));
    const counts = await unreadCounts(database());
    expect(counts.byFeed.get(blog.id)).toBe(0);
    expect(counts.byFeed.get(news.id)).toBe(4);
    expect(counts.total).toBe(4);
  });

  it('leaves the list order alone when an article is read', async () => {
    const before = ids(await listArticles(database(), { kind: 'all' }));
    await setRead(database(), articleKey(news.id, 'n1'), true);
    expect(ids(await listArticles(database(), { kind: 'all' }))).toEqual(before);
  });
});
