import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import type { AppInfo, Handlers } from '../../../shared/ipc/contract';
import { parseFrame, readFrames } from '../../fixtures/loopback/eventStream';
import { desktopHandlers } from '../../../electron/handlers/desktopHandlers';
import { launchHandlers } from '../../../electron/handlers/launchHandlers';
import { articlesToText } from '../../../electron/feeds/worker/articlesText';
import { noValidators, parsedArticle, updated } from './support/fixtures';

const appInfo: AppInfo = { name: 'Tidings', version: '1.2.3', platform: 'linux', shell: 'web' };
const indexHtml = '<!doctype html><title>Tidings</title><div id="root"></div>';
const appJs = 'console.log("tidings renderer");';
const appCss = 'body { margin: 0; }';
const secret = 'THIS-MUST-NEVER-BE-SERVED';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tidings-web-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), indexHtml);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), appJs);
  writeFileSync(join(rendererDir, 'assets', 'app.css'), appCss);
  // Next to rendererDir: a file in its parent, and a sibling folder whose name starts like it.
  writeFileSync(join(root, 'secret.txt'), secret);
  mkdirSync(join(root, 'renderer-private'));
  writeFileSync(join(root, 'renderer-private', 'key.txt'), secret);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function fakeHandlers() {
  return {
    'feeds:fetch': vi.fn<Handlers['feeds:fetch']>(async () => ({ kind: 'failed', error: 'offline', gone: false })),
    'feeds:discover': vi.fn<Handlers['feeds:discover']>(async () => ({ kind: 'found', feeds: [] })),
    'feeds:icon': vi.fn<Handlers['feeds:icon']>(async () => ({ none: 'offline' })),
    'article:fullText': vi.fn<Handlers['article:fullText']>(async () => ({ kind: 'failed', reason: 'unreachable', detail: 'offline' })),
    'feeds:setCredentials': vi.fn<Handlers['feeds:setCredentials']>(async () => ({ stored: true, persistent: false })),
    'feeds:clearCredentials': vi.fn<Handlers['feeds:clearCredentials']>(async () => ({ cleared: false })),
    'feeds:hasCredentials': vi.fn<Handlers['feeds:hasCredentials']>(async () => ({ feedIds: [], persistent: false })),
    'poller:subscribe': vi.fn<Handlers['poller:subscribe']>(async ({ subscriptions }) => ({ scheduled: subscriptions.length })),
    'poller:configure': vi.fn<Handlers['poller:configure']>(async (settings) => settings),
    'poller:refresh': vi.fn<Handlers['poller:refresh']>(async () => ({ started: 0 })),
    'poller:writer': vi.fn<Handlers['poller:writer']>(async () => ({ resent: 0 })),
    'poller:stored': vi.fn<Handlers['poller:stored']>(async () => ({ held: 0 })),
    'poller:pause': vi.fn<Handlers['poller:pause']>(async ({ paused }) => ({ paused })),
    'media:configure': vi.fn<Handlers['media:configure']>(async (limits) => ({ bytes: 0, files: 0, limits })),
    'media:usage': vi.fn<Handlers['media:usage']>(async () => ({ bytes: 0, files: 0, limits: { maxImageMegabytes: 5, maxTotalMegabytes: 500 } })),
    'media:clear': vi.fn<Handlers['media:clear']>(async () => ({ bytes: 0, files: 0, limits: { maxImageMegabytes: 5, maxTotalMegabytes: 500 } })),
    'shell:openExternal': vi.fn<Handlers['shell:openExternal']>(async () => {
      throw new Error('The browser could not be started');
    }),
    'app:info': vi.fn<Handlers['app:info']>(async () => appInfo),
    'app:menuWords': vi.fn<Handlers['app:menuWords']>(async () => ({ applied: false })),
    'app:readConnectivity': vi.fn<Handlers['app:readConnectivity']>(async () => ({ state: 'online' })),
    ...desktopHandlers(undefined),
    ...launchHandlers(),
  } satisfies Handlers;
}

let handlers: ReturnType<typeof fakeHandlers>;
let web: WebServer;

