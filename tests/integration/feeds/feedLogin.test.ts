import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OriginLogin } from '../../../electron/feeds/auth/basicAuth';
import { CredentialVault } from '../../../electron/feeds/auth/credentialVault';
import { fetchFeed, type FetchOptions } from '../../../electron/feeds/fetchFeed';
import { noProxy } from '../../../electron/feeds/http/proxy/proxyRoute';
import { inlineFeedReader } from '../../../electron/feeds/worker/feedReader';
import { createBackend, type Backend } from '../../../electron/handlers/backend';
import type { EventContract } from '../../../shared/ipc/contract';
import type { FetchOutcome, Subscription } from '../../../shared/model/feed';
import { startLoopbackProxy, type LoopbackProxy } from '../../fixtures/loopback/proxyServer';
import { startLoopbackServer, type LoopbackServer } from './loopbackServer';

const rss = readFileSync(new URL('../../fixtures/feeds/rss2-full.xml', import.meta.url));
const noValidators = { etag: null, lastModified: null };
const expected = `Basic ${Buffer.from('reader:s3cret').toString('base64')}`;

const sendFeed = (response: ServerResponse): void => void response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss);
const guarded = (request: IncomingMessage, response: ServerResponse): void => {
  if (request.headers.authorization === expected) sendFeed(response);
  else response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="members"' }).end('who are you?');
};

let site: LoopbackServer;
let elsewhere: LoopbackServer;
let proxy: LoopbackProxy;

beforeAll(async () => {
  elsewhere = await startLoopbackServer({ '/feed.xml': (_request, response) => sendFeed(response) });
  site = await startLoopbackServer({
    '/private.xml': guarded,
    '/moved': (_request, response) => response.writeHead(302, { Location: '/private.xml' }).end(),
    '/away': (_request, response) => response.writeHead(302, { Location: elsewhere.url('/feed.xml') }).end(),
  });
  proxy = await startLoopbackProxy();
});

afterAll(async () => {
  await Promise.all([site.close(), elsewhere.close(), proxy.close()]);
});

const origin = (): string => new URL(site.url('/')).origin;
const login = (password = 's3cret'): OriginLogin => ({ username: 'reader', password, origin: origin() });
const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({ reader: inlineFeedReader, ...extra });

function expectFailed(outcome: FetchOutcome): Extract<FetchOutcome, { kind: 'failed' }> {
  if (outcome.kind !== 'failed') throw new Error(`expected a failure, got ${outcome.kind}`);
  return outcome;
}

function headersSeenAt(server: LoopbackServer, path: string, since: number) {
  return server.requests.slice(since).filter((request) => request.path === path).map((request) => request.headers);
}

describe('a feed behind a user name and password', () => {
  it('says so when none is given, and what was wrong when one is refused', async () => {
    expect(expectFailed(await fetchFeed({ url: site.url('/private.xml'), validators: noValidators }, options()))).toMatchObject({
      error: 'The feed asks for a user name and password (401 Unauthorized)',
      reason: 'http',
    });
    expect(expectFailed(await fetchFeed({ url: site.url('/private.xml'), validators: noValidators }, options({ login: login('wrong') })))).toMatchObject({
      error: `${new URL(site.url('/')).host} did not accept the user name and password (401 Unauthorized)`,
      reason: 'http',
    });
  });

  it('is read with its login, which follows a redirect within its own origin', async () => {
    expect((await fetchFeed({ url: site.url('/private.xml'), validators: noValidators }, options({ login: login() }))).kind).toBe('updated');
    const since = site.requests.length;
    expect((await fetchFeed({ url: site.url('/moved'), validators: noValidators }, options({ login: login() }))).kind).toBe('updated');
    expect(headersSeenAt(site, '/private.xml', since).map((headers) => headers.authorization)).toEqual([expected]);
  });

  it('never hands the login on to another origin a redirect leads to', async () => {
    const since = elsewhere.requests.length;
    expect((await fetchFeed({ url: site.url('/away'), validators: noValidators }, options({ login: login() }))).kind).toBe('updated');
    expect(headersSeenAt(site, '/away', 0).at(-1)?.authorization).toBe(expected);
    expect(headersSeenAt(elsewhere, '/feed.xml', since)).toHaveLength(1);
    expect(headersSeenAt(elsewhere, '/feed.xml', since)[0]?.authorization).toBeUndefined();
  });

  it('sends nothing to a feed of another origin than the login’s', async () => {
    const since = elsewhere.requests.length;
    await fetchFeed({ url: elsewhere.url('/feed.xml'), validators: noValidators }, options({ login: login() }));
    expect(headersSeenAt(elsewhere, '/feed.xml', since)[0]?.authorization).toBeUndefined();
  });

  it('still reads a login written in the address, as before', async () => {
    const address = site.url('/private.xml').replace('http://', 'http://reader:s3cret@');
    expect((await fetchFeed({ url: address, validators: noValidators }, options())).kind).toBe('updated');
  });

  it('through a proxy, gives the feed’s login to the server and the proxy’s own to the proxy alone', async () => {
    const route = { kind: 'http' as const, host: proxy.host, port: proxy.port, auth: { username: 'proxy-user', password: 'proxy-secret' } };
    const since = site.requests.length;
    expect((await fetchFeed({ url: site.url('/private.xml'), validators: noValidators }, options({ login: login(), proxy: async () => route }))).kind).toBe('updated');
    const [atServer] = headersSeenAt(site, '/private.xml', since);
    expect(atServer?.authorization).toBe(expected);
    expect(atServer?.['proxy-authorization']).toBeUndefined();
  });

  it('never sends the feed’s login in a CONNECT to the proxy', async () => {
    const route = { kind: 'http' as const, host: proxy.host, port: proxy.port };
    const secureLogin: OriginLogin = { username: 'reader', password: 's3cret', origin: 'https://127.0.0.1:9' };
    await fetchFeed({ url: 'https://127.0.0.1:9/feed.xml', validators: noValidators }, options({ login: secureLogin, proxy: async () => route, connectTimeoutMs: 2_000 }));
    const connect = proxy.seen.filter((request) => request.method === 'CONNECT').at(-1);
    expect(connect?.target).toBe('127.0.0.1:9');
    expect(connect?.headers.authorization).toBeUndefined();
  });
});

