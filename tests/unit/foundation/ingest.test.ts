import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleKey } from '../../../renderer/db/database';
import { addFeed, feedName, removeFeed, toSubscriptions } from '../../../renderer/db/feeds';
import { storePollResult } from '../../../renderer/db/ingest';
import { setRead } from '../../../renderer/db/queries';
import type { FeedRecord } from '../../../renderer/db/records';
import type { FetchOutcome } from '../../../shared/model/feed';
import { useFreshDatabase } from './support/database';
import { parsedArticle, pollResult, updated } from './support/fixtures';

const database = useFreshDatabase();
const feedUrl = 'https://example.com/feed.xml';
const addedAt = Date.UTC(2025, 2, 1, 8, 0, 0);
const hour = 3_600_000;

let feed: FeedRecord;
beforeEach(async () => {
  feed = await addFeed(database(), feedUrl, addedAt);
});

const store = (outcome: FetchOutcome, fetchedAt: number, feedId = feed.id) =>
  storePollResult(database(), pollResult(feedId, feedUrl, outcome, fetchedAt));
const currentFeed = async () => database().feeds.get(feed.id);
const articlesOf = (feedId = feed.id) => database().articles.where('feedId').equals(feedId).toArray();

describe('storePollResult with new articles', () => {
  it('stores bodies as the feed sent them, with the base their relative addresses resolve against', async () => {
    const withLink = parsedArticle('a', { url: 'https://example.com/a', contentHtml: '<p><img src="a.jpg"></p>' });
    const withBase = parsedArticle('b', { url: 'https://example.com/b', baseUrl: 'https://cdn.example.com/b/', contentHtml: '<p>B</p>' });
    const withoutLink = parsedArticle('c', { url: null, contentHtml: '<p>Other</p>' });
    await storePollResult(database(), pollResult(feed.id, feedUrl, updated([withLink, withBase, withoutLink]), addedAt + hour));

    const bodies = await database().bodies.orderBy('key').toArray();
    expect(bodies.map((body) => [body.contentHtml, body.baseUrl])).toEqual([
      ['<p><img src="a.jpg"></p>', 'https://example.com/a'],
      ['<p>B</p>', 'https://cdn.example.com/b/'],
      ['<p>Other</p>', feedUrl],
    ]);
  });

  it('stores each article once however often the same fetch arrives', async () => {
    const outcome = updated([parsedArticle('a'), parsedArticle('b'), parsedArticle('c')]);

    const first = await store(outcome, addedAt + hour);
    const second = await store(outcome, addedAt + 2 * hour);

    expect(first.added).toBe(3);
    expect(second.added).toBe(0);
    expect(await database().articles.count()).toBe(3);
    expect(await database().bodies.count()).toBe(3);
  });

  it('counts as added only what was not stored before', async () => {
    await store(updated([parsedArticle('a'), parsedArticle('b')]), addedAt + hour);
    const next = await store(updated([parsedArticle('b'), parsedArticle('c'), parsedArticle('d')]), addedAt + 2 * hour);
    expect(next.added).toBe(2);
    expect(await database().articles.count()).toBe(4);
  });

  it('keeps an article read and starred, with its first-seen time, when it is fetched again', async () => {
    const firstSeen = addedAt + hour;
    await store(updated([parsedArticle('a', { title: 'Draft headline' })]), firstSeen);
    const key = articleKey(feed.id, 'a');
    await setRead(database(), key, true);
    await database().articles.update(key, { starred: 1 });

    await store(updated([parsedArticle('a', { title: 'Final headline' })]), firstSeen + 5 * hour);

    const row = await database().articles.get(key);
    expect(row).toMatchObject({ read: 1, starred: 1, firstSeenAt: firstSeen, title: 'Final headline' });
    // Undated, so it stays where it was first seen in the list rather than jumping to the top.
    expect(row?.sortTime).toBe(firstSeen);
  });

  it('stores new articles unread, with the body apart from the list row', async () => {
    const article = parsedArticle('a', {
      contentHtml: '<p>Full text</p>',
      categories: [{ term: 'Politics', scheme: null, label: null }],
      enclosures: [{ url: 'https://example.com/a.mp3', type: 'audio/mpeg', length: 1234, duration: null }],
      translation: { from: 'fr', originalUrl: 'https://example.fr/a' },
    });
    await store(updated([article]), addedAt + hour);

    const key = articleKey(feed.id, 'a');
    const row = await database().articles.get(key);
    expect(row).toMatchObject({ feedId: feed.id, articleId: 'a', read: 0, starred: 0, translationFrom: 'fr' });
    expect(row).not.toHaveProperty('contentHtml');
    expect(await database().bodies.get(key)).toMatchObject({
      contentHtml: '<p>Full text</p>',
      categories: [{ term: 'Politics', scheme: null, label: null }],
      enclosures: article.enclosures,
      translation: article.translation,
    });
  });

  it('sorts by the published date, or by when it was first seen when the article has none', async () => {
    const fetchedAt = Date.UTC(2025, 2, 5, 12, 0, 0);
    const published = '2025-03-04T06:30:00.000Z';
    await store(updated([parsedArticle('dated', { published }), parsedArticle('undated')]), fetchedAt);

    expect((await database().articles.get(articleKey(feed.id, 'dated')))?.sortTime).toBe(Date.parse(published));
    expect((await database().articles.get(articleKey(feed.id, 'undated')))?.sortTime).toBe(fetchedAt);
  });

  it('stores an id that appears twice in one fetch once, row and body from the same item', async () => {
    const outcome = updated([
      parsedArticle('dup', { title: 'First copy', contentHtml: '<p>First copy</p>' }),
      parsedArticle('other'),
      parsedArticle('dup', { title: 'Second copy', contentHtml: '<p>Second copy</p>' }),
    ]);

    const { added } = await store(outcome, addedAt + hour);

    expect(added).toBe(2);
    expect(await database().articles.count()).toBe(2);
    expect(await database().bodies.count()).toBe(2);
    const key = articleKey(feed.id, 'dup');
    const [row, body] = await Promise.all([database().articles.get(key), database().bodies.get(key)]);
    expect(body?.contentHtml).toBe(`<p>${row?.title}</p>`);
  });

  it('keeps the same article id of two feeds apart', async () => {
    const other = await addFeed(database(), 'https://other.example/rss', addedAt);
    await store(updated([parsedArticle('1')]), addedAt + hour);
    await store(updated([parsedArticle('1')]), addedAt + hour, other.id);
    expect(await database().articles.count()).toBe(2);
  });
});

