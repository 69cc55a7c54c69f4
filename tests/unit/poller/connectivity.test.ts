import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createBackend } from '../../../electron/handlers/backend';
import { ConnectivityMonitor, manualProbe, pollingProbe, RoundEvidence } from '../../../electron/poller/connectivity';
import { Poller, type PollerOptions } from '../../../electron/poller/poller';
import type { Connectivity } from '../../../shared/model/connectivity';
import type { FeedErrorKind, FetchOutcome, Subscription } from '../../../shared/model/feed';
import { eventRecorder } from '../foundation/support/events';
import { noValidators, subscription, updated } from '../foundation/support/fixtures';
import { gatedFetch } from '../foundation/support/gatedFetch';

const minute = 60_000;
const intervalMs = 30 * minute;
const start = Date.UTC(2025, 0, 15, 9, 0, 0);

const notModified: FetchOutcome = { kind: 'not-modified', validators: noValidators };
const failed = (reason: FeedErrorKind): FetchOutcome => ({ kind: 'failed', error: `Could not reach the host (${reason})`, gone: false, reason });
const refused = failed('network');

type FetchFn = PollerOptions['fetch'];
const fetchedIds = (fetch: Mock<FetchFn>): string[] => fetch.mock.calls.map(([s]) => s.feedId);
const flush = () => vi.advanceTimersByTimeAsync(0);

/** A fetch that answers by feed, through a table the test changes as the network comes and goes. */
function networkFetch(answers: Record<string, FetchOutcome>, fallback: FetchOutcome) {
  return vi.fn<FetchFn>(async (s: Subscription) => answers[s.feedId] ?? fallback);
}

let pollers: Poller[] = [];
let monitors: ConnectivityMonitor[] = [];

function setup(fetch: FetchFn, probe = manualProbe()) {
  const recorder = eventRecorder();
  const connectivity = new ConnectivityMonitor(probe, () => Date.now());
  const changes: Connectivity[] = [];
  connectivity.onChange((state) => changes.push(state));
  const poller = new Poller({ fetch, emit: recorder.emit, intervalMs, jitterShare: 0, now: () => Date.now(), connectivity });
  pollers.push(poller);
  monitors.push(connectivity);
  return { poller, recorder, connectivity, changes, probe };
}

/** Two feeds on one host and one on another: a round over them all reaches two hosts. */
const threeFeeds = () => [
  subscription('a1', null, { url: 'https://a.example/1.xml' }),
  subscription('a2', null, { url: 'https://a.example/2.xml' }),
  subscription('b', null, { url: 'https://b.example/feed.xml' }),
];

beforeEach(() => {
  vi.useFakeTimers({ now: start });
});

afterEach(() => {
  for (const poller of pollers) poller.stop();
  for (const monitor of monitors) monitor.dispose();
  pollers = [];
  monitors = [];
  vi.useRealTimers();
});

describe('the round rule', () => {
  it('judges a round whose fetches all failed to connect, on two hosts, offline; one that reached a server online', () => {
    const offline = new RoundEvidence<string>();
    offline.hold('a.example', 'a');
    offline.hold('b.example', 'b');
    expect(offline.end()).toEqual({ unreachable: true, held: [] });

    const reached = new RoundEvidence<string>();
    reached.hold('a.example', 'a');
    expect(reached.serverReached()).toEqual(['a']);
    reached.hold('b.example', 'b');
    expect(reached.end()).toEqual({ unreachable: false, held: ['b'] });
  });

  it('takes failures on one host alone for that host being down, not the network', () => {
    const round = new RoundEvidence<string>();
    round.hold('a.example', 'a1');
    round.hold('a.example', 'a2');
    expect(round.end()).toEqual({ unreachable: false, held: ['a1', 'a2'] });
  });
});

