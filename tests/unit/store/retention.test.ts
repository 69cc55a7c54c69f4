import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { storePollResult } from '../../../renderer/db/ingest';
import { markRead, setStarred } from '../../../renderer/db/marks';
import { applyRetention, readRetentionProgress, readRetentionRules, removedEarlier, setRetentionRules } from '../../../renderer/db/retention';
import { sweepBatch } from '../../../renderer/db/retentionSweep';
import { searchPage } from '../../../renderer/db/search/searchIndex';
import type { FeedRecord } from '../../../renderer/db/records';
import { runCleanup, startCleanupJob } from '../../../renderer/sync/cleanupJob';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';
import { recount, storedCounts } from './recount';

const day = 24 * 60 * 60_000;
const now = Date.UTC(2025, 5, 1);

let db: TidingsDb;
beforeEach(async () => {
  db = openDatabase(`retention-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  vi.useRealTimers();
  db.close();
  await db.delete();
});

const noPause = () => Promise.resolve();

/** A feed with one article a day, the newest `daysAgo[0]` days old; each article's words name it (`word-<id>`). */
async function feedWith(url: string, ages: readonly number[], prefix: string): Promise<FeedRecord> {
  const feed = await addFeed(db, url, now - 400 * day);
  const articles = ages.map((age, index) =>
    parsedArticle(`${prefix}${index}`, { title: `Story ${prefix}${index} zebra${prefix}${index}`, published: new Date(now - age * day).toISOString() }),
  );
  await storePollResult(db, pollResult(feed.id, feed.url, updated(articles), now - 400 * day));
  return (await db.feeds.get(feed.id)) as FeedRecord;
}

const keyOf = (feed: FeedRecord, articleId: string) => `${feed.id} ${articleId}`;
const ids = async (feed: FeedRecord) => (await db.articles.where('feedId').equals(feed.id).toArray()).map((row) => row.articleId).sort();
const range = (count: number, from = 0) => Array.from({ length: count }, (_, index) => from + index);

describe('retention on a populated store', () => {
  it('removes read articles older than 90 days with their bodies, counts and search entries, and keeps starred and unread ones', async () => {
    // Ages 0…199 days: 110 are older than 90 days.
    const feed = await feedWith('https://a.example/feed', range(200), 'a');
    const other = await feedWith('https://b.example/feed', range(120), 'b');
    await markRead(db, [...range(200).map((index) => keyOf(feed, `a${index}`)), ...range(60).map((index) => keyOf(other, `b${index}`))]);
    await setStarred(db, keyOf(feed, 'a150'), true);

    const run = await applyRetention(db, { now, pause: noPause });

    // a91…a199 are older than 90 days, read; a150 is starred. Only b0…b59, young, are read.
    expect(run.removed).toBe(108);
    const kept = await ids(feed);
    expect(kept).toHaveLength(92);
    expect(kept).toContain('a150');
    expect(kept).not.toContain('a91');
    expect(kept).toContain('a90');
    expect(await ids(other)).toHaveLength(120);
    expect(await db.bodies.count()).toBe(await db.articles.count());
    expect(await db.bodies.get(keyOf(feed, 'a120'))).toBeUndefined();
    expect(await storedCounts(db)).toEqual(await recount(db));
    const found = await searchPage(db, 'zebraa120', { feedIds: null, after: null, limit: 10 });
    expect(found).toEqual([]);
    expect((await searchPage(db, 'zebraa150', { feedIds: null, after: null, limit: 10 })).map((row) => row.articleId)).toEqual(['a150']);
  });

  it('removes unread articles too once the reader chose an age for them, never starred ones', async () => {
    const feed = await feedWith('https://a.example/feed', range(50), 'a');
    await setStarred(db, keyOf(feed, 'a45'), true);
    await setRetentionRules(db, { unreadDays: 30 });
    expect(await readRetentionRules(db)).toEqual({ readDays: 90, unreadDays: 30 });

    const run = await applyRetention(db, { now, pause: noPause });
    expect(run.removed).toBe(18); // a31…a49 but the starred a45
    expect(await ids(feed)).toContain('a45');
    expect(await storedCounts(db)).toEqual(await recount(db));
  });

  it('keeps only the newest N of a feed with a rule of its own, starred and unread ones always, and leaves other feeds to the app’s rule', async () => {
    const feed = await feedWith('https://a.example/feed', range(40), 'a');
    const other = await feedWith('https://b.example/feed', range(40), 'b');
    await db.feeds.update(feed.id, { keepLast: 10 });
    await markRead(db, [...range(40).filter((index) => index !== 30).map((index) => keyOf(feed, `a${index}`)), ...range(40).map((index) => keyOf(other, `b${index}`))]);
    await setStarred(db, keyOf(feed, 'a35'), true);

    await applyRetention(db, { now, pause: noPause });
    // The newest ten, the unread a30 and the starred a35.
    expect(await ids(feed)).toEqual(['a0', 'a1', 'a2', 'a3', 'a30', 'a35', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(await ids(other)).toHaveLength(40); // all younger than 90 days
    expect(await storedCounts(db)).toEqual(await recount(db));
  });

  it('lets a feed’s own rule keep read articles older than the app’s age', async () => {
    const feed = await feedWith('https://a.example/feed', range(5, 100), 'a');
    await db.feeds.update(feed.id, { keepLast: 50 });
    await markRead(db, range(5).map((index) => keyOf(feed, `a${index}`)));
    await applyRetention(db, { now, pause: noPause });
    expect(await ids(feed)).toHaveLength(5);
  });

  it('removes at most a batch per transaction, with a pause between them', async () => {
    const feed = await feedWith('https://a.example/feed', range(1_200, 100), 'a');
    await markRead(db, range(1_200).map((index) => keyOf(feed, `a${index}`)));
    const pause = vi.fn(noPause);
    const transaction = vi.spyOn(db, 'transaction');
    const run = await applyRetention(db, { now, pause });
    expect(run.removed).toBe(1_200);
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(Math.ceil(1_200 / sweepBatch));
    // The removals' transactions, and one that writes the feed's mark.
    expect(transaction.mock.calls.length).toBeGreaterThanOrEqual(Math.ceil(1_200 / sweepBatch));
    expect(await db.articles.count()).toBe(0);
    expect(await storedCounts(db)).toEqual(await recount(db));
  });

  it('walks past more articles of one time than a batch holds, keeping the unread among them', async () => {
    // A feed imported whole: 1,100 articles with one date, every tenth unread, then a few older and newer.
    const feed = await feedWith('https://a.example/feed', [...range(1_100).map(() => 200), 300, 301, 150], 'a');
    const unread = range(1_100).filter((index) => index % 10 === 0);
    await markRead(db, range(1_103).filter((index) => !unread.includes(index)).map((index) => keyOf(feed, `a${index}`)));
    const deletes = vi.spyOn(db.articles, 'bulkDelete');
    const run = await applyRetention(db, { now, pause: noPause });
    expect(run.removed).toBe(1_100 - unread.length + 3);
    expect(Math.max(...deletes.mock.calls.map(([keys]) => keys.length))).toBeLessThanOrEqual(sweepBatch);
    expect(await ids(feed)).toEqual(unread.map((index) => `a${index}`).sort());
    expect(await storedCounts(db)).toEqual(await recount(db));
  });

  it('looks next time only at what aged since, and at everything on a full pass (an old article marked read later)', async () => {
    const feed = await feedWith('https://a.example/feed', range(300), 'a');
    await markRead(db, range(200).map((index) => keyOf(feed, `a${index}`)));
    const first = await applyRetention(db, { now, pause: noPause });
    expect(first).toMatchObject({ full: true, removed: 109 });

    // Five days later: five more read articles have crossed the line; an old unread one is marked read meanwhile.
    await markRead(db, [keyOf(feed, 'a250')]);
    const second = await applyRetention(db, { now: now + 5 * day, pause: noPause });
    expect(second.full).toBe(false);
    expect(second.removed).toBe(5);
    expect(second.examined).toBeLessThanOrEqual(5);
    expect(await ids(feed)).toContain('a250');

    const full = await applyRetention(db, { now: now + 5 * day, pause: noPause, full: true });
    expect(full.removed).toBe(1);
    expect(await ids(feed)).not.toContain('a250');
    expect((await readRetentionProgress(db)).lastRun).toEqual({ at: now + 5 * day, removed: 1 });
    // A week after the last full pass, the next pass is a full one by itself.
    expect(await applyRetention(db, { now: now + 13 * day, pause: noPause })).toMatchObject({ full: true });
  });

  it('does not store again an article it removed that the feed still lists, but stores a new one', async () => {
    const feed = await feedWith('https://a.example/feed', [1, 100, 120, 130], 'a');
    await markRead(db, [keyOf(feed, 'a1'), keyOf(feed, 'a2')]);
    await applyRetention(db, { now, pause: noPause });
    const marked = (await db.feeds.get(feed.id)) as FeedRecord;
    expect(marked.removedThrough).toBe(now - 100 * day);
    expect(removedEarlier(marked, now - 120 * day)).toBe(true);

    // The next fetch lists the same three (after a restart main no longer remembers them), and a fresh one.
    const listed = [1, 100, 120, 130].map((age, index) => parsedArticle(`a${index}`, { title: `Story a${index}`, published: new Date(now - age * day).toISOString() }));
    const fresh = parsedArticle('new', { published: new Date(now).toISOString() });
    const { added } = await storePollResult(db, pollResult(feed.id, feed.url, updated([fresh, ...listed]), now));
    expect(added).toBe(1);
    // a3, old but unread, was kept all along.
    expect(await ids(feed)).toEqual(['a0', 'a3', 'new']);
    expect(await storedCounts(db)).toEqual(await recount(db));
  });

  it('keeps everything for ever when the reader says so', async () => {
    const feed = await feedWith('https://a.example/feed', range(30, 400), 'a');
    await markRead(db, range(30).map((index) => keyOf(feed, `a${index}`)));
    await setRetentionRules(db, { readDays: null });
    expect((await applyRetention(db, { now, pause: noPause })).removed).toBe(0);
  });
});

describe('the cleanup job', () => {
  it('runs once after a delay, then every few hours, and stops when told', async () => {
    const feed = await feedWith('https://a.example/feed', range(5, 200), 'a');
    await markRead(db, range(5).map((index) => keyOf(feed, `a${index}`)));
    vi.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout'] });
    const stop = startCleanupJob(db, { locks: null, firstRunMs: 1_000, everyMs: 60_000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(await db.articles.count()).toBe(5);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(async () => expect(await db.articles.count()).toBe(0));
    await runCleanup(db); // the pass under way, to its end
    stop();
    vi.useRealTimers();
  });

  it('shares a pass under way, and a full pass asked meanwhile follows it', async () => {
    const first = runCleanup(db);
    expect(runCleanup(db)).toBe(first);
    const full = runCleanup(db, { full: true });
    expect(full).not.toBe(first);
    await expect(full).resolves.toMatchObject({ full: true });
  });
});
