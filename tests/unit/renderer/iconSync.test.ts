import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { newFeedRecord } from '../../../renderer/db/feeds';
import type { FeedRecord } from '../../../renderer/db/records';
import { iconRefreshMs, needsIcon, startIconSync, type IconSyncOptions } from '../../../renderer/sync/iconSync';
import type { WriterLocks } from '../../../renderer/sync/writerElection';
import type { Bridge, FeedIconAnswer, FeedIconSources } from '../../../shared/ipc/contract';

const now = Date.UTC(2024, 6, 1);
const day = 24 * 3_600_000;
const iconOf = (host: string) => `data:image/png;base64,${Buffer.from(host).toString('base64')}`;

/** A feed as stored after reads; by default read once and its icon never looked for. */
function feed(host: string, overrides: Partial<FeedRecord> = {}): FeedRecord {
  return {
    ...newFeedRecord(`https://${host}/feed.xml`, { addedAt: now - 90 * day, id: host }),
    siteUrl: `https://${host}/`,
    lastSucceededAt: now - day,
    ...overrides,
  };
}

/** The main process's side of `feeds:icon`: answers each feed's host after `answer` lets it, counting what is asked. */
function mainProcess(answer: (sources: FeedIconSources) => Promise<FeedIconAnswer> = async (sources) => ({ dataUrl: iconOf(new URL(sources.feedUrl).host) })) {
  const asked: FeedIconSources[] = [];
  let running = 0;
  let most = 0;
  const bridge: Bridge = {
    invoke: async (channel, request) => {
      if (channel !== 'feeds:icon') throw new Error(`Not expected here: ${channel}`);
      const sources = request as FeedIconSources;
      asked.push(sources);
      running += 1;
      most = Math.max(most, running);
      try {
        return (await answer(sources)) as never;
      } finally {
        running -= 1;
      }
    },
    on: () => () => undefined,
  };
  return { bridge, asked, most: () => most };
}

let db: TidingsDb;
let stops: Array<() => void> = [];
let count = 0;

beforeEach(() => {
  count += 1;
  db = openDatabase(`icon-sync-${count}`);
  stops = [];
});

afterEach(() => {
  for (const stop of stops) stop();
  db.close();
  vi.restoreAllMocks();
});

function start(bridge: Bridge, options: IconSyncOptions = {}, on: TidingsDb = db): void {
  stops.push(startIconSync(on, bridge, { locks: null, settleMs: 5, flushMs: 5, now: () => now, ...options }));
}

const iconsStored = async () => Object.fromEntries((await db.feeds.toArray()).map((row) => [row.id, { icon: row.icon, checkedAt: row.iconCheckedAt }]));

describe('needsIcon', () => {
  it('is true for a feed read at least once whose icon was never looked for, or not for 30 days', () => {
    expect(needsIcon(feed('a.example'), now)).toBe(true);
    expect(needsIcon(feed('a.example', { iconCheckedAt: now - iconRefreshMs }), now)).toBe(true);
    expect(needsIcon(feed('a.example', { iconCheckedAt: now - iconRefreshMs + 1 }), now)).toBe(false);
    // Not read yet: its first read tells its site and its icon.
    expect(needsIcon(feed('a.example', { lastSucceededAt: null }), now)).toBe(false);
    expect(needsIcon(feed('a.example', { unsubscribedAt: now - 1 }), now)).toBe(false);
  });
});

