import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../../electron/handlers/backend';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { storePollResults, type Stored } from '../../../renderer/db/ingest';
import { useUi } from '../../../renderer/state/store';
import { ingestInThread } from '../../../renderer/sync/ingestChannel';
import { startPollerSync } from '../../../renderer/sync/pollerSync';
import { readPending } from '../../../renderer/sync/resultWriter';
import type { WriterLocks } from '../../../renderer/sync/writerElection';
import type { Bridge, EventChannel, EventContract } from '../../../shared/ipc/contract';
import type { DeliveredPollResult, FetchOutcome, Subscription } from '../../../shared/model/feed';
import { parsedArticle, updated } from '../foundation/support/fixtures';

/** Web Locks as the browser grants them: one holder per name, the others waiting in line until it lets go. */
function fifoLocks(): WriterLocks {
  const lines = new Map<string, Array<{ granted: () => Promise<void>; done: (value: unknown) => void; signal: AbortSignal }>>();
  const held = new Set<string>();
  function grantNext(name: string): void {
    const next = lines.get(name)?.shift();
    if (!next) return;
    held.add(name);
    void next
      .granted()
      .then(next.done)
      .finally(() => {
        held.delete(name);
        grantNext(name);
      });
  }
  return {
    request(name, { signal }, granted) {
      return new Promise((done, fail) => {
        const line = lines.get(name) ?? [];
        lines.set(name, line);
        const entry = { granted, done, signal };
        line.push(entry);
        signal.addEventListener('abort', () => {
          const index = line.indexOf(entry);
          if (index < 0) return;
          line.splice(index, 1);
          fail(new DOMException('The request was aborted', 'AbortError'));
        });
        if (!held.has(name)) grantNext(name);
      });
    },
  };
}

/** The main process's real handlers, with windows attached to its events as the preload bridge attaches them. */
function mainProcess(fetch: (subscription: Subscription) => Promise<FetchOutcome>) {
  const windows = new Set<Map<EventChannel, Set<(payload: never) => void>>>();
  const backend: Backend = createBackend({
    emit: (event, payload) => {
      for (const listeners of windows) for (const listener of listeners.get(event) ?? []) listener(structuredClone(payload) as never);
    },
    appInfo: { name: 'Tidings', version: '0.0.0-test', platform: 'linux', shell: 'desktop' },
    openExternal: async () => false,
    fetch,
  });
  function openWindow(): { bridge: Bridge; close: () => void } {
    const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
    windows.add(listeners);
    const bridge: Bridge = {
      invoke: (channel, request) => (backend.handlers[channel] as (request: unknown) => Promise<never>)(structuredClone(request)),
      on: <E extends EventChannel>(event: E, listener: (payload: EventContract[E]) => void) => {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener as (payload: never) => void);
        return () => set.delete(listener as (payload: never) => void);
      },
    };
    return { bridge, close: () => windows.delete(listeners) };
  }
  return { backend, openWindow };
}

/** A fetch that answers each feed with one article of its own, except the feeds held back until released. */
function publisher(heldBack: ReadonlySet<string> = new Set()) {
  const waiting = new Map<string, () => void>();
  const fetch = async (subscription: Subscription): Promise<FetchOutcome> => {
    const name = new URL(subscription.url).hostname;
    if (heldBack.has(name)) await new Promise<void>((resolve) => waiting.set(name, resolve));
    return updated([parsedArticle(`${name}-1`)]);
  };
  return { fetch, release: (name: string) => waiting.get(name)?.() };
}

let databases: TidingsDb[] = [];
let stops: Array<() => void> = [];
let backends: Backend[] = [];

beforeEach(() => {
  databases = [];
  stops = [];
  backends = [];
});

afterEach(async () => {
  for (const stop of stops) stop();
  for (const backend of backends) backend.poller.stop();
  for (const db of databases) db.close();
  useUi.setState({ storageFull: false });
  vi.restoreAllMocks();
});

function open(name: string): TidingsDb {
  const db = openDatabase(name);
  databases.push(db);
  return db;
}

