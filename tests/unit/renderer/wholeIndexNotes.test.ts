import 'fake-indexeddb/auto';
import Dexie, { liveQuery, RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { feedWriteOf } from '../../../renderer/db/feedWrites';
import type { FeedRecord } from '../../../renderer/db/records';
import { wholeIndexNotes } from '../../../renderer/sync/wholeIndexNotes';

const opened: TidingsDb[] = [];
const stops: Array<() => void> = [];

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function open(name: string, whole: boolean): TidingsDb {
  const db = openDatabase(name);
  if (whole) db.use(wholeIndexNotes);
  opened.push(db);
  return db;
}

/** The notes Dexie hands every window once each transaction has committed. */
function notes(): ObservabilitySet[] {
  const seen: ObservabilitySet[] = [];
  const listener = (parts: ObservabilitySet) => void seen.push(parts);
  Dexie.on('storagemutated', listener);
  stops.push(() => Dexie.on('storagemutated').unsubscribe(listener));
  return seen;
}

/** Two feeds written anew in one transaction of a few rows, as a refresh's last small batch is. */
async function writeTwoFeeds(db: TidingsDb): Promise<FeedRecord[]> {
  const feeds = [await addFeed(db, 'https://a.example/feed'), await addFeed(db, 'https://b.example/feed')];
  const seen = notes();
  await db.transaction('rw', db.feeds, () => db.feeds.bulkPut(feeds.map((feed) => ({ ...feed, title: `${feed.title} (read again)` }))));
  expect(seen.length).toBeGreaterThan(0);
  return feeds;
}

describe('the writer worker’s notes of its writes', () => {
  it('name a whole index for a write of a few rows, where Dexie’s own name each value, and keep the rows’ keys', async () => {
    const exact = open('notes-exact', false);
    const seenExact = notes();
    await writeTwoFeeds(exact);
    const exactNote = seenExact.at(-1) as ObservabilitySet;
    expect(rangesOverlap(exactNote[`idb://notes-exact/feeds/url`] as RangeSet, new RangeSet('https://never.example/feed'))).toBe(false);

    const whole = open('notes-whole', true);
    const seenWhole = notes();
    const feeds = await writeTwoFeeds(whole);
    const note = seenWhole.at(-1) as ObservabilitySet;
    const indexParts = Object.entries(note).filter(([part]) => !/\/(:dels)?$/.test(part));
    expect(indexParts.map(([part]) => part)).toContain('idb://notes-whole/feeds/url');
    for (const [part, ranges] of indexParts) {
      // One range from the lowest key to the highest: what a window merges in one step, whatever was written.
      expect('from' in ranges && [ranges.from, ranges.l ?? null, ranges.r ?? null], part).toEqual([-Infinity, null, null]);
      expect(rangesOverlap(ranges as RangeSet, new RangeSet('https://never.example/feed')), part).toBe(true);
    }
    const rows = note['idb://notes-whole/feeds/'] as RangeSet;
    for (const feed of feeds) expect(rangesOverlap(rows, new RangeSet(feed.id))).toBe(true);
    expect(rangesOverlap(rows, new RangeSet('a feed never written'))).toBe(false);
  });

  it('tell a window’s query over an index of a row the worker added', async () => {
    const writer = open('notes-index', true);
    const reader = openDatabase('notes-index');
    opened.push(reader);
    const seen: number[] = [];
    const subscription = liveQuery(() => reader.feeds.where('url').startsWith('https://').count()).subscribe((count) => seen.push(count));
    stops.push(() => subscription.unsubscribe());
    await expect.poll(() => seen.at(-1)).toBe(0);
    await addFeed(writer, 'https://a.example/feed');
    await expect.poll(() => seen.at(-1)).toBe(1);
  });

  it('still tell a window’s live query of the row it reads, changed', async () => {
    const writer = open('notes-live', true);
    const feed = await addFeed(writer, 'https://a.example/feed');
    const reader = openDatabase('notes-live');
    opened.push(reader);
    const titles: string[] = [];
    const subscription = liveQuery(() => reader.feeds.get(feed.id)).subscribe((row) => row && titles.push(row.title));
    stops.push(() => subscription.unsubscribe());
    await expect.poll(() => titles.length).toBe(1);
    await writer.feeds.put({ ...feed, title: 'Renamed by the publisher' });
    await expect.poll(() => titles.at(-1)).toBe('Renamed by the publisher');
  });

  it('keep the keys of the feed rows a transaction wrote, for the window that wrote them', async () => {
    const db = open('notes-own', true);
    const seen = notes();
    const feeds = await writeTwoFeeds(db);
    const own = feedWriteOf(seen.at(-1) as ObservabilitySet);
    expect(own?.keyed).toBe(true);
    expect([...(own?.keys ?? [])].sort()).toEqual(feeds.map((feed) => feed.id).sort());
  });
});