describe('storePollResult and the feed record', () => {
  it('records the fetch on the feed: validators, time, site, language, and clears a past error', async () => {
    await database().feeds.update(feed.id, { error: 'The server answered 503' });
    const validators = { etag: '"abc"', lastModified: 'Tue, 04 Mar 2025 10:00:00 GMT' };
    const fetchedAt = addedAt + hour;

    await store(updated([], { validators, feed: { siteUrl: 'https://example.com/news', language: 'fr' } }), fetchedAt);

    expect(await currentFeed()).toMatchObject({
      error: null,
      etag: validators.etag,
      lastModified: validators.lastModified,
      lastFetchedAt: fetchedAt,
      siteUrl: 'https://example.com/news',
      language: 'fr',
    });
  });

  it('takes the title from the feed while the feed still shows its address', async () => {
    expect(feed.title).toBe('example.com');
    await store(updated([], { feed: { title: 'Example Daily' } }), addedAt + hour);
    expect((await currentFeed())?.title).toBe('Example Daily');
  });

  it('keeps a name the user gave, while following the feed’s own title underneath', async () => {
    await database().feeds.update(feed.id, { customTitle: 'Morning reading' });
    await store(updated([], { feed: { title: 'Example Daily' } }), addedAt + hour);
    const current = await currentFeed();
    expect(current && feedName(current)).toBe('Morning reading');
    expect(current?.title).toBe('Example Daily');
  });

  it('follows the feed when it renames itself', async () => {
    await store(updated([], { feed: { title: 'Example Daily' } }), addedAt + hour);
    await store(updated([], { feed: { title: 'Example Daily & Sunday' } }), addedAt + 2 * hour);
    const current = await currentFeed();
    expect(current && feedName(current)).toBe('Example Daily & Sunday');
  });

  it('stores the new address when the feed moved', async () => {
    const movedTo = 'https://feeds.example.com/main.xml';
    await store(updated([parsedArticle('a')], { movedTo }), addedAt + hour);

    expect((await currentFeed())?.url).toBe(movedTo);
    expect(toSubscriptions([(await currentFeed()) as FeedRecord])[0]?.url).toBe(movedTo);
    // Adding the new address now finds the feed already there.
    expect((await addFeed(database(), movedTo)).id).toBe(feed.id);
  });

  it('still stores the articles when the feed moved to an address another subscription already has', async () => {
    // The user follows both a site's home page and its feed; the home page's fetch finds (and moves to) that same feed.
    const target = await addFeed(database(), 'https://example.com/rss', addedAt);
    const outcome = updated([parsedArticle('a'), parsedArticle('b')], { movedTo: target.url });

    await expect(store(outcome, addedAt + hour)).resolves.toMatchObject({ added: 2 });
    expect(await database().articles.count()).toBe(2);
  });
});

