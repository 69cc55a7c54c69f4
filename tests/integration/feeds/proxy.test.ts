import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, type FetchOptions } from '../../../electron/feeds/fetchFeed';
import { proxyFromEnvironment } from '../../../electron/feeds/http/proxy/environmentProxy';
import type { HttpProxy, ProxyRoute } from '../../../electron/feeds/http/proxy/proxyRoute';
import { inlineFeedReader } from '../../../electron/feeds/worker/feedReader';
import type { FetchOutcome } from '../../../shared/model/feed';
import { closedPort, startLoopbackProxy, type LoopbackProxy } from '../../fixtures/loopback/proxyServer';
import { startLoopbackServer, type LoopbackServer } from './loopbackServer';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tls = (name: string): string => fileURLToPath(new URL(`./tls/${name}`, import.meta.url));
const rss = readFileSync(new URL('../../fixtures/feeds/rss2-full.xml', import.meta.url));
const noValidators = { etag: null, lastModified: null };
const feedTitle = 'Le Quotidien & Co';
const basic = (login: string): string => `Basic ${Buffer.from(login).toString('base64')}`;

let feeds: LoopbackServer;
let proxy: LoopbackProxy;
let guardedProxy: LoopbackProxy;
let refusingProxy: LoopbackProxy;
const secureServers: https.Server[] = [];
const secure: Record<string, string> = {};

