import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { Poller, type PollerOptions } from '../../../electron/poller/poller';
import type { FetchOutcome } from '../../../shared/model/feed';
import { eventRecorder } from './support/events';
import { noValidators, subscription, updated } from './support/fixtures';
import { gatedFetch } from './support/gatedFetch';

const minute = 60_000;
const intervalMs = 30 * minute;
const start = Date.UTC(2025, 0, 15, 9, 0, 0);

const notModified: FetchOutcome = { kind: 'not-modified', validators: noValidators };

type FetchFn = PollerOptions['fetch'];
const answering = (outcome: FetchOutcome) => vi.fn<FetchFn>(async () => outcome);
const fetchedIds = (fetch: Mock<FetchFn>): string[] => fetch.mock.calls.map(([s]) => s.feedId);

/** Lets settled fetches run through the poller's promise chain without moving the clock. */
const flush = () => vi.advanceTimersByTimeAsync(0);

let pollers: Poller[] = [];

function makePoller(options: Partial<PollerOptions> & Pick<PollerOptions, 'fetch'>) {
  const recorder = eventRecorder();
  // Without jitter, so that due times are exact; pollPolicy.test.ts covers the jitter.
  const poller = new Poller({ intervalMs, jitterShare: 0, now: () => Date.now(), emit: recorder.emit, ...options });
  pollers.push(poller);
  return { poller, recorder };
}

beforeEach(() => {
  vi.useFakeTimers({ now: start });
});

afterEach(() => {
  for (const poller of pollers) poller.stop();
  pollers = [];
  vi.useRealTimers();
});

