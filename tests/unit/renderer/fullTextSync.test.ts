import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { newFeedRecord } from '../../../renderer/db/feeds';
import { storePollResults } from '../../../renderer/db/ingest';
import type { FeedRecord, FullTextSetting } from '../../../renderer/db/records';
import { startFullTextSync, type FullTextSyncOptions } from '../../../renderer/sync/fullTextSync';
import type { Bridge } from '../../../shared/ipc/contract';
import type { ParsedArticle } from '../../../shared/model/article';
import type { FullTextAnswer } from '../../../shared/model/fullText';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';

// The window's background fetcher of whole articles: which articles it asks main for, and what it stores.

const now = Date.UTC(2024, 6, 1);

function feed(id: string, fullText: FullTextSetting): FeedRecord {
  return { ...newFeedRecord(`https://${id}.example/feed.xml`, { addedAt: now - 86_400_000, id }), fullText };
}

/** An article of `feedId`, a summary or not, published `minutesAgo`. */
function article(feedId: string, id: string, summaryOnly: boolean, minutesAgo = 10): ParsedArticle {
  return parsedArticle(id, {
    url: `https://${feedId}.example/articles/${id}`,
    contentHtml: `<p>Summary of ${id}.</p>`,
    published: new Date(now - minutesAgo * 60_000).toISOString(),
    summaryOnly,
  });
}

const wholePage = (url: string): FullTextAnswer => ({
  kind: 'extracted',
  html: `<p>The whole of ${url}, much longer than its summary.</p>`,
  url,
  language: 'en',
  canonicalUrl: null,
  siteName: 'Example',
  textLength: 400,
});

function mainProcess(answer: (url: string) => Promise<FullTextAnswer> = async (url) => wholePage(url)) {
  const asked: Array<{ url: string; background?: boolean }> = [];
  let failing = false;
  const bridge: Bridge = {
    invoke: async (channel, request) => {
      if (channel !== 'article:fullText') throw new Error(`Not expected here: ${channel}`);
      if (failing) throw new Error('main is restarting');
      const { url, background } = request as { url: string; background?: boolean };
      asked.push({ url, background });
      return (await answer(url)) as never;
    },
    on: () => () => undefined,
  };
  return { bridge, asked, fail: (value: boolean) => (failing = value) };
}

let db: TidingsDb;
let stops: Array<() => void> = [];
let count = 0;

beforeEach(() => {
  count += 1;
  db = openDatabase(`full-text-sync-${count}`);
  stops = [];
});

afterEach(async () => {
  for (const stop of stops) stop();
  await db.delete();
});

function start(bridge: Bridge, options: FullTextSyncOptions = {}): void {
  stops.push(startFullTextSync(db, bridge, { locks: null, settleMs: 5, now: () => now, ...options }));
}

async function store(feedId: string, articles: ParsedArticle[]): Promise<void> {
  await storePollResults(db, [pollResult(feedId, `https://${feedId}.example/feed.xml`, updated(articles), now)]);
}

const fullTextOf = async (feedId: string, id: string) => (await db.bodies.get(`${feedId} ${id}`))?.fullText ?? null;

