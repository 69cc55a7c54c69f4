import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedPollResult } from '../../shared/model/feed';
import { createBackend, type Backend } from '../../electron/handlers/backend';
import { openDatabase, type TidingsDb } from '../../renderer/db/database';
import { addFeed, toSubscriptions } from '../../renderer/db/feeds';
import { storePollResult } from '../../renderer/db/ingest';
import { listArticles } from '../../renderer/db/queries';
import { startFeedServer, type FeedServer } from '../fixtures/loopback/feedServer';
import { frenchArticleTitle } from '../fixtures/loopback/frenchArticle';

// The real poller and feed pipeline against a publisher on 127.0.0.1, and what reaches the renderer's store.
describe('from a feed on the network to the store', () => {
  let server: FeedServer;
  let backend: Backend;
  let db: TidingsDb;
  let results: FeedPollResult[];

  beforeEach(async () => {
    server = await startFeedServer();
    db = openDatabase(`integration-${crypto.randomUUID()}`);
    results = [];
    backend = createBackend({
      emit: (event, payload) => {
        if (event === 'poller:result') results.push(payload as FeedPollResult);
      },
      appInfo: { name: 'Tidings', version: '0.0.0-test', platform: process.platform, shell: 'web' },
      openExternal: async () => false,
    });
  });

  afterEach(async () => {
    backend.poller.stop();
    db.close();
    await server.close();
  });

  /** What pressing Refresh does: the stored subscriptions go to the poller, then every feed is polled once. */
  async function pollAll(): Promise<void> {
    results = [];
    await backend.handlers['poller:subscribe']({ subscriptions: toSubscriptions(await db.feeds.toArray()) });
    await backend.handlers['poller:refresh']({});
    await backend.poller.whenIdle();
    for (const result of results) await storePollResult(db, result);
  }

  it('stores the French example article with its feed, text and language', async () => {
    const feed = await addFeed(db, server.url('/news.xml'));
    await pollAll();

    const stored = await db.feeds.get(feed.id);
    expect(stored?.title).toBe('Le Courrier du Monde');
    expect(stored?.error).toBeNull();
    const [article, ...others] = await listArticles(db, { kind: 'all' });
    expect(others).toHaveLength(0);
    expect(article?.title).toBe(frenchArticleTitle);
    expect(article?.url).toBe(server.url('/articles/austin-belousov'));
    expect(Date.parse(article?.published ?? '')).toBe(Date.parse('2024-06-26T08:30:00Z'));
    expect(article?.read).toBe(0);
    expect(article?.language).toBe('fr');
    expect(article?.languageConfidence).toBeGreaterThan(0.5);
    expect(article?.translationFrom).toBe('vi');
    const body = await db.bodies.get(article?.key ?? '');
    expect(body?.contentHtml).toContain('Lloyd Austin');
  });

  it('adds what is new on the next poll, and nothing twice', async () => {
    await addFeed(db, server.url('/news.xml'));
    await pollAll();
    server.publish({
      guid: 'later',
      title: 'Un autre article',
      html: '<p>Plus tard.</p>',
      published: new Date('2024-06-28T10:00:00Z'),
      path: '/articles/later',
    });
    await pollAll();
    await pollAll();
    const titles = (await listArticles(db, { kind: 'all' })).map((article) => article.title);
    expect(titles).toEqual(['Un autre article', frenchArticleTitle]);
  });

  it('marks each broken feed with its own error and stores the good one', async () => {
    const good = await addFeed(db, server.url('/science.xml'));
    const page = await addFeed(db, server.url('/page.html'));
    const missing = await addFeed(db, server.url('/nowhere.xml'));
    const broken = await addFeed(db, server.url('/broken.xml'));
    await pollAll();

    expect((await db.feeds.get(good.id))?.error).toBeNull();
    expect(await listArticles(db, { kind: 'feed', feedId: good.id })).toHaveLength(1);
    expect((await db.feeds.get(page.id))?.error).toMatch(/not a feed/i);
    expect((await db.feeds.get(missing.id))?.error).toMatch(/404/);
    expect((await db.feeds.get(broken.id))?.error).toBeTruthy();
  });

  it('keeps what a repaired feed needed mending with the feed, and forgets it once the feed reads cleanly', async () => {
    const feed = await addFeed(db, server.url('/repaired.xml'));
    await pollAll();
    const stored = await db.feeds.get(feed.id);
    expect(stored?.error).toBeNull();
    expect(stored?.warnings.join('\n')).toMatch(/unescaped “&”/);
    expect(stored?.warnings.join('\n')).toMatch(/&nbsp;/);
    // Stored as codes too, so that the sources pane words them in the reader's language.
    expect(stored?.warningMessages?.map((message) => message.code)).toEqual(['htmlEntities', 'bareAmpersands']);
    const [article] = await listArticles(db, { kind: 'feed', feedId: feed.id });
    expect(article?.excerpt).toBe('Milk & sugar first');

    await db.feeds.update(feed.id, { url: server.url('/science.xml') });
    await pollAll();
    expect((await db.feeds.get(feed.id))?.warnings).toEqual([]);
  });

  it('refuses a feed over the size the reader set, with the limit in the message, and reads it once allowed', async () => {
    const feed = await addFeed(db, server.url('/big.xml'));
    await backend.handlers['poller:configure']({ defaultIntervalMinutes: 30, maxFeedMegabytes: 1 });
    await pollAll();
    expect((await db.feeds.get(feed.id))?.error).toMatch(/too large \(over 1 MB\)/);
    expect(await listArticles(db, { kind: 'feed', feedId: feed.id })).toHaveLength(0);

    await backend.handlers['poller:configure']({ defaultIntervalMinutes: 30, maxFeedMegabytes: 5 });
    await pollAll();
    expect((await db.feeds.get(feed.id))?.error).toBeNull();
    expect((await db.articles.where('feedId').equals(feed.id).count())).toBe(1500);
  });

  it('keeps every stored article readable when the publisher is gone', async () => {
    const feed = await addFeed(db, server.url('/news.xml'));
    await pollAll();
    await server.close();
    await pollAll();
    expect((await db.feeds.get(feed.id))?.error).toMatch(/could not reach/i);
    const [article] = await listArticles(db, { kind: 'all' });
    expect((await db.bodies.get(article?.key ?? ''))?.contentHtml).toContain('Belousov');
  });
});