describe('Poller schedule', () => {
  it('polls feeds that are overdue at subscribe time at once, and no others', async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });

    const scheduled = poller.subscribe([
      subscription('never', null),
      subscription('overdue', start - intervalMs - 1),
      subscription('just-due', start - intervalMs),
      subscription('fresh', start - minute),
    ]);
    await poller.whenIdle();

    expect(scheduled).toBe(4);
    expect(fetchedIds(fetch).sort()).toEqual(['just-due', 'never', 'overdue']);
  });

  it('polls a feed that is not yet due once its interval has passed, not before', async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });
    const fetchedTenMinutesAgo = start - 10 * minute;

    poller.subscribe([subscription('a', fetchedTenMinutesAgo)]);
    await vi.advanceTimersByTimeAsync(20 * minute - 1);
    expect(fetch).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetchedIds(fetch)).toEqual(['a']);
  });

  it('keeps polling every interval after a fetch', async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('a', null)]);
    await flush();
    expect(fetch).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(intervalMs - 1);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("polls a feed with an interval of its own on that interval, and the others on the default", async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('hourly', start, { intervalMinutes: 60 }), subscription('quarterly', start, { intervalMinutes: 15 }), subscription('default', start)]);
    await vi.advanceTimersByTimeAsync(15 * minute);
    expect(fetchedIds(fetch)).toEqual(['quarterly']);
    await vi.advanceTimersByTimeAsync(15 * minute);
    expect(fetchedIds(fetch).sort()).toEqual(['default', 'quarterly', 'quarterly']);
    await vi.advanceTimersByTimeAsync(30 * minute);
    expect(fetchedIds(fetch).filter((id) => id === 'hourly')).toHaveLength(1);
  });

  it("waits as long as the publisher asked, as stored, from the first check after a restart", async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });

    // ttl 120 min, stored by the renderer when the feed was last read; the poller itself has never fetched it.
    poller.subscribe([subscription('slow', start - 40 * minute, { publisherIntervalSeconds: 7200 })]);
    await flush();
    expect(fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(80 * minute);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('moves every feed on the default to a new default at once, from its last fetch', async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('a', start - 20 * minute), subscription('own', start - 20 * minute, { intervalMinutes: 30 })]);
    await flush();
    expect(fetch).not.toHaveBeenCalled();
    poller.setDefaultInterval(15 * minute);
    await flush();
    expect(fetchedIds(fetch)).toEqual(['a']);
  });

  it('makes the next scheduled fetch conditional on what the last one learnt, at the address the feed moved to', async () => {
    const learnt = { etag: '"v2"', lastModified: 'Wed, 15 Jan 2025 09:00:00 GMT' };
    const fetch = vi
      .fn<FetchFn>()
      .mockResolvedValueOnce(updated([], { validators: learnt, movedTo: 'https://new.example/feed.xml' }))
      .mockResolvedValue(notModified);
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('a', null, { url: 'https://old.example/feed.xml' })]);
    await flush();
    await vi.advanceTimersByTimeAsync(intervalMs);

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]?.[0]).toMatchObject({ feedId: 'a', url: 'https://new.example/feed.xml', validators: learnt });
  });

  it('follows a permanent move that ended in a 304, so a server that keeps answering 304 is asked at its new address', async () => {
    const fetch = vi
      .fn<FetchFn>()
      .mockResolvedValueOnce({ kind: 'not-modified', validators: noValidators, movedTo: 'https://new.example/feed.xml' })
      .mockResolvedValue(notModified);
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('a', null, { url: 'https://old.example/feed.xml' })]);
    await flush();
    await vi.advanceTimersByTimeAsync(intervalMs);

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]?.[0].url).toBe('https://new.example/feed.xml');
  });

  it('does not move a feed onto an address another subscription already polls, as the store does not', async () => {
    const fetch = vi.fn<FetchFn>(async ({ feedId }) => (feedId === 'home' ? updated([], { movedTo: 'https://feed.example/feed.xml' }) : notModified));
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('home', null, { url: 'https://home.example/' }), subscription('feed', null)]);
    await flush();
    await vi.advanceTimersByTimeAsync(intervalMs);

    expect(fetch.mock.calls.filter(([s]) => s.feedId === 'home').map(([s]) => s.url)).toEqual(['https://home.example/', 'https://home.example/']);
  });

  it("takes the renderer's validators on subscribe, so a result that never reached a window is fetched in full next time", async () => {
    const fetch = answering(updated([], { validators: { etag: '"learnt"', lastModified: null } }));
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('a', null)]);
    await poller.whenIdle();
    expect(fetch).toHaveBeenCalledTimes(1);

    // No window stored that result: the renderer still has no validators and no fetch time for the feed.
    poller.subscribe([subscription('a', null, { validators: noValidators })]);
    await flush();
    // Not at once: the poller knows it has just fetched the feed, so a list sent before results are stored costs nothing.
    expect(fetch).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]?.[0].validators).toEqual(noValidators);
  });

  it('keeps the schedule going when a fetch never ends', async () => {
    const gate = gatedFetch();
    const { poller } = makePoller({ fetch: gate.fetch });
    poller.subscribe([subscription('stuck', null), subscription('fine', null)]);
    gate.take('fine').resolve(notModified);
    await flush();
    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(gate.fetchedIds().filter((id) => id === 'fine')).toHaveLength(2);
  });

  it('starts nothing more once stopped, not even what was queued', async () => {
    const gate = gatedFetch();
    const { poller } = makePoller({ fetch: gate.fetch, concurrency: 1 });
    poller.subscribe([subscription('first', null), subscription('queued', null)]);
    poller.stop();
    gate.take('first').resolve(notModified);
    await flush();
    expect(gate.fetchedIds()).toEqual(['first']);
  });

  it('no longer polls a feed removed from the list', async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('kept', start), subscription('removed', start)]);
    poller.subscribe([subscription('kept', start)]);
    await vi.advanceTimersByTimeAsync(3 * intervalMs);

    expect(fetchedIds(fetch)).toEqual(['kept', 'kept', 'kept']);
  });

  it('does not fetch a feed removed while it waited in the queue', async () => {
    const gate = gatedFetch();
    const { poller } = makePoller({ fetch: gate.fetch, concurrency: 1 });

    poller.subscribe([subscription('first', null), subscription('queued', null)]);
    expect(gate.fetchedIds()).toEqual(['first']);
    poller.subscribe([subscription('first', null)]);
    gate.take('first').resolve(notModified);
    await poller.whenIdle();

    expect(gate.fetchedIds()).toEqual(['first']);
  });

  it('stop() ends the schedule', async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('a', start - 10 * minute), subscription('b', start)]);
    poller.stop();
    await vi.advanceTimersByTimeAsync(5 * intervalMs);

    expect(fetch).not.toHaveBeenCalled();
  });

  it('stop() while a fetch is in flight lets it finish but schedules nothing after it', async () => {
    const gate = gatedFetch();
    const { poller, recorder } = makePoller({ fetch: gate.fetch });

    poller.subscribe([subscription('a', null)]);
    poller.stop();
    gate.take('a').resolve(notModified);
    await poller.whenIdle();
    await vi.advanceTimersByTimeAsync(5 * intervalMs);

    expect(recorder.results()).toHaveLength(1);
    expect(gate.fetch).toHaveBeenCalledTimes(1);
  });
});