describe('the backend with a feed’s login', () => {
  let backend: Backend;
  const results: Array<EventContract['poller:result']> = [];

  beforeAll(() => {
    backend = createBackend({
      emit: (event, payload) => {
        if (event === 'poller:result') results.push(payload as EventContract['poller:result']);
      },
      appInfo: { name: 'Tidings', version: '0.0.0-test', platform: process.platform, shell: 'web' },
      openExternal: async () => false,
      proxy: noProxy,
      vault: new CredentialVault(),
    });
  });

  afterAll(() => backend.poller.stop());

  /** The outcome of the fetch that `trigger` starts. */
  async function resultOf(feedId: string, trigger: () => unknown): Promise<FetchOutcome> {
    const seen = results.length;
    await trigger();
    await backend.poller.whenIdle();
    const found = results.slice(seen).find((result) => result.feedId === feedId);
    if (!found) throw new Error(`no result for ${feedId}`);
    return found.outcome;
  }

  it('keeps it, sends it with the feed’s fetches, says it holds it, and forgets it', async () => {
    const { handlers } = backend;
    const subscription: Subscription = { feedId: 'members', url: site.url('/private.xml'), validators: noValidators, lastFetchedAt: Date.now() };
    await handlers['poller:subscribe']({ subscriptions: [subscription] });
    expect(await handlers['feeds:hasCredentials']({ feedIds: ['members', 'other'] })).toEqual({ feedIds: [], persistent: false });

    let answer: unknown;
    const saved = await resultOf('members', async () => (answer = await handlers['feeds:setCredentials']({ feedId: 'members', username: 'reader', password: 's3cret' })));
    expect(answer).toEqual({ stored: true, persistent: false });
    expect(saved.kind).toBe('updated');
    expect(await handlers['feeds:hasCredentials']({ feedIds: ['members', 'other'] })).toEqual({ feedIds: ['members'], persistent: false });

    expect(await handlers['feeds:clearCredentials']({ feedId: 'members' })).toEqual({ cleared: true });
    expect(await handlers['feeds:clearCredentials']({ feedId: 'members' })).toEqual({ cleared: false });
    expect(expectFailed(await resultOf('members', () => backend.poller.refresh(['members']))).error).toBe('The feed asks for a user name and password (401 Unauthorized)');
  });

  it('refuses a login basic authentication cannot carry', async () => {
    const { handlers } = backend;
    expect(await handlers['feeds:setCredentials']({ feedId: 'members', username: 'a:b', password: 'x' })).toEqual({ stored: false, persistent: false });
    expect(await handlers['feeds:setCredentials']({ feedId: 'members', username: '', password: 'x' })).toEqual({ stored: false, persistent: false });
    expect(await handlers['feeds:setCredentials']({ feedId: 'members', username: 'me', password: 'line\r\nbreak' })).toEqual({ stored: false, persistent: false });
    expect(await handlers['feeds:hasCredentials']({ feedIds: ['members'] })).toEqual({ feedIds: [], persistent: false });
  });

  it('keeps a login to the origin it was saved for, when the feed later moves to another', async () => {
    const { handlers } = backend;
    const at = (url: string): Subscription => ({ feedId: 'moving', url, validators: noValidators, lastFetchedAt: Date.now() });
    await handlers['poller:subscribe']({ subscriptions: [at(site.url('/private.xml'))] });
    expect((await resultOf('moving', () => handlers['feeds:setCredentials']({ feedId: 'moving', username: 'reader', password: 's3cret' }))).kind).toBe('updated');
    const since = elsewhere.requests.length;
    await handlers['poller:subscribe']({ subscriptions: [at(elsewhere.url('/feed.xml'))] });
    expect((await resultOf('moving', () => backend.poller.refresh(['moving']))).kind).toBe('updated');
    expect(headersSeenAt(elsewhere, '/feed.xml', since).map((headers) => headers.authorization)).toEqual([undefined]);
  });
});
