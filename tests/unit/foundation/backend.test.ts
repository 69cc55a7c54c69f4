import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type BackendOptions } from '../../../electron/handlers/backend';
import { commandIds } from '../../../shared/commands/commandTable';
import { menuNames, standardMenuWords, type MenuWords } from '../../../shared/commands/menuWords';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { FetchOutcome, Subscription } from '../../../shared/model/feed';
import { eventRecorder } from './support/events';
import { noValidators, subscription, updated } from './support/fixtures';

// The network fetch is replaced in every test; the real pipeline must not even be reached.
const networkFetch = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../electron/feeds/fetchFeed', () => ({
  tidingsUserAgent: (version: string) => `Tidings/${version}`,
  fetchFeed: async () => {
    networkFetch.calls += 1;
    throw new Error('the network fetch was reached');
  },
}));

const appInfo: AppInfo = { name: 'Tidings', version: '9.8.7', platform: 'linux', shell: 'web' };
const notModified: FetchOutcome = { kind: 'not-modified', validators: noValidators };

const backends: Array<ReturnType<typeof createBackend>> = [];

function makeBackend(overrides: Partial<BackendOptions> = {}) {
  const recorder = eventRecorder();
  const openExternal = vi.fn(async (_url: string) => true);
  const fetch = vi.fn(async (_subscription: Subscription): Promise<FetchOutcome> => notModified);
  const backend = createBackend({ emit: recorder.emit, appInfo, openExternal, fetch, ...overrides });
  backends.push(backend);
  return { backend, handlers: backend.handlers, recorder, openExternal, fetch };
}

afterEach(() => {
  for (const backend of backends.splice(0)) backend.poller.stop();
  expect(networkFetch.calls).toBe(0);
});

describe('shell:openExternal', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'mailto:a@example.com', 'smb://host/share', 'not a url'])(
    'refuses %j without calling openExternal, with a reason',
    async (url) => {
      const { handlers, openExternal } = makeBackend();
      const answer = await handlers['shell:openExternal']({ url });
      expect(answer.opened).toBe(false);
      expect(answer.reason).toEqual(expect.any(String));
      expect(answer.reason?.length).toBeGreaterThan(0);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it.each(['https://example.com/article?id=1#top', 'http://example.org/'])('hands %j to the system browser', async (url) => {
    const { handlers, openExternal } = makeBackend();
    await expect(handlers['shell:openExternal']({ url })).resolves.toMatchObject({ opened: true });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });

  it('answers opened:false when the system browser could not open it', async () => {
    const { handlers } = makeBackend({ openExternal: async () => false });
    await expect(handlers['shell:openExternal']({ url: 'https://example.com/' })).resolves.toMatchObject({ opened: false });
  });
});