describe('startIconSync', () => {
  it("stores the icons of the feeds that need one, with when they were looked for, sending what the feed says", async () => {
    await db.feeds.bulkAdd([
      feed('a.example', { details: { ...newFeedRecord('https://x/', { addedAt: 0 }).details, iconUrl: 'https://a.example/icon.png', imageUrl: 'https://a.example/logo.png' } }),
      feed('b.example'),
      feed('unread.example', { lastSucceededAt: null }),
      feed('recent.example', { iconCheckedAt: now - day }),
    ]);
    const main = mainProcess();
    start(main.bridge);
    await vi.waitFor(async () => expect((await db.feeds.get('b.example'))?.iconCheckedAt).toBe(now));
    await vi.waitFor(async () => expect((await db.feeds.get('a.example'))?.iconCheckedAt).toBe(now));
    expect(await iconsStored()).toEqual({
      'a.example': { icon: iconOf('a.example'), checkedAt: now },
      'b.example': { icon: iconOf('b.example'), checkedAt: now },
      'unread.example': { icon: null, checkedAt: null },
      'recent.example': { icon: null, checkedAt: now - day },
    });
    expect(main.asked).toEqual(
      expect.arrayContaining([
        { iconUrl: 'https://a.example/icon.png', imageUrl: 'https://a.example/logo.png', siteUrl: 'https://a.example/', feedUrl: 'https://a.example/feed.xml' },
        { iconUrl: null, imageUrl: null, siteUrl: 'https://b.example/', feedUrl: 'https://b.example/feed.xml' },
      ]),
    );
    expect(main.asked).toHaveLength(2);
  });

  it('asks a few at a time, each feed once, however often the list changes meanwhile', async () => {
    const hosts = Array.from({ length: 12 }, (_, index) => `site${index}.example`);
    await db.feeds.bulkAdd(hosts.map((host) => feed(host)));
    const main = mainProcess(async (sources) => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      return { dataUrl: iconOf(new URL(sources.feedUrl).host) };
    });
    start(main.bridge, { concurrency: 3 });
    // The feeds keep changing while icons are asked for, as during a refresh.
    for (let round = 0; round < 5; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await db.feeds.update('site0.example', { lastFetchedAt: now + round });
    }
    await vi.waitFor(async () => expect((await db.feeds.toArray()).every((row) => row.icon === iconOf(row.id))).toBe(true));
    expect(main.most()).toBe(3);
    expect(main.asked.map((sources) => new URL(sources.feedUrl).host).sort()).toEqual([...hosts].sort());
  });

  it('looks again after 30 days, and keeps the icon it had when none is found then', async () => {
    await db.feeds.bulkAdd([
      feed('kept.example', { icon: iconOf('old'), iconCheckedAt: now - iconRefreshMs - 1 }),
      feed('undrawable.example', { icon: iconOf('older'), iconCheckedAt: now - 40 * day }),
      feed('none.example'),
    ]);
    const main = mainProcess(async (sources) =>
      sources.feedUrl.includes('undrawable') ? { dataUrl: 'data:image/png;base64,AAAA' } : { none: 'No icon found for this feed (Not found)' },
    );
    // The window's decoding refuses what Chromium cannot draw.
    start(main.bridge, { storable: async (dataUrl) => (dataUrl.endsWith('AAAA') ? null : dataUrl) });
    await vi.waitFor(async () => expect((await db.feeds.toArray()).every((row) => row.iconCheckedAt === now)).toBe(true));
    expect(await iconsStored()).toEqual({
      'kept.example': { icon: iconOf('old'), checkedAt: now },
      'undrawable.example': { icon: iconOf('older'), checkedAt: now },
      'none.example': { icon: null, checkedAt: now },
    });
  });

  it('writes nothing when the main process does not answer, and asks again later', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await db.feeds.bulkAdd([feed('a.example'), feed('b.example')]);
    let reachable = false;
    const main = mainProcess(async (sources) => {
      if (!reachable) throw new Error('No such channel: feeds:icon');
      return { dataUrl: iconOf(new URL(sources.feedUrl).host) };
    });
    // Long enough that a loaded machine checks what the failure left before the retry comes.
    start(main.bridge, { concurrency: 1, retryMs: 500 });
    await vi.waitFor(() => expect(main.asked.length).toBeGreaterThan(0));
    expect(await iconsStored()).toEqual({ 'a.example': { icon: null, checkedAt: null }, 'b.example': { icon: null, checkedAt: null } });
    // After one failure the rest waits for the retry, rather than failing feed after feed.
    expect(main.asked).toHaveLength(1);
    reachable = true;
    await vi.waitFor(async () => expect((await db.feeds.toArray()).every((row) => row.icon === iconOf(row.id))).toBe(true), { timeout: 5_000 });
  });

  it('looks for the icon of a feed added later, once it has been read', async () => {
    const main = mainProcess();
    start(main.bridge);
    await db.feeds.add(feed('new.example', { lastSucceededAt: null }));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(main.asked).toHaveLength(0);
    await db.feeds.update('new.example', { lastSucceededAt: now });
    await vi.waitFor(async () => expect((await db.feeds.get('new.example'))?.icon).toBe(iconOf('new.example')));
  });

  it('lets one window per database look, the next taking over when it closes', async () => {
    // Web Locks as the browser grants them: the first to ask holds the name, the next waits until it lets go.
    const waiting = new Map<string, Array<() => void>>();
    const locks: WriterLocks = {
      request: async (name, { signal }, granted) => {
        if (waiting.has(name)) await new Promise<void>((resolve) => waiting.get(name)?.push(resolve));
        else waiting.set(name, []);
        try {
          if (!signal.aborted) await granted();
        } finally {
          const next = waiting.get(name)?.shift();
          if (next) next();
          else waiting.delete(name);
        }
      },
    };
    await db.feeds.bulkAdd([feed('a.example')]);
    const first = mainProcess();
    const second = mainProcess();
    const other = openDatabase(db.name);
    start(first.bridge, { locks });
    start(second.bridge, { locks }, other);
    stops.push(() => other.close());
    await vi.waitFor(async () => expect((await db.feeds.get('a.example'))?.icon).toBe(iconOf('a.example')));
    expect(second.asked).toHaveLength(0);
    // The first window closes; a feed added then is the second window's to look for.
    stops[0]?.();
    await db.feeds.add(feed('b.example'));
    await vi.waitFor(async () => expect((await db.feeds.get('b.example'))?.icon).toBe(iconOf('b.example')));
    expect(second.asked.map((sources) => sources.feedUrl)).toEqual(['https://b.example/feed.xml']);
  });
});