describe('storePollResult when the feed moved and the server answered 304', () => {
  const movedTo = 'https://feeds.example.com/main.xml';
  const validators = { etag: '"v1"', lastModified: null };

  it('stores the new address, so the move is not lost while the server keeps answering 304', async () => {
    await store(updated([parsedArticle('a')], { validators }), addedAt + hour);

    await store({ kind: 'not-modified', validators, movedTo }, addedAt + 2 * hour);

    expect(await currentFeed()).toMatchObject({ url: movedTo, error: null, etag: '"v1"', lastFetchedAt: addedAt + 2 * hour });
    expect(toSubscriptions([(await currentFeed()) as FeedRecord])[0]?.url).toBe(movedTo);
    expect(await articlesOf()).toHaveLength(1);
  });

  it('keeps the old address when the new one is already followed', async () => {
    await addFeed(database(), movedTo, addedAt);

    await store({ kind: 'not-modified', validators, movedTo }, addedAt + hour);

    expect((await currentFeed())?.url).toBe(feedUrl);
  });
});

describe('storePollResult with a failure', () => {
  it('marks the feed with the error and keeps its articles, bodies and validators', async () => {
    const validators = { etag: '"v1"', lastModified: null };
    await store(updated([parsedArticle('a'), parsedArticle('b')], { validators, feed: { title: 'Example Daily' } }), addedAt + hour);
    const failedAt = addedAt + 2 * hour;

    await store({ kind: 'failed', error: 'Could not reach example.com: ECONNREFUSED', gone: false }, failedAt);

    expect(await currentFeed()).toMatchObject({
      error: 'Could not reach example.com: ECONNREFUSED',
      gone: 0,
      etag: '"v1"',
      title: 'Example Daily',
      lastFetchedAt: failedAt,
    });
    expect(await articlesOf()).toHaveLength(2);
    expect(await database().bodies.count()).toBe(2);
  });

  it('marks a feed the server declared gone, which then drops out of the subscriptions', async () => {
    await store({ kind: 'failed', error: 'The feed is gone (410)', gone: true }, addedAt + hour);

    const stored = (await currentFeed()) as FeedRecord;
    expect(stored.gone).toBe(1);
    expect(toSubscriptions([stored])).toEqual([]);
  });

  it('clears the error and keeps the validators when the server answers not-modified', async () => {
    const validators = { etag: '"v1"', lastModified: 'Tue, 04 Mar 2025 10:00:00 GMT' };
    await store(updated([parsedArticle('a')], { validators }), addedAt + hour);
    await store({ kind: 'failed', error: 'The server answered 502', gone: false }, addedAt + 2 * hour);

    await store({ kind: 'not-modified', validators }, addedAt + 3 * hour);

    expect(await currentFeed()).toMatchObject({ error: null, etag: validators.etag, lastModified: validators.lastModified, lastFetchedAt: addedAt + 3 * hour });
    expect(await articlesOf()).toHaveLength(1);
  });
});

describe('storePollResult for a feed removed while its fetch was in flight', () => {
  it.each<[string, FetchOutcome]>([
    ['updated', updated([parsedArticle('a'), parsedArticle('b')])],
    ['failed', { kind: 'failed', error: 'The server answered 500', gone: false }],
    ['not-modified', { kind: 'not-modified', validators: { etag: '"x"', lastModified: null } }],
  ])('stores nothing for a %s outcome', async (_kind, outcome) => {
    await removeFeed(database(), feed.id);

    const { added } = await store(outcome, addedAt + hour);

    expect(added).toBe(0);
    expect(await database().feeds.count()).toBe(0);
    expect(await database().articles.count()).toBe(0);
    expect(await database().bodies.count()).toBe(0);
  });
});
