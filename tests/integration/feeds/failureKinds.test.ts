import { readFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, type FetchOptions } from '../../../electron/feeds/fetchFeed';
import { inlineFeedReader } from '../../../electron/feeds/worker/feedReader';
import type { FeedErrorKind } from '../../../shared/model/feed';
import { startLoopbackServer, type LoopbackServer } from './loopbackServer';

const tls = (name: string): string => fileURLToPath(new URL(`./tls/${name}`, import.meta.url));
const rss = readFileSync(new URL('../../fixtures/feeds/rss2-full.xml', import.meta.url));
const fast: FetchOptions = { reader: inlineFeedReader };

/** The kind a failed fetch reports, with its line, so that a wrong kind shows what happened. */
async function failureOf(url: string, options: FetchOptions = {}): Promise<{ reason: FeedErrorKind | undefined; error: string; gone: boolean }> {
  const outcome = await fetchFeed({ url, validators: { etag: null, lastModified: null } }, { ...fast, ...options });
  if (outcome.kind !== 'failed') throw new Error(`expected a failure, got ${outcome.kind}`);
  return { reason: outcome.reason, error: outcome.error, gone: outcome.gone };
}

async function listening(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

async function closed(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
}

/** A TCP server that keeps every connection it is given; what it does with one is up to `onSocket`. */
async function rawServer(onSocket: (socket: net.Socket) => void): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    onSocket(socket);
  });
  const port = await listening(server);
  return { port, close: () => closed(server, sockets) };
}

let feeds: LoopbackServer;
let selfSigned: https.Server;
let selfSignedPort = 0;

beforeAll(async () => {
  feeds = await startLoopbackServer({
    '/missing': (_q, r) => r.writeHead(404).end(),
    '/broken-server': (_q, r) => r.writeHead(500).end(),
    '/busy': (_q, r) => r.writeHead(429, { 'Retry-After': '60' }).end(),
    '/loop': (_q, r) => r.writeHead(302, { Location: '/loop' }).end(),
    '/gone': (_q, r) => r.writeHead(410).end(),
    '/page.html': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Hello</title><p>No feed here'),
    '/notes.txt': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/plain' }).end('Just some notes.'),
    '/empty.xml': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(),
    '/other.json': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/json' }).end('{"hello":"world"}'),
    '/damaged.xml': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end('<rss><channel><item>'),
    '/damaged.json': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/feed+json' }).end('{"version": "https://jsonfeed.org/version/1.1", "items": ['),
    '/huge.xml': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(Buffer.concat([rss, Buffer.alloc(2048, ' ')])),
    '/slow.xml': (_q, r) => {
      r.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      r.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    },
    '/cut-short.xml': (request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      setTimeout(() => request.socket.resetAndDestroy(), 30);
    },
    '/feed.xml': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss),
  });
  selfSigned = https.createServer({ key: readFileSync(tls('key.pem')), cert: readFileSync(tls('self-signed.pem')) }, (_q, r) => r.end(rss));
  selfSignedPort = await listening(selfSigned);
});

afterAll(async () => {
  await feeds.close();
  await new Promise((resolve) => selfSigned.close(resolve));
});

describe('what kind of failure a fetch reports', () => {
  it('a name that does not resolve is a DNS failure', async () => {
    // .invalid is reserved never to resolve (RFC 6761); a machine without DNS fails the look-up, which is DNS too.
    expect(await failureOf('http://tidings-health.invalid/feed')).toMatchObject({ reason: 'dns', gone: false });
  });

  it('a certificate that cannot be trusted, or a server that does not speak TLS, is a TLS failure', async () => {
    expect((await failureOf(`https://127.0.0.1:${selfSignedPort}/feed.xml`)).reason).toBe('tls');
    const plain = await rawServer((socket) => socket.end('HTTP/1.1 200 OK\r\n\r\nnot tls at all'));
    try {
      expect((await failureOf(`https://127.0.0.1:${plain.port}/feed.xml`)).reason).toBe('tls');
    } finally {
      await plain.close();
    }
  });

  it('an error status is an HTTP failure, and 410 says the feed is gone', async () => {
    for (const path of ['/missing', '/broken-server', '/busy', '/loop']) expect((await failureOf(feeds.url(path))).reason, path).toBe('http');
    expect(await failureOf(feeds.url('/gone'))).toMatchObject({ reason: 'gone', gone: true });
  });

  it('an answer that is not HTTP is an HTTP failure', async () => {
    const garbage = await rawServer((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n'));
    try {
      expect((await failureOf(`http://127.0.0.1:${garbage.port}/feed.xml`)).reason).toBe('http');
    } finally {
      await garbage.close();
    }
  });

  it('a web page, plain text, nothing, or JSON of another kind is not a feed', async () => {
    for (const path of ['/page.html', '/notes.txt', '/empty.xml', '/other.json']) expect((await failureOf(feeds.url(path))).reason, path).toBe('not-a-feed');
  });

  it('a feed too damaged to read, or too large to read, is a parse failure', async () => {
    for (const path of ['/damaged.xml', '/damaged.json']) expect((await failureOf(feeds.url(path))).reason, path).toBe('parse');
    expect((await failureOf(feeds.url('/huge.xml'), { maxBodyBytes: rss.byteLength })).reason).toBe('parse');
  });

  it('a body that does not come in time, or a connection that never opens, is a timeout', async () => {
    expect((await failureOf(feeds.url('/slow.xml'), { timeoutMs: 300 })).reason).toBe('timeout');
    // Accepts TCP but never answers the TLS handshake.
    const silent = await rawServer(() => undefined);
    try {
      expect((await failureOf(`https://127.0.0.1:${silent.port}/feed.xml`, { connectTimeoutMs: 200, timeoutMs: 5_000 })).reason).toBe('timeout');
    } finally {
      await silent.close();
    }
  });

  it('a refused or dropped connection is a network failure', async () => {
    const refusing = await rawServer(() => undefined);
    const { port } = refusing;
    await refusing.close();
    expect(await failureOf(`http://127.0.0.1:${port}/feed.xml`)).toMatchObject({ reason: 'network', error: `Could not reach 127.0.0.1:${port}: connection refused` });
    expect((await failureOf(feeds.url('/cut-short.xml'))).reason).toBe('network');
  });

  it('tells the size of what it read with every update', async () => {
    const outcome = await fetchFeed({ url: feeds.url('/feed.xml'), validators: { etag: null, lastModified: null } }, fast);
    expect(outcome.kind === 'updated' && outcome.bytes).toBe(rss.byteLength);
  });
});