/** A window: the database opened, and poller sync started as renderer/main.tsx starts it. */
function startWindow(
  main: ReturnType<typeof mainProcess>,
  name: string,
  options: { locks: WriterLocks | null; store?: (db: TidingsDb, results: DeliveredPollResult[]) => Promise<Stored> },
) {
  const db = open(name);
  const window = main.openWindow();
  const stored: number[] = [];
  let storing = 0;
  const store = options.store ?? storePollResults;
  const stop = startPollerSync(db, window.bridge, {
    locks: options.locks,
    writer: { batchMs: 10 },
    ingest: (into) => ({
      ...ingestInThread(into),
      store: async (results) => {
        storing += 1;
        const answer = await store(into, results.map(readPending));
        storing -= 1;
        stored.push(...results.map((result) => result.delivery));
        return answer;
      },
    }),
  });
  const close = () => {
    stop();
    window.close();
  };
  stops.push(close);
  return { db, stored, close, storing: () => storing > 0 };
}

const articleCount = (db: TidingsDb) => db.articles.count();

describe('one writer per database', () => {
  it('lets only the lock holder store; when it closes mid-refresh, the next window takes over and stores every result', async () => {
    const name = `sync-${crypto.randomUUID()}`;
    const feeds = publisher(new Set(['late.example']));
    const main = mainProcess(feeds.fetch);
    backends.push(main.backend);
    const setup = open(name);
    for (const host of ['early.example', 'other.example', 'late.example']) await addFeed(setup, `https://${host}/feed.xml`);

    const locks = fifoLocks();
    // The first window is closed while it stores the late feed's result: that store never completes.
    const first = startWindow(main, name, {
      locks,
      store: (db, results) => (results.some((result) => result.url.includes('late.example')) ? new Promise(() => undefined) : storePollResults(db, results)),
    });
    const second = startWindow(main, name, { locks });
    // Refresh, as the ⟳ button does, once the windows have sent the subscriptions.
    await vi.waitFor(async () => expect(await main.backend.handlers['poller:refresh']({})).toEqual({ started: 3 }));

    await vi.waitFor(async () => expect(await articleCount(first.db)).toBe(2));
    expect(first.stored).toHaveLength(2);
    expect(second.stored).toEqual([]);
    // The reader sees what the writer stored.
    expect(await articleCount(second.db)).toBe(2);

    feeds.release('late.example');
    await vi.waitFor(() => expect(first.storing()).toBe(true));
    first.close();
    await vi.waitFor(async () => expect(await articleCount(second.db)).toBe(3));
    expect(second.stored).toHaveLength(1);
    await vi.waitFor(() => expect(main.backend.poller.deliveries.heldCount).toBe(0));
  });

  it('makes a window the writer where the Web Locks API is missing', async () => {
    const name = `sync-${crypto.randomUUID()}`;
    const main = mainProcess(publisher().fetch);
    backends.push(main.backend);
    await addFeed(open(name), 'https://only.example/feed.xml', 0);
    const window = startWindow(main, name, { locks: null });
    await vi.waitFor(async () => expect(await articleCount(window.db)).toBe(1));
    await vi.waitFor(() => expect(main.backend.poller.deliveries.heldCount).toBe(0));
  });
});

describe('a full disk', () => {
  it('raises one message for the app, pauses polling, and once there is room stores, clears the message and resumes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const name = `sync-${crypto.randomUUID()}`;
    const main = mainProcess(publisher().fetch);
    backends.push(main.backend);
    await addFeed(open(name), 'https://one.example/feed.xml', 0);
    await addFeed(open(name), 'https://two.example/feed.xml', 0);

    let full = true;
    const window = startWindow(main, name, {
      locks: null,
      store: async (db, results) => {
        if (full) throw Object.assign(new Error('QuotaExceededError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
        return storePollResults(db, results);
      },
    });
    await vi.waitFor(() => expect(useUi.getState().storageFull).toBe(true));
    await vi.waitFor(() => expect(main.backend.poller.isPaused).toBe(true));
    expect(await main.backend.handlers['poller:refresh']({})).toEqual({ started: 0 });
    expect(main.backend.poller.deliveries.heldCount).toBe(2);
    const feeds = await window.db.feeds.toArray();
    expect(feeds.map((feed) => feed.error)).toEqual([null, null]);

    full = false;
    useUi.getState().retryStoring();
    await vi.waitFor(() => expect(useUi.getState().storageFull).toBe(false));
    expect(await articleCount(window.db)).toBe(2);
    await vi.waitFor(() => expect(main.backend.poller.isPaused).toBe(false));
    await vi.waitFor(() => expect(main.backend.poller.deliveries.heldCount).toBe(0));
  });
});
