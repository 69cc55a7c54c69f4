import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { sizeWindow, withDocumentSize } from '../../../renderer/db/feedSize';
import { storePollResult } from '../../../renderer/db/ingest';
import { articlesPerWeek } from '../../../renderer/features/health/articlesPerWeek';
import type { FetchOutcome } from '../../../shared/model/feed';
import { noValidators, parsedArticle, pollResult, updated } from '../foundation/support/fixtures';

let db: TidingsDb;
beforeEach(async () => {
  db = openDatabase(`health-figures-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const day = 24 * 60 * 60_000;
const now = Date.UTC(2025, 2, 1);
const sized = (bytes: number): FetchOutcome => ({ ...updated([]), bytes }) as FetchOutcome;

describe('a feed’s average size', () => {
  it('is the mean of the documents read in full; a 304 or a failure leaves it as it was', async () => {
    const feed = await addFeed(db, 'https://a.example/feed', now);
    await storePollResult(db, pollResult(feed.id, feed.url, sized(1_000), now));
    await storePollResult(db, pollResult(feed.id, feed.url, sized(3_000), now + 1));
    await storePollResult(db, pollResult(feed.id, feed.url, { kind: 'not-modified', validators: noValidators }, now + 2));
    await storePollResult(db, pollResult(feed.id, feed.url, { kind: 'failed', error: 'Could not reach a.example', gone: false, reason: 'network' }, now + 3));
    expect(await db.feeds.get(feed.id)).toMatchObject({ averageBytes: 2_000, sizeReads: 2 });
  });

  it('is unknown until a result says how large it was', async () => {
    const feed = await addFeed(db, 'https://a.example/feed', now);
    await storePollResult(db, pollResult(feed.id, feed.url, updated([]), now));
    expect((await db.feeds.get(feed.id))?.averageBytes).toBeUndefined();
  });

  it('follows a feed that grew, over the last reads rather than all of them', () => {
    let feed = {};
    for (let read = 0; read < 100; read += 1) feed = withDocumentSize(feed, 1_000);
    expect(feed).toEqual({ averageBytes: 1_000, sizeReads: sizeWindow });
    for (let read = 0; read < sizeWindow * 3; read += 1) feed = withDocumentSize(feed, 50_000);
    expect((feed as { averageBytes: number }).averageBytes).toBeGreaterThan(47_500);
  });
});

describe('articles a week', () => {
  it('counts what each feed published over the last four weeks', async () => {
    const busy = await addFeed(db, 'https://busy.example/feed', now - 90 * day);
    const quiet = await addFeed(db, 'https://quiet.example/feed', now - 90 * day);
    const silent = await addFeed(db, 'https://silent.example/feed', now - 90 * day);
    // Two a day for 40 days: 56 of them in the last 28 days.
    const daily = Array.from({ length: 80 }, (_, index) => parsedArticle(`b${index}`, { published: new Date(now - index * (day / 2) - 1).toISOString() }));
    await storePollResult(db, pollResult(busy.id, busy.url, updated(daily), now));
    const rare = [parsedArticle('q1', { published: new Date(now - 3 * day).toISOString() }), parsedArticle('q2', { published: new Date(now - 60 * day).toISOString() })];
    await storePollResult(db, pollResult(quiet.id, quiet.url, updated(rare), now));

    const perWeek = await articlesPerWeek(db, [busy.id, quiet.id, silent.id], now);
    expect(perWeek).toEqual(new Map([[busy.id, 14], [quiet.id, 0.25], [silent.id, 0]]));
  });
});