beforeEach(async () => {
  handlers = fakeHandlers();
  web = await startWebServer({ rendererDir, port: 0, getHandlers: () => handlers });
});

afterEach(async () => {
  await web.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent exactly as written: fetch would resolve `..` and refuse to set Host. */
function raw(method: string, path: string, headers: OutgoingHttpHeaders = {}, body?: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(web.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path, headers, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`No answer to ${method} ${path}`)));
    req.on('error', reject);
    req.end(body);
  });
}

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${web.url}ipc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /ipc/<channel>', () => {
  it('answers {ok:true,value} with what the handler returned', async () => {
    const response = await post('app:info', {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ ok: true, value: appInfo });
  });

  it('hands the request body to the handler', async () => {
    const subscriptions = [{ feedId: 'a', url: 'https://a.example/rss', validators: { etag: null, lastModified: null }, lastFetchedAt: null }];
    const response = await post('poller:subscribe', { subscriptions });
    expect(await response.json()).toEqual({ ok: true, value: { scheduled: 1 } });
    expect(handlers['poller:subscribe']).toHaveBeenCalledExactlyOnceWith({ subscriptions });
  });

  it('accepts the page’s own origin', async () => {
    const response = await post('app:info', {}, { Origin: new URL(web.url).origin });
    expect(response.status).toBe(200);
  });

  it.each(['feeds:nope', 'poller:result', '__proto__', 'constructor', 'toString'])('is 404 for the unknown channel %j', async (channel) => {
    const response = await post(channel, {});
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false });
  });

  it('answers {ok:false,error} with the message when the handler throws', async () => {
    const response = await post('shell:openExternal', { url: 'https://example.com/' });
    expect(await response.json()).toEqual({ ok: false, error: 'The browser could not be started' });
  });

  it('is 403 for a page on another origin, and the handler never runs', async () => {
    const response = await post('poller:refresh', {}, { Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false });
    expect(handlers['poller:refresh']).not.toHaveBeenCalled();
  });

  it('is 403 for another origin that points its own host name at this server (DNS rebinding)', async () => {
    // The attacker's page at http://rebind.attacker.example:<port> resolves that name to 127.0.0.1:
    // the browser then sends Origin and Host both naming the attacker's host.
    const { port } = new URL(web.url);
    const foreign = `rebind.attacker.example:${port}`;
    const answer = await raw('POST', '/ipc/feeds:fetch', { Host: foreign, Origin: `http://${foreign}`, 'Content-Type': 'application/json' }, JSON.stringify({ url: 'http://192.168.1.1/' }));
    expect(answer.status).toBe(403);
    expect(handlers['feeds:fetch']).not.toHaveBeenCalled();
  });

  it('is 400 for a body that is not JSON, and the handler never runs', async () => {
    const response = await post('feeds:fetch', '{"url": "https://example.com/feed"');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: expect.any(String) });
    expect(handlers['feeds:fetch']).not.toHaveBeenCalled();
  });

  it('refuses other methods on the IPC paths', async () => {
    const response = await fetch(`${web.url}ipc/app:info`, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });
});