describe('ConnectivityMonitor', () => {
  it('follows the system probe, and the system coming back clears a round’s verdict too', () => {
    const probe = manualProbe(true);
    const monitor = new ConnectivityMonitor(probe, () => Date.now());
    monitors.push(monitor);
    const changes: Connectivity[] = [];
    monitor.onChange((state) => changes.push(state));

    monitor.noServerReached();
    expect(monitor.current).toEqual({ state: 'offline', why: 'unreachable', since: start });
    probe.set(false);
    expect(monitor.current).toMatchObject({ state: 'offline', why: 'system' });
    // A fetch answering while the system says there is no network does not overrule it.
    monitor.serverReached();
    expect(monitor.current).toMatchObject({ state: 'offline', why: 'system' });
    probe.set(true);
    expect(monitor.current).toEqual({ state: 'online' });
    expect(changes.map((state) => (state.state === 'online' ? 'online' : state.why))).toEqual(['unreachable', 'system', 'online']);
  });

  it('starts offline when the system says so at once', () => {
    const monitor = new ConnectivityMonitor(manualProbe(false), () => start);
    monitors.push(monitor);
    expect(monitor.current).toEqual({ state: 'offline', why: 'system', since: start });
  });

  it('reads a probe without events every few seconds, and at once when woken', () => {
    let systemOnline = true;
    let wake: () => void = () => undefined;
    const probe = pollingProbe(
      () => systemOnline,
      5_000,
      (listener) => {
        wake = listener;
        return () => undefined;
      },
    );
    const monitor = new ConnectivityMonitor(probe, () => Date.now());
    monitors.push(monitor);
    systemOnline = false;
    expect(monitor.isOffline).toBe(false);
    vi.advanceTimersByTime(5_000);
    expect(monitor.current).toMatchObject({ state: 'offline', why: 'system' });
    systemOnline = true;
    wake();
    expect(monitor.current).toEqual({ state: 'online' });
  });
});