describe('Poller refresh', () => {
  it('polls every subscribed feed now when no ids are given', async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });
    poller.subscribe([subscription('a', start), subscription('b', start)]);

    const started = poller.refresh();
    await poller.whenIdle();

    expect(started).toBe(2);
    expect(fetchedIds(fetch).sort()).toEqual(['a', 'b']);
  });

  it('polls only the feeds asked for, and ignores ids it was never given', async () => {
    const fetch = answering(notModified);
    const { poller } = makePoller({ fetch });
    poller.subscribe([subscription('a', start), subscription('b', start)]);

    const started = poller.refresh(['b', 'unknown']);
    await poller.whenIdle();

    expect(started).toBe(1);
    expect(fetchedIds(fetch)).toEqual(['b']);
  });

  it('fetches a feed whose fetch is in flight once more after that fetch ends, never twice at once', async () => {
    const gate = gatedFetch();
    const { poller, recorder } = makePoller({ fetch: gate.fetch });
    poller.subscribe([subscription('a', null)]);
    expect(gate.fetch).toHaveBeenCalledTimes(1);

    expect(poller.refresh(['a'])).toBe(1);
    poller.refresh(['a']); // asking again while it is in flight still means one more fetch, not two
    await flush();
    expect(gate.fetch).toHaveBeenCalledTimes(1);

    gate.take('a').resolve(updated([], { validators: { etag: '"first"', lastModified: null } }));
    await flush();
    poller.deliveries.acknowledge(recorder.results().map((result) => result.delivery)); // as the window that stores them does
    expect(gate.fetch).toHaveBeenCalledTimes(2);
    // The second fetch asks for what changed since the first.
    expect(gate.fetch.mock.calls[1]?.[0].validators.etag).toBe('"first"');

    gate.take('a').resolve(notModified);
    await poller.whenIdle();

    expect(gate.fetch).toHaveBeenCalledTimes(2);
    expect(gate.maxRunning).toBe(1);
    expect(recorder.results().map((result) => result.outcome.kind)).toEqual(['updated', 'not-modified']);
  });

  it('whenIdle() waits for the extra fetch a refresh asked for', async () => {
    const gate = gatedFetch();
    const { poller } = makePoller({ fetch: gate.fetch });
    poller.subscribe([subscription('a', null)]);
    poller.refresh(['a']);

    let idle = false;
    void poller.whenIdle().then(() => (idle = true));
    gate.take('a').resolve(notModified);
    await flush();
    expect(idle).toBe(false);

    gate.take('a').resolve(notModified);
    await flush();
    expect(idle).toBe(true);
  });
});

describe('Poller concurrency', () => {
  it('never has more fetches in flight than the limit, and fetches every feed once', async () => {
    const gate = gatedFetch();
    const { poller } = makePoller({ fetch: gate.fetch, concurrency: 2 });
    const ids = ['a', 'b', 'c', 'd', 'e'];

    poller.subscribe(ids.map((id) => subscription(id, null)));
    expect(gate.running).toBe(2);

    // Settle out of order, one at a time.
    while (gate.pending.length > 0) {
      const last = gate.pending[gate.pending.length - 1];
      last?.resolve(notModified);
      await flush();
      expect(gate.running).toBeLessThanOrEqual(2);
    }
    await poller.whenIdle();

    expect(gate.maxRunning).toBe(2);
    expect(gate.fetchedIds().sort()).toEqual(ids);
  });

  it('keeps to the limit when a refresh adds feeds while a batch is running', async () => {
    const gate = gatedFetch();
    const { poller } = makePoller({ fetch: gate.fetch, concurrency: 3 });
    poller.subscribe(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => subscription(id, start)));

    poller.refresh(['a', 'b']);
    poller.refresh();
    poller.refresh(['a']);
    while (gate.pending.length > 0) {
      gate.pending[0]?.resolve(notModified);
      await flush();
    }
    await poller.whenIdle();

    expect(gate.maxRunning).toBe(3);
    // a and b were in flight when everything was asked for, so they are fetched once more; the rest once.
    const counts = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, gate.fetchedIds().filter((f) => f === id).length]));
    expect(counts).toEqual({ a: 2, b: 2, c: 1, d: 1, e: 1, f: 1 });
  });
});

