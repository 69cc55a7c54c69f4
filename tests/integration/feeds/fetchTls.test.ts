import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../electron/feeds/fetchFeed';
import { inlineFeedReader } from '../../../electron/feeds/worker/feedReader';
import type { FetchOutcome } from '../../../shared/model/feed';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tls = (name: string): string => fileURLToPath(new URL(`./tls/${name}`, import.meta.url));
const key = readFileSync(tls('key.pem'));
const rss = readFileSync(new URL('../../fixtures/feeds/rss2-full.xml', import.meta.url));
const noValidators = { etag: null, lastModified: null };

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
const servers: Array<http.Server> = [];
const origins: Record<string, string> = {};

async function listen(server: http.Server, name: string, scheme: 'http' | 'https'): Promise<void> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origins[name] = `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const plainFeed: Handler = (request, response) => {
  if (request.url === '/feed.xml') response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss);
  else response.writeHead(404).end();
};

beforeAll(async () => {
  await listen(http.createServer(plainFeed), 'plain', 'http');
  const secure: Handler = (request, response) => {
    if (request.url === '/to-plain') response.writeHead(301, { Location: `${origins.plain ?? ''}/feed.xml` }).end();
    else if (request.url === '/to-secure') response.writeHead(301, { Location: '/feed.xml' }).end();
    else plainFeed(request, response);
  };
  for (const name of ['loopback', 'other-host', 'expired', 'not-yet-valid', 'self-signed']) {
    await listen(https.createServer({ key, cert: readFileSync(tls(`${name}.pem`)) }, secure), name, 'https');
  }
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const host = (name: string): string => new URL(origins[name] ?? '').host;

async function failure(url: string): Promise<string> {
  const outcome = await fetchFeed({ url, validators: noValidators }, { reader: inlineFeedReader });
  if (outcome.kind !== 'failed') throw new Error(`expected a failure, got ${outcome.kind}`);
  return outcome.error;
}

/** What tls/fetchOutcomes.ts prints of each outcome. */
type Summary = { kind: 'failed'; error: string } | { kind: Exclude<FetchOutcome['kind'], 'failed'>; movedTo: string | null };

/** Fetches in a Node that trusts the test CA, as a system would trust a real one. */
function fetchTrusting(...urls: string[]): Promise<Summary[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'tests/integration/feeds/tls/fetchOutcomes.ts', ...urls],
      { cwd: root, env: { ...process.env, NODE_EXTRA_CA_CERTS: tls('ca.pem') } },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout) as Summary[])),
    );
  });
}

describe('fetching over https', () => {
  it('says in one line what is wrong with a certificate it cannot trust', async () => {
    expect(await failure(`${origins['self-signed']}/feed.xml`)).toBe(`Could not reach ${host('self-signed')}: its security certificate is self-signed`);
    // Signed by a CA this Node does not know.
    expect(await failure(`${origins.loopback}/feed.xml`)).toBe(`Could not reach ${host('loopback')}: its security certificate could not be verified`);
    expect(await failure(`${origins.expired}/feed.xml`)).toBe(`Could not reach ${host('expired')}: its security certificate has expired`);
    expect(await failure(`${origins['not-yet-valid']}/feed.xml`)).toBe(`Could not reach ${host('not-yet-valid')}: its security certificate is not valid yet`);
  });

  it('says so when the server does not speak TLS at all', async () => {
    const plain = (origins.plain ?? '').replace('http:', 'https:');
    expect(await failure(`${plain}/feed.xml`)).toBe(`Could not reach ${host('plain')}: the secure connection failed`);
  });

  it('names a certificate made for another site, and follows a move to plain http without storing it', async () => {
    const [otherHost, trusted, toSecure, toPlain] = await fetchTrusting(
      `${origins['other-host']}/feed.xml`,
      `${origins.loopback}/feed.xml`,
      `${origins.loopback}/to-secure`,
      `${origins.loopback}/to-plain`,
    );
    expect(otherHost).toEqual({ kind: 'failed', error: `Could not reach ${host('other-host')}: its security certificate is for another site` });
    expect(trusted).toEqual({ kind: 'updated', movedTo: null });
    expect(toSecure).toEqual({ kind: 'updated', movedTo: `${origins.loopback}/feed.xml` });
    // Read, but the subscription keeps asking over https.
    expect(toPlain).toEqual({ kind: 'updated', movedTo: null });
  }, 30_000);
});