describe('the poller offline', () => {
  it('goes offline after a round where every fetch failed to connect, and marks no feed failing', async () => {
    const fetch = networkFetch({}, refused);
    const { poller, recorder, changes } = setup(fetch);
    poller.subscribe(threeFeeds());
    await poller.whenIdle();

    expect(changes).toEqual([{ state: 'offline', why: 'unreachable', since: start }]);
    expect(recorder.results()).toEqual([]);
    expect(recorder.progress().at(-1)).toMatchObject({ running: false });
  });

  it('stays online when one fetch of the round reached a server, and the others’ failures are delivered as theirs', async () => {
    const fetch = networkFetch({ b: notModified }, failed('dns'));
    const { poller, recorder, connectivity } = setup(fetch);
    poller.subscribe(threeFeeds());
    await poller.whenIdle();

    expect(connectivity.current).toEqual({ state: 'online' });
    const outcomes = Object.fromEntries(recorder.results().map((result) => [result.feedId, result.outcome.kind]));
    expect(outcomes).toEqual({ a1: 'failed', a2: 'failed', b: 'not-modified' });
  });

  it('counts an answer that is an error (500, not a feed) as a server reached', async () => {
    const fetch = networkFetch({ b: failed('http') }, failed('timeout'));
    const { poller, recorder, connectivity } = setup(fetch);
    poller.subscribe(threeFeeds());
    await poller.whenIdle();
    expect(connectivity.isOffline).toBe(false);
    expect(recorder.results()).toHaveLength(3);
  });

  it('delivers failures to connect on one host alone as that feed’s failures', async () => {
    const fetch = networkFetch({}, refused);
    const { poller, recorder, connectivity } = setup(fetch);
    poller.subscribe([subscription('a1', null, { url: 'https://a.example/1.xml' }), subscription('a2', null, { url: 'https://a.example/2.xml' })]);
    await poller.whenIdle();
    expect(connectivity.isOffline).toBe(false);
    expect(recorder.results().map((result) => result.outcome.kind)).toEqual(['failed', 'failed']);
  });

  it('takes two servers of one machine (two ports) for one host', async () => {
    const fetch = networkFetch({}, refused);
    const { poller, recorder, connectivity } = setup(fetch);
    poller.subscribe([subscription('one', null, { url: 'http://127.0.0.1:8001/feed.xml' }), subscription('two', null, { url: 'http://127.0.0.1:8002/feed.xml' })]);
    await poller.whenIdle();
    expect(connectivity.isOffline).toBe(false);
    expect(recorder.results()).toHaveLength(2);
  });

  it('starts nothing on schedule while offline, tries one feed a minute from another host each time, and fetches all that fell due once one answers', async () => {
    const answers: Record<string, FetchOutcome> = {};
    const fetch = networkFetch(answers, refused);
    const { poller, recorder, connectivity } = setup(fetch);
    poller.subscribe(threeFeeds());
    await poller.whenIdle();
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(connectivity.awaitsServer).toBe(true);

    await vi.advanceTimersByTimeAsync(minute);
    await vi.advanceTimersByTimeAsync(minute);
    const probes = fetchedIds(fetch).slice(3);
    expect(probes).toHaveLength(2);
    expect(new Set(probes.map((id) => id.startsWith('a') ? 'a' : 'b')).size).toBe(2);
    // Probing is quiet: no progress line every minute, and no failure stored.
    expect(recorder.progress().at(-1)).toMatchObject({ running: false });
    expect(recorder.results()).toEqual([]);

    answers.a1 = notModified;
    answers.a2 = notModified;
    answers.b = notModified;
    await vi.advanceTimersByTimeAsync(minute);
    await poller.whenIdle();
    expect(connectivity.current).toEqual({ state: 'online' });
    // The probe's own answer, then every feed that fell due meanwhile, at once.
    expect(fetchedIds(fetch).slice(5).sort()).toEqual(['a1', 'a2', 'b']);
    expect(recorder.results().map((result) => result.feedId).sort()).toEqual(['a1', 'a2', 'b']);
  });

  it('tries a feed at once when the reader asks for a refresh while no server could be reached', async () => {
    const answers: Record<string, FetchOutcome> = {};
    const fetch = networkFetch(answers, refused);
    const { poller, connectivity } = setup(fetch);
    poller.subscribe(threeFeeds());
    await poller.whenIdle();
    answers.b = notModified;
    answers.a1 = notModified;
    answers.a2 = notModified;
    expect(poller.refresh()).toBe(0);
    await flush();
    await poller.whenIdle();
    expect(connectivity.isOffline).toBe(false);
    expect(fetch.mock.calls.length).toBeGreaterThan(3);
  });

  it('pauses while the system says offline, drops the failures of fetches in flight, and resumes at once when it is back', async () => {
    const gate = gatedFetch();
    const { poller, recorder, probe } = setup(gate.fetch);
    poller.subscribe(threeFeeds());
    expect(gate.running).toBe(3);

    probe.set(false);
    gate.take('a1').resolve(refused);
    gate.take('a2').resolve(refused);
    gate.take('b').resolve(updated([]));
    await poller.whenIdle();
    // The answer that came is stored; the failures say only that the network went.
    expect(recorder.results().map((result) => result.feedId)).toEqual(['b']);
    await vi.advanceTimersByTimeAsync(intervalMs * 2);
    expect(gate.fetch).toHaveBeenCalledTimes(3);
    expect(poller.refresh()).toBe(0);

    probe.set(true);
    await flush();
    // a1 and a2 never got a fetch that counted: they are due, and fetched now; b is due too after two intervals.
    expect(gate.fetchedIds().slice(3).sort()).toEqual(['a1', 'a2', 'b']);
  });

  it('leaves a storage-full pause in force when the network comes back, and the other way round', async () => {
    const fetch = networkFetch({}, notModified);
    const { poller, probe } = setup(fetch);
    poller.subscribe(threeFeeds());
    await poller.whenIdle();
    poller.pause(true);
    probe.set(false);
    probe.set(true);
    await vi.advanceTimersByTimeAsync(intervalMs * 2);
    expect(fetch).toHaveBeenCalledTimes(3);
    probe.set(false);
    poller.pause(false);
    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(fetch).toHaveBeenCalledTimes(3);
    probe.set(true);
    await poller.whenIdle();
    expect(fetch).toHaveBeenCalledTimes(6);
  });
});

describe('the backend’s connectivity', () => {
  it('answers app:readConnectivity and pushes app:connectivity on every change', async () => {
    const recorder = eventRecorder();
    const probe = manualProbe(true);
    const backend = createBackend({ emit: recorder.emit, appInfo: { name: 'Tidings', version: '1', platform: 'linux', shell: 'web' }, openExternal: async () => false, fetch: async () => notModified, systemNetwork: probe });
    pollers.push(backend.poller);
    monitors.push(backend.connectivity);
    await expect(backend.handlers['app:readConnectivity']({})).resolves.toEqual({ state: 'online' });
    probe.set(false);
    await expect(backend.handlers['app:readConnectivity']({})).resolves.toMatchObject({ state: 'offline', why: 'system' });
    probe.set(true);
    const pushed = recorder.events.flatMap((recorded) => (recorded.event === 'app:connectivity' ? [recorded.payload.state] : []));
    expect(pushed).toEqual(['offline', 'online']);
  });
});