describe('serving the renderer', () => {
  it.each([
    ['/assets/app.js', /^text\/javascript/, appJs],
    ['/assets/app.css', /^text\/css/, appCss],
    ['/index.html', /^text\/html/, indexHtml],
    ['/', /^text\/html/, indexHtml],
  ])('serves %s with its content type and the Content-Security-Policy', async (path, contentType, content) => {
    const response = await fetch(new URL(path, web.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(contentType);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy.split(';').map((directive) => directive.trim())).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(content);
  });

  it.each(['/sources/feed/123', '/settings', '/assets/missing.js', '/assets'])('falls back to index.html for %s', async (path) => {
    const response = await fetch(new URL(path, web.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(indexHtml);
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/../../../../../../../../etc/passwd',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/../renderer-private/key.txt',
    '/..%2frenderer-private%2fkey.txt',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
  ])('never leaves rendererDir for %s', async (path) => {
    const answer = await raw('GET', path);
    expect(answer.body).not.toContain(secret);
    expect(answer.body).not.toMatch(/root:.*:0:0:/);
    if (answer.status === 200) expect(answer.body).toBe(indexHtml);
  });
});

describe('GET /ipc/events', () => {
  it('streams emitted events as SSE frames, in order', async () => {
    const response = await fetch(`${web.url}ipc/events`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const stream = readFrames(response.body as ReadableStream<Uint8Array>);
    try {
      expect(await stream.next()).toMatch(/^:/); // the comment that says the stream is open

      const progress = { running: true, done: 1, total: 3 };
      web.emit('poller:progress', progress);
      const result = {
        feedId: 'f',
        url: 'https://example.com/feed',
        fetchedAt: 1,
        delivery: 1,
        outcome: { kind: 'failed' as const, error: 'Line one\nline "two"', gone: false },
      };
      web.emit('poller:result', result);

      const first = await stream.next();
      expect(first.split('\n')[0]).toBe('event: poller:progress');
      expect(parseFrame(first)).toEqual({ event: 'poller:progress', data: progress });
      expect(parseFrame(await stream.next())).toEqual({ event: 'poller:result', data: result });
    } finally {
      await stream.close();
    }
  });

  it('sends a result whose articles came as JSON text as the same event as the result whole', async () => {
    const response = await fetch(`${web.url}ipc/events`);
    const stream = readFrames(response.body as ReadableStream<Uint8Array>);
    try {
      await stream.next();
      const articles = [parsedArticle('a1', { title: 'Hà Nội "today"\nline two' }), parsedArticle('a2', { contentHtml: '<p>data: event: \u2028</p>' })];
      const whole = { feedId: 'f', url: 'https://example.com/feed', fetchedAt: 1, delivery: 7, outcome: updated(articles, { feed: { title: 'articles' } }) };
      const { outcome } = whole;
      if (outcome.kind !== 'updated') throw new Error('an updated outcome');
      web.pushResult({ ...whole, outcome: { ...outcome, feed: { ...outcome.feed, articles: [] } } }, articlesToText(articles));
      web.pushResult({ ...whole, delivery: 8, outcome: { kind: 'not-modified', validators: noValidators } }, null);
      expect(parseFrame(await stream.next())).toEqual({ event: 'poller:result', data: whole });
      expect(parseFrame(await stream.next())).toEqual({ event: 'poller:result', data: { ...whole, delivery: 8, outcome: { kind: 'not-modified', validators: noValidators } } });
    } finally {
      await stream.close();
    }
  });

  it('sends every event to every open stream', async () => {
    const [a, b] = await Promise.all([fetch(`${web.url}ipc/events`), fetch(`${web.url}ipc/events`)]);
    const streams = [readFrames(a.body as ReadableStream<Uint8Array>), readFrames(b.body as ReadableStream<Uint8Array>)];
    try {
      for (const stream of streams) await stream.next();
      web.emit('app:command', { command: 'refresh' });
      for (const stream of streams) expect(parseFrame(await stream.next())).toEqual({ event: 'app:command', data: { command: 'refresh' } });
    } finally {
      for (const stream of streams) await stream.close();
    }
  });
});

describe('a renderer folder without index.html', () => {
  it('answers with an error instead of a 200 that never ends, and keeps serving', async () => {
    // rendererDir exists but the build left no index.html (or a rebuild is emptying it right now).
    const emptyDir = mkdtempSync(join(tmpdir(), 'tidings-web-empty-'));
    const bare = await startWebServer({ rendererDir: emptyDir, port: 0, getHandlers: () => handlers });
    try {
      // A correct server answers at once; the time limit only bounds how long a hung answer is waited for.
      const response = await fetch(`${bare.url}sources`, { signal: AbortSignal.timeout(750) });
      expect(response.status).toBeGreaterThanOrEqual(400);
      await response.text();
      const again = await fetch(`${bare.url}ipc/app:info`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(750) });
      expect(again.status).toBe(200);
    } finally {
      await bare.close();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