describe('Poller failures', () => {
  it('turns a fetch that throws into a failed result for that feed, while the others complete', async () => {
    const fetch = vi.fn<FetchFn>(async (s) => {
      if (s.feedId === 'rejects') throw new Error('socket hang up');
      return updated([], { validators: { etag: `"${s.feedId}"`, lastModified: null } });
    });
    const { poller, recorder } = makePoller({ fetch });

    poller.subscribe([subscription('ok-1', null), subscription('rejects', null), subscription('ok-2', null)]);
    await poller.whenIdle();

    const byFeed = new Map(recorder.results().map((result) => [result.feedId, result]));
    expect(byFeed.size).toBe(3);
    expect(byFeed.get('rejects')?.outcome).toMatchObject({ kind: 'failed', gone: false });
    const failure = byFeed.get('rejects')?.outcome;
    expect(failure?.kind === 'failed' && failure.error).toContain('socket hang up');
    expect(byFeed.get('ok-1')?.outcome.kind).toBe('updated');
    expect(byFeed.get('ok-2')?.outcome.kind).toBe('updated');
  });

  it('survives a fetch function that throws synchronously or throws something that is not an Error', async () => {
    const fetch = vi.fn<FetchFn>((s) => {
      if (s.feedId === 'sync') throw new TypeError('bad address');
      if (s.feedId === 'string') return Promise.reject('offline');
      return Promise.resolve(notModified);
    });
    const { poller, recorder } = makePoller({ fetch });

    poller.subscribe([subscription('sync', null), subscription('string', null), subscription('fine', null)]);
    await poller.whenIdle();

    const outcomes = Object.fromEntries(recorder.results().map((result) => [result.feedId, result.outcome]));
    expect(outcomes.sync).toMatchObject({ kind: 'failed', error: expect.stringContaining('bad address') });
    expect(outcomes.string).toMatchObject({ kind: 'failed', error: expect.stringContaining('offline') });
    expect(outcomes.fine).toEqual(notModified);
  });

  it('tries a failed feed again on the schedule', async () => {
    const fetch = answering({ kind: 'failed', error: 'The server answered 500', gone: false });
    const { poller } = makePoller({ fetch });

    poller.subscribe([subscription('a', null)]);
    await flush();
    await vi.advanceTimersByTimeAsync(intervalMs);

    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('Poller results and progress', () => {
  it('reports each fetch with its feed, address, time and outcome', async () => {
    const outcome = updated([], { validators: { etag: '"x"', lastModified: null } });
    const { poller, recorder } = makePoller({ fetch: async () => outcome });

    poller.subscribe([subscription('a', null, { url: 'https://a.example/rss' })]);
    await poller.whenIdle();

    expect(recorder.results()).toEqual([{ feedId: 'a', url: 'https://a.example/rss', fetchedAt: start, delivery: 1, outcome }]);
  });

  it('reports running/done/total as a batch goes, ending with running:false', async () => {
    const gate = gatedFetch();
    const { poller, recorder } = makePoller({ fetch: gate.fetch, concurrency: 2 });

    poller.subscribe(['a', 'b', 'c'].map((id) => subscription(id, null)));
    expect(recorder.progress().at(-1)).toEqual({ running: true, done: 0, total: 3 });

    gate.take('a').resolve(notModified);
    await flush();
    expect(recorder.progress().at(-1)).toEqual({ running: true, done: 1, total: 3 });

    gate.take('b').reject(new Error('boom'));
    await flush();
    gate.take('c').resolve(notModified);
    await poller.whenIdle();

    const progress = recorder.progress();
    expect(progress.at(-1)).toEqual({ running: false, done: 3, total: 3 });
    expect(progress.slice(0, -1).every((step) => step.running)).toBe(true);
    for (const [index, step] of progress.entries()) {
      expect(step.done).toBeLessThanOrEqual(step.total);
      if (index > 0) expect(step.done).toBeGreaterThanOrEqual(progress[index - 1]?.done ?? 0);
    }
  });

  it('counts a refresh during a running batch into that batch, and starts afresh for the next one', async () => {
    const gate = gatedFetch();
    const { poller, recorder } = makePoller({ fetch: gate.fetch, concurrency: 1 });
    poller.subscribe([subscription('a', null), subscription('b', start)]);
    expect(recorder.progress().at(-1)).toEqual({ running: true, done: 0, total: 1 });

    poller.refresh(['b']);
    expect(recorder.progress().at(-1)).toEqual({ running: true, done: 0, total: 2 });
    gate.take('a').resolve(notModified);
    await flush();
    gate.take('b').resolve(notModified);
    await poller.whenIdle();
    expect(recorder.progress().at(-1)).toEqual({ running: false, done: 2, total: 2 });

    poller.refresh(['a']);
    expect(recorder.progress().at(-1)).toEqual({ running: true, done: 0, total: 1 });
    gate.take('a').resolve(notModified);
    await poller.whenIdle();
    expect(recorder.progress().at(-1)).toEqual({ running: false, done: 1, total: 1 });
  });

  it('whenIdle() resolves at once when nothing is queued', async () => {
    const { poller } = makePoller({ fetch: async () => notModified });
    await expect(poller.whenIdle()).resolves.toBeUndefined();
  });
});

describe('Poller politeness', () => {
  it('never has more than two fetches in flight to one host, and lets other hosts through meanwhile', async () => {
    const gate = gatedFetch();
    const { poller } = makePoller({ fetch: gate.fetch, concurrency: 8 });
    poller.subscribe([
      subscription('slow-1', null, { url: 'https://slow.example/1.xml' }),
      subscription('slow-2', null, { url: 'https://slow.example/2.xml' }),
      subscription('slow-3', null, { url: 'https://slow.example/3.xml' }),
      subscription('other', null, { url: 'https://other.example/feed.xml' }),
    ]);
    expect(gate.fetchedIds().sort()).toEqual(['other', 'slow-1', 'slow-2']);
    gate.take('slow-1').resolve(notModified);
    await flush();
    expect(gate.fetchedIds()).toContain('slow-3');
  });

  it('stops polling a feed the server says is gone', async () => {
    const fetch = answering({ kind: 'failed', error: 'The feed is gone (410)', gone: true });
    const { poller } = makePoller({ fetch });
    poller.subscribe([subscription('gone', null)]);
    await flush();
    await vi.advanceTimersByTimeAsync(10 * intervalMs);
    expect(poller.refresh()).toBe(0);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps a Retry-After even when the user asks for a refresh', async () => {
    const fetch = answering({ kind: 'failed', error: 'Too many requests', gone: false, retryAfterSeconds: 3600 });
    const { poller } = makePoller({ fetch });
    poller.subscribe([subscription('busy', null)]);
    await flush();
    expect(poller.refresh()).toBe(0);
    await vi.advanceTimersByTimeAsync(3600_000);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('Poller paused while the disk is full', () => {
  it('starts no fetch while paused; what was in flight ends and is pushed; resumed, it fetches what fell due', async () => {
    const gate = gatedFetch();
    const { poller, recorder } = makePoller({ fetch: gate.fetch, concurrency: 1 });
    poller.subscribe([subscription('in-flight', null), subscription('queued', null)]);
    expect(gate.fetchedIds()).toEqual(['in-flight']);

    poller.pause(true);
    gate.take('in-flight').resolve(notModified);
    await flush();
    expect(recorder.results().map((result) => result.feedId)).toEqual(['in-flight']);
    expect(poller.refresh()).toBe(0);
    await vi.advanceTimersByTimeAsync(2 * intervalMs);
    expect(gate.fetchedIds()).toEqual(['in-flight']);
    expect(recorder.progress().at(-1)).toMatchObject({ running: false });

    poller.pause(false);
    expect(gate.running).toBe(1);
    while (gate.pending.length > 0) {
      gate.pending[0]?.resolve(notModified);
      await flush();
    }
    // The queued feed was never fetched, and the other one was fetched two intervals ago: both are due.
    expect(gate.fetchedIds().sort()).toEqual(['in-flight', 'in-flight', 'queued']);
  });
});