async function listenSecure(name: string, certificate: string): Promise<void> {
  const server = https.createServer({ key: readFileSync(tls('key.pem')), cert: readFileSync(tls(certificate)) }, (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss);
  });
  secureServers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  secure[name] = `https://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
}

beforeAll(async () => {
  feeds = await startLoopbackServer({ '/feed.xml': (_request, response) => response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss) });
  proxy = await startLoopbackProxy();
  guardedProxy = await startLoopbackProxy({ requireAuthorization: basic('proxy-user:proxy-secret') });
  refusingProxy = await startLoopbackProxy({ refuseConnect: { status: 403, statusText: 'Forbidden' } });
  await listenSecure('trusted', 'loopback.pem');
  await listenSecure('otherHost', 'other-host.pem');
  await listenSecure('selfSigned', 'self-signed.pem');
});

afterAll(async () => {
  await Promise.all([feeds.close(), proxy.close(), guardedProxy.close(), refusingProxy.close()]);
  await Promise.all(secureServers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const through = (route: ProxyRoute): FetchOptions => ({ reader: inlineFeedReader, proxy: async () => route, timeoutMs: 5_000, connectTimeoutMs: 2_000 });
const routeOf = (server: LoopbackProxy, auth?: HttpProxy['auth']): HttpProxy => ({ kind: 'http', host: server.host, port: server.port, ...(auth ? { auth } : {}) });

function expectFailed(outcome: FetchOutcome): Extract<FetchOutcome, { kind: 'failed' }> {
  if (outcome.kind !== 'failed') throw new Error(`expected a failure, got ${outcome.kind}`);
  return outcome;
}

/** Fetches through HTTPS_PROXY in a Node that trusts the test CA, as a system would trust a real one. */
function fetchTrusting(env: Record<string, string>, ...urls: string[]): Promise<Array<{ kind: string; error?: string; title?: string }>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'tests/integration/feeds/tls/fetchThroughProxy.ts', ...urls],
      { cwd: root, env: { ...process.env, NODE_EXTRA_CA_CERTS: tls('ca.pem'), NO_PROXY: '', no_proxy: '', ...env } },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout) as Array<{ kind: string }>)),
    );
  });
}

describe('fetching through an HTTP proxy', () => {
  it('asks the proxy for a plain http feed with the whole address, and reads it', async () => {
    const before = feeds.requests.length;
    const outcome = await fetchFeed({ url: feeds.url('/feed.xml'), validators: noValidators }, through(routeOf(proxy)));
    expect(outcome.kind).toBe('updated');
    expect(proxy.seen.at(-1)).toMatchObject({ method: 'GET', target: feeds.url('/feed.xml') });
    expect(proxy.seen.at(-1)?.headers.host).toBe(new URL(feeds.url('/')).host);
    expect(feeds.requests.length).toBe(before + 1);
  });

  it('opens a CONNECT tunnel for https and checks the certificate through it as a direct connection would', async () => {
    const host = new URL(secure.selfSigned ?? '').host;
    const failure = expectFailed(await fetchFeed({ url: secure.selfSigned ?? '', validators: noValidators }, through(routeOf(proxy))));
    expect(failure).toMatchObject({ error: `Could not reach ${host}: its security certificate is self-signed`, reason: 'tls' });
    expect(proxy.seen.at(-1)).toMatchObject({ method: 'CONNECT', target: host });
  });

  it('reads an https feed through the tunnel when the certificate is trusted, and refuses one made for another site', async () => {
    const [trusted, otherHost] = await fetchTrusting({ HTTPS_PROXY: proxy.url }, secure.trusted ?? '', secure.otherHost ?? '');
    expect(trusted).toEqual({ kind: 'updated', title: feedTitle });
    expect(otherHost).toEqual({ kind: 'failed', error: `Could not reach ${new URL(secure.otherHost ?? '').host}: its security certificate is for another site` });
    expect(proxy.seen.filter((request) => request.method === 'CONNECT').map((request) => request.target)).toEqual(
      expect.arrayContaining([new URL(secure.trusted ?? '').host, new URL(secure.otherHost ?? '').host]),
    );
  }, 30_000);

  it('goes straight to a host NO_PROXY names', async () => {
    const seenBefore = proxy.seen.length;
    const options: FetchOptions = { reader: inlineFeedReader, proxy: proxyFromEnvironment({ http_proxy: proxy.url, no_proxy: 'example.com, 127.0.0.1' }) };
    expect((await fetchFeed({ url: feeds.url('/feed.xml'), validators: noValidators }, options)).kind).toBe('updated');
    expect(proxy.seen.length).toBe(seenBefore);
    // Loopback is not exempt by itself, as with curl: unlisted, it goes through the proxy.
    const unlisted: FetchOptions = { reader: inlineFeedReader, proxy: proxyFromEnvironment({ http_proxy: proxy.url, no_proxy: 'example.com' }) };
    expect((await fetchFeed({ url: feeds.url('/feed.xml'), validators: noValidators }, unlisted)).kind).toBe('updated');
    expect(proxy.seen.length).toBe(seenBefore + 1);
  });

  it('says in one line that the proxy refused the connection, for http and https alike', async () => {
    const port = await closedPort();
    const route: HttpProxy = { kind: 'http', host: '127.0.0.1', port };
    for (const url of [feeds.url('/feed.xml'), secure.trusted ?? '']) {
      expect(expectFailed(await fetchFeed({ url, validators: noValidators }, through(route)))).toMatchObject({
        error: `The proxy 127.0.0.1:${port} refused the connection`,
        reason: 'network',
      });
    }
  });

  it('says when the proxy wants a login, and logs in to it with the one its setting carries, sending it to the proxy alone', async () => {
    for (const url of [feeds.url('/feed.xml'), secure.trusted ?? '']) {
      expect(expectFailed(await fetchFeed({ url, validators: noValidators }, through(routeOf(guardedProxy))))).toMatchObject({
        error: `The proxy ${guardedProxy.host}:${guardedProxy.port} asks for a user name and password (407 Proxy Authentication Required)`,
        reason: 'http',
      });
    }
    const wrong = routeOf(guardedProxy, { username: 'proxy-user', password: 'nope' });
    expect(expectFailed(await fetchFeed({ url: feeds.url('/feed.xml'), validators: noValidators }, through(wrong))).error).toMatch(/did not accept the user name and password in its setting \(407/);

    const before = feeds.requests.length;
    const right = routeOf(guardedProxy, { username: 'proxy-user', password: 'proxy-secret' });
    expect((await fetchFeed({ url: feeds.url('/feed.xml'), validators: noValidators }, through(right))).kind).toBe('updated');
    expect(feeds.requests.slice(before).map((request) => request.headers['proxy-authorization'])).toEqual([undefined]);
    // Through the tunnel: the login reaches the proxy in the CONNECT, and the handshake with the server begins.
    const tunnelled = expectFailed(await fetchFeed({ url: secure.selfSigned ?? '', validators: noValidators }, through(right)));
    expect(tunnelled.reason).toBe('tls');
    expect(guardedProxy.seen.at(-1)).toMatchObject({ method: 'CONNECT', headers: { 'proxy-authorization': basic('proxy-user:proxy-secret') } });
  });

  it('reads a proxy login from its variable', async () => {
    const outcome = await fetchFeed(
      { url: feeds.url('/feed.xml'), validators: noValidators },
      { reader: inlineFeedReader, proxy: proxyFromEnvironment({ HTTP_PROXY: `http://proxy-user:proxy-secret@127.0.0.1:${guardedProxy.port}` }) },
    );
    expect(outcome.kind).toBe('updated');
  });

  it('names the proxy and the server when the proxy will not open a tunnel', async () => {
    const host = new URL(secure.trusted ?? '').host;
    expect(expectFailed(await fetchFeed({ url: secure.trusted ?? '', validators: noValidators }, through(routeOf(refusingProxy))))).toMatchObject({
      error: `The proxy ${refusingProxy.host}:${refusingProxy.port} refused to connect to ${host} (403 Forbidden)`,
      reason: 'http',
    });
  });

  it('turns a resolver that fails into a failure of its own, not a crash', async () => {
    const options: FetchOptions = { reader: inlineFeedReader, proxy: () => Promise.reject(new Error('PAC script failed')) };
    expect(expectFailed(await fetchFeed({ url: feeds.url('/feed.xml'), validators: noValidators }, options))).toMatchObject({
      error: 'The proxy settings could not be read: PAC script failed',
      reason: 'network',
    });
  });

  it('gives up on a resolver that never answers when the fetch’s time is up', async () => {
    const options: FetchOptions = { reader: inlineFeedReader, proxy: () => new Promise<never>(() => undefined), timeoutMs: 200 };
    expect(expectFailed(await fetchFeed({ url: feeds.url('/feed.xml'), validators: noValidators }, options))).toMatchObject({
      error: 'The proxy settings took too long to read',
      reason: 'timeout',
    });
  });
});