describe('feeds:fetch', () => {
  it.each(['not a url at all', 'javascript:alert(1)', 'file:///etc/passwd', '   '])(
    'answers a failed outcome with a readable message for %j, and never fetches',
    async (url) => {
      const { handlers, fetch } = makeBackend();
      const outcome = await handlers['feeds:fetch']({ url });
      expect(outcome).toMatchObject({ kind: 'failed', gone: false });
      const error = outcome.kind === 'failed' ? outcome.error : '';
      expect(error.length).toBeGreaterThan(0);
      expect(error).not.toMatch(/TypeError|undefined|\[object/);
      if (url.trim()) expect(error).toContain(url.trim());
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('normalises what was typed before fetching, unconditionally and outside the schedule', async () => {
    const { handlers, fetch, recorder } = makeBackend();
    await handlers['feeds:fetch']({ url: '  example.com/feed ' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toMatchObject({ url: 'https://example.com/feed', validators: noValidators });
    expect(recorder.results()).toEqual([]);
  });

  it('answers what the fetch brought', async () => {
    const outcome = updated([], { feed: { title: 'A feed' } });
    const { handlers } = makeBackend({ fetch: async () => outcome });
    await expect(handlers['feeds:fetch']({ url: 'https://example.com/feed' })).resolves.toEqual(outcome);
  });
});

describe('poller:subscribe and poller:refresh', () => {
  it('subscribe reaches the poller: overdue feeds are fetched and their results pushed', async () => {
    const { backend, handlers, fetch, recorder } = makeBackend();
    const answer = await handlers['poller:subscribe']({ subscriptions: [subscription('a', null), subscription('b', Date.now())] });
    await backend.poller.whenIdle();

    expect(answer).toEqual({ scheduled: 2 });
    expect(fetch.mock.calls.map(([s]) => s.feedId)).toEqual(['a']);
    expect(recorder.results().map((result) => result.feedId)).toEqual(['a']);
    expect(recorder.progress().at(-1)).toMatchObject({ running: false });
  });

  it('refresh reaches the poller: the feeds asked for are fetched now', async () => {
    const { backend, handlers, fetch, recorder } = makeBackend();
    await handlers['poller:subscribe']({ subscriptions: [subscription('a', Date.now()), subscription('b', Date.now())] });
    await backend.poller.whenIdle();
    expect(fetch).not.toHaveBeenCalled();

    const answer = await handlers['poller:refresh']({ feedIds: ['b'] });
    await backend.poller.whenIdle();
    expect(answer).toEqual({ started: 1 });
    expect(fetch.mock.calls.map(([s]) => s.feedId)).toEqual(['b']);

    const all = await handlers['poller:refresh']({});
    await backend.poller.whenIdle();
    expect(all).toEqual({ started: 2 });
    expect(recorder.results()).toHaveLength(3);
  });

  it('passes the poller options through', async () => {
    const { backend, handlers, fetch } = makeBackend({ poller: { intervalMs: 5 * 60_000 } });
    // Fetched ten minutes ago: overdue only with the shorter interval given.
    await handlers['poller:subscribe']({ subscriptions: [subscription('a', Date.now() - 10 * 60_000)] });
    await backend.poller.whenIdle();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('poller:configure', () => {
  afterEach(() => vi.useRealTimers());

  it('holds what it is sent to sane bounds and answers with what it applied', async () => {
    const { handlers } = makeBackend();
    await expect(handlers['poller:configure']({ defaultIntervalMinutes: 0.01, maxFeedMegabytes: 10_000 })).resolves.toEqual({
      defaultIntervalMinutes: 5,
      maxFeedMegabytes: 200,
    });
    await expect(handlers['poller:configure']({ defaultIntervalMinutes: Number.NaN, maxFeedMegabytes: 50 })).resolves.toEqual({
      defaultIntervalMinutes: 30,
      maxFeedMegabytes: 50,
    });
  });

  it('makes feeds without an interval of their own due on the new default, and leaves those with one alone', async () => {
    vi.useFakeTimers();
    const { backend, handlers, fetch } = makeBackend({ poller: { jitterShare: 0 } });
    const twentyMinutesAgo = Date.now() - 20 * 60_000;
    await handlers['poller:subscribe']({
      subscriptions: [subscription('default', twentyMinutesAgo), subscription('own', twentyMinutesAgo, { intervalMinutes: 60 })],
    });
    await backend.poller.whenIdle();
    expect(fetch).not.toHaveBeenCalled();

    await handlers['poller:configure']({ defaultIntervalMinutes: 15, maxFeedMegabytes: 20 });
    await backend.poller.whenIdle();
    expect(fetch.mock.calls.map(([s]) => s.feedId)).toEqual(['default']);
  });

  it('hands the size limit to every fetch after it, adding a feed included', async () => {
    const fetch = vi.fn(async (_subscription: Subscription, _settings: { maxFeedMegabytes: number }): Promise<FetchOutcome> => notModified);
    const { handlers } = makeBackend({ fetch });
    await handlers['feeds:fetch']({ url: 'https://example.com/feed' });
    await handlers['poller:configure']({ defaultIntervalMinutes: 30, maxFeedMegabytes: 5 });
    await handlers['feeds:fetch']({ url: 'https://example.com/feed' });
    expect(fetch.mock.calls.map(([, settings]) => settings.maxFeedMegabytes)).toEqual([20, 5]);
  });
});

describe('app:info', () => {
  it('returns what it was given', async () => {
    const { handlers } = makeBackend();
    await expect(handlers['app:info']({})).resolves.toEqual(appInfo);
  });
});

describe('app:menuWords', () => {
  const named = <Key extends string>(keys: readonly Key[]) => Object.fromEntries(keys.map((key) => [key, `«${key}»`])) as Record<Key, string>;
  const words: MenuWords = { commands: named(commandIds), menus: named(menuNames), standard: named(standardMenuWords) };

  it('hands complete words to the menus and says they were applied', async () => {
    const applyMenuWords = vi.fn((_words: MenuWords) => true);
    const { handlers } = makeBackend({ applyMenuWords });
    await expect(handlers['app:menuWords'](words)).resolves.toEqual({ applied: true });
    expect(applyMenuWords).toHaveBeenCalledExactlyOnceWith(words);
  });

  it('leaves the menus alone when words are missing', async () => {
    const applyMenuWords = vi.fn((_words: MenuWords) => true);
    const { handlers } = makeBackend({ applyMenuWords });
    const incomplete = { ...words, standard: { ...words.standard, undo: '' } };
    await expect(handlers['app:menuWords'](incomplete)).resolves.toEqual({ applied: false });
    expect(applyMenuWords).not.toHaveBeenCalled();
  });

  it('answers applied:false where there are no menus', async () => {
    const { handlers } = makeBackend();
    await expect(handlers['app:menuWords'](words)).resolves.toEqual({ applied: false });
  });
});

describe('feeds:discover', () => {
  it('looks for the feeds of the address as people paste it, naming Tidings to the site', async () => {
    const calls: Array<[string, string | undefined]> = [];
    const { handlers } = makeBackend({
      discover: async (url, options) => {
        calls.push([url, options?.userAgent]);
        return { kind: 'found', feeds: [{ url: 'https://example.com/feed.xml', title: 'Example', type: 'rss' }] };
      },
    });
    const discovery = await handlers['feeds:discover']({ url: ' example.com ' });
    expect(discovery).toEqual({ kind: 'found', feeds: [{ url: 'https://example.com/feed.xml', title: 'Example', type: 'rss' }] });
    expect(calls).toEqual([['https://example.com/', expect.stringContaining('Tidings/9.8.7')]]);
  });

  it('answers a readable failure for what is no web address, without going to the network', async () => {
    let called = false;
    const { handlers } = makeBackend({
      discover: async () => {
        called = true;
        return { kind: 'found', feeds: [] };
      },
    });
    const discovery = await handlers['feeds:discover']({ url: 'javascript:alert(1)' });
    expect(discovery.kind).toBe('failed');
    expect(called).toBe(false);
  });
});