describe('startFullTextSync', () => {
  it('catches up on the newest articles: every article of feeds set to always, only the summaries under auto, none under never', async () => {
    await db.feeds.bulkAdd([feed('auto', 'auto'), feed('always', 'always'), feed('never', 'never')]);
    await store('auto', [article('auto', 'cut', true), article('auto', 'whole', false)]);
    await store('always', [article('always', 'any', false)]);
    await store('never', [article('never', 'cut', true)]);
    const main = mainProcess();
    start(main.bridge);
    await vi.waitFor(async () => expect(await fullTextOf('always', 'any')).not.toBeNull());
    await vi.waitFor(async () => expect(await fullTextOf('auto', 'cut')).not.toBeNull());
    expect(await fullTextOf('auto', 'cut')).toEqual({
      html: '<p>The whole of https://auto.example/articles/cut, much longer than its summary.</p>',
      url: 'https://auto.example/articles/cut',
      fetchedAt: now,
      language: 'en',
      canonicalUrl: null,
      siteName: 'Example',
    });
    expect(main.asked.map((request) => request.url).sort()).toEqual(['https://always.example/articles/any', 'https://auto.example/articles/cut']);
    expect(main.asked.every((request) => request.background === true)).toBe(true);
    expect(await fullTextOf('auto', 'whole')).toBeNull();
    expect(await fullTextOf('never', 'cut')).toBeNull();
  });

  it('fetches the summaries a feed gains later, and a feed’s newest when its setting comes to ask for them', async () => {
    await db.feeds.bulkAdd([feed('auto', 'auto'), feed('never', 'never')]);
    await store('never', [article('never', 'old', true, 60)]);
    const main = mainProcess();
    start(main.bridge);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(main.asked).toEqual([]);
    await store('auto', [article('auto', 'new', true)]);
    await vi.waitFor(async () => expect(await fullTextOf('auto', 'new')).not.toBeNull());
    await db.feeds.update('never', { fullText: 'always' });
    await vi.waitFor(async () => expect(await fullTextOf('never', 'old')).not.toBeNull());
    expect(main.asked).toHaveLength(2);
  });

  it('fetches the summaries of every feed a batch grew, read together, and none of a feed set to never', async () => {
    await db.feeds.bulkAdd([feed('first', 'auto'), feed('second', 'always'), feed('never', 'never')]);
    const main = mainProcess();
    start(main.bridge);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await storePollResults(db, [
      pollResult('first', 'https://first.example/feed.xml', updated([article('first', 'cut', true), article('first', 'whole', false)]), now),
      pollResult('second', 'https://second.example/feed.xml', updated([article('second', 'any', false)]), now),
      pollResult('never', 'https://never.example/feed.xml', updated([article('never', 'cut', true)]), now),
    ]);
    await vi.waitFor(async () => expect(await fullTextOf('first', 'cut')).not.toBeNull());
    await vi.waitFor(async () => expect(await fullTextOf('second', 'any')).not.toBeNull());
    expect(main.asked.map((request) => request.url).sort()).toEqual(['https://first.example/articles/cut', 'https://second.example/articles/any']);
  });

  it('reads under auto the summaries stored before summaries were told apart, once they are found to be', async () => {
    await db.feeds.add(feed('auto', 'auto'));
    const teaser = parsedArticle('older', {
      url: 'https://auto.example/articles/older',
      contentHtml: '<p>The opening of the story. <a href="https://auto.example/articles/older">Continue reading</a></p>',
      published: new Date(now - 2 * 86_400_000).toISOString(),
    });
    await storePollResults(db, [pollResult('auto', 'https://auto.example/feed.xml', updated([teaser]), now - 86_400_000)]);
    expect((await db.articles.get('auto older'))?.summaryOnly).toBeUndefined();
    const main = mainProcess();
    start(main.bridge);
    await vi.waitFor(async () => expect(await fullTextOf('auto', 'older')).not.toBeNull());
    expect((await db.articles.get('auto older'))?.summaryOnly).toBe(1);
  });

  it('stores nothing from a page that reads no longer than the feed, and asks for it once', async () => {
    await db.feeds.add(feed('auto', 'auto'));
    await store('auto', [article('auto', 'teaser', true)]);
    const main = mainProcess(async (url) => ({ ...wholePage(url), textLength: 5 }));
    start(main.bridge);
    await vi.waitFor(() => expect(main.asked).toHaveLength(1));
    await store('auto', [article('auto', 'teaser', true), article('auto', 'other', false)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await fullTextOf('auto', 'teaser')).toBeNull();
    expect(main.asked).toHaveLength(1);
  });

  it('waits and asks again when the main process does not answer', async () => {
    await db.feeds.add(feed('always', 'always'));
    await store('always', [article('always', 'one', false)]);
    const main = mainProcess();
    main.fail(true);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let clock = now;
    start(main.bridge, { retryMs: 30, now: () => clock });
    await new Promise((resolve) => setTimeout(resolve, 20));
    main.fail(false);
    clock += 31;
    await vi.waitFor(async () => expect(await fullTextOf('always', 'one')).not.toBeNull());
    vi.restoreAllMocks();
  });
});
