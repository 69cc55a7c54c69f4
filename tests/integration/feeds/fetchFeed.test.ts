import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, type FetchOptions } from '../../../electron/feeds/fetchFeed';
import type { FeedDocument } from '../../../electron/feeds/parse/documentReading';
import { inlineFeedReader, sharedFeedReader, type FeedReader } from '../../../electron/feeds/worker/feedReader';
import type { FetchOutcome } from '../../../shared/model/feed';
import { startLoopbackServer, type LoopbackServer } from './loopbackServer';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
const rss = fixture('rss2-full.xml');
const noValidators = { etag: null, lastModified: null };
const fast: FetchOptions = { reader: inlineFeedReader, appVersion: '1.2.3' };
const host = (): string => new URL(server.url('/')).host;

/** The in-place reader, counting the documents it is given. */
function countingReader(): FeedReader & { reads: number } {
  const reader = { reads: 0, read: (document: FeedDocument) => ((reader.reads += 1), inlineFeedReader.read(document)), close: async () => undefined };
  return reader;
}

/** Streams `body` in chunks, then leaves the response open. */
function stall(response: ServerResponse, headers: Record<string, string>, body = '<?xml version="1.0"?><rss version="2.0"><channel>'): void {
  response.writeHead(200, { 'Content-Type': 'application/rss+xml', ...headers });
  response.write(body);
}

function feedRoute(body: Buffer, headers: Record<string, string> = {}) {
  return (_request: unknown, response: ServerResponse): void => {
    response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ...headers }).end(body);
  };
}

function expectFailed(outcome: FetchOutcome): Extract<FetchOutcome, { kind: 'failed' }> {
  if (outcome.kind !== 'failed') throw new Error(`expected a failure, got ${outcome.kind}`);
  expect(outcome.error).not.toContain('\n');
  return outcome;
}

let server: LoopbackServer;
/**
 * Compressed bodies that never end, each a head and then one segment repeated for ever (a gzip member, or a flushed
 * deflate or brotli block, which decode the same again and again): every segment is 1 MB of zeros in a few bytes. A
 * client that checks the size only after decompressing never gets there, and times out instead of stopping at its limit.
 */
const bombs = ((zeros: Buffer) => {
  const flushed = (compressor: zlib.Deflate | zlib.BrotliCompress, flush: number): Promise<Buffer[]> =>
    new Promise((resolve) => {
      const segments: Buffer[] = [];
      let pending: Buffer[] = [];
      compressor.on('data', (chunk: Buffer) => pending.push(chunk));
      const next = (): void => {
        compressor.write(zeros);
        compressor.flush(flush, () => {
          segments.push(Buffer.concat(pending));
          pending = [];
          if (segments.length < 3) next();
          else resolve(segments);
        });
      };
      next();
    });
  const gzipMember = zlib.gzipSync(zeros, { level: 9 });
  return {
    gzip: Promise.resolve([gzipMember, gzipMember, gzipMember]),
    deflate: flushed(zlib.createDeflate({ level: 9 }), zlib.constants.Z_SYNC_FLUSH),
    br: flushed(zlib.createBrotliCompress(), zlib.constants.BROTLI_OPERATION_FLUSH),
  };
})(Buffer.alloc(1024 * 1024));

function endlessBomb(encoding: keyof typeof bombs) {
  return (_request: unknown, response: ServerResponse): void => {
    void bombs[encoding].then(([head, segment, again]) => {
      if (!head || !segment || !again?.equals(segment)) throw new Error(`${encoding} segments do not repeat`);
      // 64 segments a write, so that the socket, not the loop, sets the pace.
      const block = Buffer.concat(Array.from({ length: 64 }, () => segment));
      response.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': encoding });
      response.write(head);
      const pump = (): void => {
        while (!response.destroyed && response.write(block));
        if (!response.destroyed) response.once('drain', pump);
      };
      pump();
    });
  };
}

/** A chain of `length` redirects that ends at the feed, under /chain-<length>-<hop>. */
function redirectChain(length: number): Record<string, (request: unknown, response: ServerResponse) => void> {
  const hop = (index: number) => `/chain-${length}-${index}`;
  return Object.fromEntries(
    Array.from({ length: length + 1 }, (_, index) => [
      hop(index),
      index < length ? (_q: unknown, r: ServerResponse) => r.writeHead(302, { Location: hop(index + 1) }).end() : feedRoute(rss),
    ]),
  );
}

const rssWith = (channel: string): Buffer =>
  Buffer.from(`<rss version="2.0"><channel><title>t</title>${channel}<item><title>a</title><link>http://x.example/a</link></item></channel></rss>`);

beforeAll(async () => {
  server = await startLoopbackServer({
    '/feed.xml': feedRoute(rss, { ETag: '"v1"', 'Last-Modified': 'Fri, 21 Jun 2024 08:00:00 GMT' }),
    '/weak.xml': (request, response) => {
      // What nginx does to a strong ETag when it compresses: it answers with, and compares against, the weak form.
      if (request.headers['if-none-match'] === 'W/"w1"') response.writeHead(304, { ETag: 'W/"w1"' }).end();
      else response.writeHead(200, { ETag: 'W/"w1"', 'Content-Type': 'application/rss+xml' }).end(rss);
    },
    '/rotating.xml': (request, response) => {
      if (request.headers['if-none-match']) response.writeHead(304, { ETag: '"v2"' }).end();
      else response.writeHead(200, { ETag: '"v1"', 'Last-Modified': 'Fri, 21 Jun 2024 08:00:00 GMT', 'Content-Type': 'application/rss+xml' }).end(rss);
    },
    '/temporary-307': (_q, r) => r.writeHead(307, { Location: '/feed.xml' }).end(),
    '/permanent-308': (_q, r) => r.writeHead(308, { Location: '/feed.xml' }).end(),
    '/temporary-then-permanent': (_q, r) => r.writeHead(302, { Location: '/moved-308' }).end(),
    '/dir/start': (_q, r) => r.writeHead(301, { Location: 'next' }).end(),
    '/dir/next': (_q, r) => r.writeHead(301, { Location: '../other/../feed.xml' }).end(),
    '/scheme-relative': (request, r) => r.writeHead(301, { Location: `//${request.headers.host ?? ''}/feed.xml` }).end(),
    // The raw UTF-8 bytes of "/café.xml", as some servers send a Location: Node hands header bytes over as Latin-1.
    '/utf8-location': (_q, r) => r.writeHead(301, { Location: Buffer.from('/café.xml').toString('latin1') }).end(),
    '/caf%C3%A9.xml': feedRoute(rss),
    '/self': (_q, r) => r.writeHead(301, { Location: '/self' }).end(),
    '/login': (_q, r) => r.writeHead(401, { 'WWW-Authenticate': 'Basic realm="feed"' }).end(),
    '/forbidden': (_q, r) => r.writeHead(403).end(),
    '/trickle': (_q, r) => {
      stall(r, {});
      // A byte every 50 ms, for ever: never idle, never done.
      const timer = setInterval(() => {
        if (!r.destroyed) r.write(' ');
      }, 50);
      r.on('close', () => clearInterval(timer));
    },
    '/declares-huge': (_q, r) => stall(r, { 'Content-Length': String(50 * 1024 * 1024) }),
    '/says-gzip-sends-plain.xml': feedRoute(rss, { 'Content-Encoding': 'gzip' }),
    '/says-br-sends-plain.xml': feedRoute(rss, { 'Content-Encoding': 'br' }),
    '/raw-deflate.xml': feedRoute(zlib.deflateRawSync(rss), { 'Content-Encoding': 'deflate' }),
    '/gzip-empty.xml': feedRoute(Buffer.alloc(0), { 'Content-Encoding': 'gzip' }),
    '/identity.xml': feedRoute(rss, { 'Content-Encoding': 'identity' }),
    '/zstd.xml': feedRoute(rss, { 'Content-Encoding': 'zstd' }),
    '/hang-up': (request) => request.socket.destroy(),
    '/reset': (request) => request.socket.resetAndDestroy(),
    '/reset-mid-body': (request, response) => {
      stall(response, {});
      setTimeout(() => request.socket.resetAndDestroy(), 50);
    },
    '/conditional.xml': (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') response.writeHead(304, { ETag: '"v1"' }).end();
      else response.writeHead(200, { ETag: '"v1"', 'Content-Type': 'application/rss+xml' }).end(rss);
    },
    '/moved-301': (_q, r) => r.writeHead(301, { Location: '/moved-308' }).end(),
    '/moved-308': (_q, r) => r.writeHead(308, { Location: '/feed.xml' }).end(),
    '/temporary': (_q, r) => r.writeHead(302, { Location: '/feed.xml' }).end(),
    '/permanent-then-temporary': (_q, r) => r.writeHead(301, { Location: '/temporary' }).end(),
    '/loop-a': (_q, r) => r.writeHead(302, { Location: '/loop-b' }).end(),
    '/loop-b': (_q, r) => r.writeHead(302, { Location: '/loop-a' }).end(),
    ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/hop-${i}`, (_q: unknown, r: ServerResponse) => r.writeHead(302, { Location: `/hop-${i + 1}` }).end()])),
    '/gone': (_q, r) => r.writeHead(410).end('gone'),
    '/missing': (_q, r) => r.writeHead(404).end(),
    '/busy': (_q, r) => r.writeHead(429, { 'Retry-After': '120' }).end(),
    '/down': (_q, r) => r.writeHead(503, { 'Retry-After': new Date(Date.now() + 3_600_000).toUTCString() }).end(),
    '/broken': (_q, r) => r.writeHead(500).end(),
    '/slow': (_q, r) => {
      r.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      r.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      // Never finishes within the test's timeout.
      const timer = setTimeout(() => r.end('</channel></rss>'), 5_000);
      r.on('close', () => clearTimeout(timer));
    },
    '/endless': (_q, r) => {
      r.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = (): void => {
        while (!r.destroyed && r.write(chunk));
        if (!r.destroyed) r.once('drain', pump);
      };
      pump();
    },
    '/bomb-gzip.xml': endlessBomb('gzip'),
    '/bomb-deflate.xml': endlessBomb('deflate'),
    '/bomb-br.xml': endlessBomb('br'),
    ...redirectChain(5),
    ...redirectChain(6),
    '/moved-then-304': (_q, r) => r.writeHead(301, { Location: '/conditional.xml' }).end(),
    '/temporary-then-304': (_q, r) => r.writeHead(302, { Location: '/conditional.xml' }).end(),
    '/busy-garbage': (_q, r) => r.writeHead(429, { 'Retry-After': '-5' }).end(),
    '/ttl-under-max-age.xml': feedRoute(rssWith('<ttl>5</ttl>'), { 'Cache-Control': 'max-age=7200' }),
    '/ttl-over-max-age.xml': feedRoute(rssWith('<ttl>120</ttl>'), { 'Cache-Control': 'public, max-age=900' }),
    '/gzip.xml': feedRoute(zlib.gzipSync(rss), { 'Content-Encoding': 'gzip' }),
    '/deflate.xml': feedRoute(zlib.deflateSync(rss), { 'Content-Encoding': 'deflate' }),
    '/brotli.xml': feedRoute(zlib.brotliCompressSync(rss), { 'Content-Encoding': 'br' }),
    '/latin1.xml': feedRoute(fixture('latin1-declared.xml'), { 'Content-Type': 'application/rss+xml; charset=utf-8' }),
    '/page-one-feed.html': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(fixture('page-one-feed.html')),
    '/rss2-full.xml': feedRoute(rss),
    '/page-two-feeds.html': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(fixture('page-two-feeds.html')),
    '/page-no-feed.html': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(fixture('page-no-feed.html')),
    '/empty': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(),
    '/opml': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/xml' }).end(fixture('not-a-feed.opml')),
    '/ttl.xml': feedRoute(rssWith('<ttl>45</ttl>')),
    '/max-age.xml': feedRoute(rssWith(''), { 'Cache-Control': 'public, max-age=900' }),
  });
});

afterAll(async () => {
  await server.close();
});

describe('fetching a feed', () => {
  it('reads a feed and keeps its validators for the next, conditional fetch', async () => {
    const outcome = await fetchFeed({ url: server.url('/feed.xml'), validators: noValidators }, fast);
    expect(outcome.kind).toBe('updated');
    if (outcome.kind !== 'updated') return;
    expect(outcome.feed.title).toBe('Le Quotidien & Co');
    expect(outcome.feed.articles[0]?.url).toBe(server.url('/2024/06/fete-de-la-musique'));
    expect(outcome.validators).toEqual({ etag: '"v1"', lastModified: 'Fri, 21 Jun 2024 08:00:00 GMT' });
    expect(outcome.movedTo).toBeNull();
    expect(outcome.suggestedIntervalSeconds).toBe(1800);
  });

  it('sends a real User-Agent, feed types in Accept, and compression it can undo', async () => {
    await fetchFeed({ url: server.url('/feed.xml'), validators: noValidators }, fast);
    const headers = server.requests.at(-1)?.headers;
    expect(headers?.['user-agent']).toBe('Tidings/1.2.3 (+https://github.com/tidings-reader/tidings)');
    expect(headers?.accept).toContain('application/rss+xml');
    expect(headers?.accept).toContain('application/atom+xml');
    expect(headers?.accept).toContain('application/feed+json');
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('answers not-modified on 304 without parsing anything, sending ETag and Last-Modified', async () => {
    const validators = { etag: '"v1"', lastModified: 'Fri, 21 Jun 2024 08:00:00 GMT' };
    const reader = countingReader();
    const outcome = await fetchFeed({ url: server.url('/conditional.xml'), validators }, { ...fast, reader });
    expect(outcome).toEqual({ kind: 'not-modified', validators });
    expect(reader.reads).toBe(0);
    const headers = server.requests.at(-1)?.headers;
    expect(headers?.['if-none-match']).toBe('"v1"');
    expect(headers?.['if-modified-since']).toBe('Fri, 21 Jun 2024 08:00:00 GMT');
  });

  it('keeps a weak ETag exactly as sent and sends it back, so that the server can compare it', async () => {
    const first = await fetchFeed({ url: server.url('/weak.xml'), validators: noValidators }, fast);
    expect(first.kind === 'updated' && first.validators).toEqual({ etag: 'W/"w1"', lastModified: null });
    const again = await fetchFeed({ url: server.url('/weak.xml'), validators: { etag: 'W/"w1"', lastModified: null } }, fast);
    expect(again).toEqual({ kind: 'not-modified', validators: { etag: 'W/"w1"', lastModified: null } });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('W/"w1"');
  });

  it('takes the new ETag a 304 carries, and keeps the Last-Modified it did not repeat', async () => {
    const first = await fetchFeed({ url: server.url('/rotating.xml'), validators: noValidators }, fast);
    if (first.kind !== 'updated') throw new Error(first.kind);
    const again = await fetchFeed({ url: server.url('/rotating.xml'), validators: first.validators }, fast);
    expect(again).toEqual({ kind: 'not-modified', validators: { etag: '"v2"', lastModified: 'Fri, 21 Jun 2024 08:00:00 GMT' } });
  });

  it('reports the new address after permanent redirects (301 then 308)', async () => {
    const outcome = await fetchFeed({ url: server.url('/moved-301'), validators: noValidators }, fast);
    expect(outcome.kind === 'updated' && outcome.movedTo).toBe(server.url('/feed.xml'));
  });

  it('reports the new address when a permanent redirect ends in 304, so the move is not lost while nothing changes', async () => {
    const validators = { etag: '"v1"', lastModified: null };
    const moved = await fetchFeed({ url: server.url('/moved-then-304'), validators }, fast);
    expect(moved).toEqual({ kind: 'not-modified', validators, movedTo: server.url('/conditional.xml') });
    expect(server.requests.at(-1)).toMatchObject({ path: '/conditional.xml', headers: { 'if-none-match': '"v1"' } });
    const temporary = await fetchFeed({ url: server.url('/temporary-then-304'), validators }, fast);
    expect(temporary).toEqual({ kind: 'not-modified', validators });
  });

  it('does not move the subscription for a temporary redirect', async () => {
    const temporary = await fetchFeed({ url: server.url('/temporary'), validators: noValidators }, fast);
    expect(temporary.kind === 'updated' && temporary.movedTo).toBeNull();
    const temporary307 = await fetchFeed({ url: server.url('/temporary-307'), validators: noValidators }, fast);
    expect(temporary307.kind === 'updated' && temporary307.movedTo).toBeNull();
    const permanent308 = await fetchFeed({ url: server.url('/permanent-308'), validators: noValidators }, fast);
    expect(permanent308.kind === 'updated' && permanent308.movedTo).toBe(server.url('/feed.xml'));
  });

  it('moves the subscription only as far as the unbroken run of permanent redirects from its address', async () => {
    const permanentFirst = await fetchFeed({ url: server.url('/permanent-then-temporary'), validators: noValidators }, fast);
    expect(permanentFirst.kind === 'updated' && permanentFirst.movedTo).toBe(server.url('/temporary'));
    const temporaryFirst = await fetchFeed({ url: server.url('/temporary-then-permanent'), validators: noValidators }, fast);
    expect(temporaryFirst.kind === 'updated' && temporaryFirst.feed.articles.length).toBe(3);
    expect(temporaryFirst.kind === 'updated' && temporaryFirst.movedTo).toBeNull();
  });

  it('resolves relative, scheme-relative and raw UTF-8 Location headers', async () => {
    const relative = await fetchFeed({ url: server.url('/dir/start'), validators: noValidators }, fast);
    expect(server.requests.at(-2)?.path).toBe('/dir/next');
    expect(relative.kind === 'updated' && relative.movedTo).toBe(server.url('/feed.xml'));
    const schemeRelative = await fetchFeed({ url: server.url('/scheme-relative'), validators: noValidators }, fast);
    expect(schemeRelative.kind === 'updated' && schemeRelative.movedTo).toBe(server.url('/feed.xml'));
    const utf8 = await fetchFeed({ url: server.url('/utf8-location'), validators: noValidators }, fast);
    expect(utf8.kind === 'updated' && utf8.movedTo).toBe(server.url('/caf%C3%A9.xml'));
  });

  it('stops redirect loops and over-long redirect chains with a clear message', async () => {
    expect(expectFailed(await fetchFeed({ url: server.url('/loop-a'), validators: noValidators }, fast)).error).toMatch(/redirects in a loop/);
    expect(expectFailed(await fetchFeed({ url: server.url('/self'), validators: noValidators }, fast)).error).toBe(
      `The feed's address redirects in a loop (${host()})`,
    );
    expect(expectFailed(await fetchFeed({ url: server.url('/hop-0'), validators: noValidators }, fast)).error).toMatch(/Too many redirects/);
  });

  it('follows exactly five redirects, and refuses a sixth, saying how many it allows', async () => {
    const five = await fetchFeed({ url: server.url('/chain-5-0'), validators: noValidators }, fast);
    expect(five.kind === 'updated' && five.feed.articles.length).toBe(3);
    const six = expectFailed(await fetchFeed({ url: server.url('/chain-6-0'), validators: noValidators }, fast));
    expect(six.error).toBe(`Too many redirects: ${new URL(server.url('/')).host} redirected more than 5 times`);
    expect(server.requests.filter((request) => request.path.startsWith('/chain-6-')).map((request) => request.path)).toEqual(
      Array.from({ length: 6 }, (_, index) => `/chain-6-${index}`),
    );
  });

  it('marks a 410 feed as gone', async () => {
    const failed = expectFailed(await fetchFeed({ url: server.url('/gone'), validators: noValidators }, fast));
    expect(failed.gone).toBe(true);
    expect(failed.error).toBe(`The feed is gone: ${host()} says it was removed for good (410 Gone); Tidings no longer checks it`);
  });

  it('passes on Retry-After from 429 and 503, in seconds', async () => {
    const busy = expectFailed(await fetchFeed({ url: server.url('/busy'), validators: noValidators }, fast));
    expect(busy.retryAfterSeconds).toBe(120);
    expect(busy.error).toMatch(/too many requests.*wait 2 min/);
    const down = expectFailed(await fetchFeed({ url: server.url('/down'), validators: noValidators }, fast));
    expect(down.retryAfterSeconds).toBeGreaterThan(3500);
    expect(down.gone).toBe(false);
  });

  it('ignores a Retry-After it cannot read instead of asking to "wait 0 s"', async () => {
    const busy = expectFailed(await fetchFeed({ url: server.url('/busy-garbage'), validators: noValidators }, fast));
    expect(busy.retryAfterSeconds).toBeUndefined();
    expect(busy.error).toBe(`${new URL(server.url('/')).host} is receiving too many requests (429 Too Many Requests)`);
  });

  it('explains other HTTP errors in one line', async () => {
    expect(expectFailed(await fetchFeed({ url: server.url('/missing'), validators: noValidators }, fast)).error).toMatch(/^Not found: .* \(404/);
    expect(expectFailed(await fetchFeed({ url: server.url('/broken'), validators: noValidators }, fast)).error).toMatch(/had a problem answering \(500/);
    expect(expectFailed(await fetchFeed({ url: server.url('/login'), validators: noValidators }, fast)).error).toBe(
      'The feed asks for a user name and password (401 Unauthorized)',
    );
    expect(expectFailed(await fetchFeed({ url: server.url('/forbidden'), validators: noValidators }, fast)).error).toBe(
      `${host()} refused access to the feed (403 Forbidden)`,
    );
  });

  it('says when a host name does not exist', async () => {
    // .invalid is reserved never to resolve (RFC 6761); a machine without DNS says so instead.
    const failed = expectFailed(await fetchFeed({ url: 'http://tidings-test.invalid/feed', validators: noValidators }, fast));
    expect(failed.error).toMatch(/^Could not reach tidings-test\.invalid: (no such host|the host name could not be looked up)$/);
  });

  it('says when the connection is reset or dropped, before or during the answer', async () => {
    const expected = `Could not reach ${host()}: the connection was reset`;
    expect(expectFailed(await fetchFeed({ url: server.url('/hang-up'), validators: noValidators }, fast)).error).toBe(expected);
    expect(expectFailed(await fetchFeed({ url: server.url('/reset'), validators: noValidators }, fast)).error).toBe(expected);
    expect(expectFailed(await fetchFeed({ url: server.url('/reset-mid-body'), validators: noValidators }, fast)).error).toBe(
      `The connection to ${host()} closed before the whole feed arrived`,
    );
  });

  it('gives up on a body that takes longer than the timeout, stating the timeout as set', async () => {
    const started = Date.now();
    const failed = expectFailed(await fetchFeed({ url: server.url('/slow'), validators: noValidators }, { ...fast, timeoutMs: 500 }));
    expect(failed.error).toBe(`${new URL(server.url('/')).host} took too long to send the feed (over 0.5 s)`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up on a connection that never opens after the connect timeout, well before the whole timeout', async () => {
    // Accepts TCP but never answers the TLS handshake, so the https connection never opens.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const started = Date.now();
      const failed = expectFailed(
        await fetchFeed({ url: `https://127.0.0.1:${port}/feed`, validators: noValidators }, { ...fast, connectTimeoutMs: 300, timeoutMs: 10_000 }),
      );
      expect(failed.error).toBe(`Could not reach 127.0.0.1:${port}: the connection did not open within 0.3 s`);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('gives up on a body that trickles in for ever, a byte at a time, at the total timeout', async () => {
    const failed = expectFailed(await fetchFeed({ url: server.url('/trickle'), validators: noValidators }, { ...fast, timeoutMs: 1_000 }));
    expect(failed.error).toBe(`${host()} took too long to send the feed (over 1 s)`);
  });

  it('refuses a body whose declared length is over the limit without waiting for it', async () => {
    const failed = expectFailed(
      await fetchFeed({ url: server.url('/declares-huge'), validators: noValidators }, { ...fast, maxBodyBytes: 1024 * 1024, timeoutMs: 10_000 }),
    );
    expect(failed.error).toBe('The feed is too large (over 1 MB)');
  });

  it('stops reading an endless body at the size limit', async () => {
    const failed = expectFailed(await fetchFeed({ url: server.url('/endless'), validators: noValidators }, { ...fast, maxBodyBytes: 2 * 1024 * 1024 }));
    expect(failed.error).toBe('The feed is too large (over 2 MB)');
  });

  it.each(Object.keys(bombs))('stops an endless %s bomb at the limit while decompressing, without holding what it inflated', async (encoding) => {
    const before = process.memoryUsage().arrayBuffers;
    const failed = expectFailed(
      await fetchFeed({ url: server.url(`/bomb-${encoding}.xml`), validators: noValidators }, { ...fast, maxBodyBytes: 4 * 1024 * 1024, timeoutMs: 10_000 }),
    );
    expect(failed.error).toBe('The feed is too large (over 4 MB)');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('uses a 20 MB limit by default', async () => {
    expect(expectFailed(await fetchFeed({ url: server.url('/endless'), validators: noValidators }, fast)).error).toBe('The feed is too large (over 20 MB)');
  });

  it.each(['/gzip.xml', '/deflate.xml', '/brotli.xml'])('decompresses %s', async (path) => {
    const outcome = await fetchFeed({ url: server.url(path), validators: noValidators }, fast);
    expect(outcome.kind === 'updated' && outcome.feed.articles.length).toBe(3);
  });

  it('reads raw deflate sent as deflate, a plain body sent as gzip, and identity as no compression', async () => {
    for (const path of ['/raw-deflate.xml', '/says-gzip-sends-plain.xml', '/identity.xml']) {
      const outcome = await fetchFeed({ url: server.url(path), validators: noValidators }, fast);
      expect(outcome.kind === 'updated' && outcome.feed.articles.length, path).toBe(3);
    }
  });

  it('says in one line when a body is not compressed as the server says, or in a way Tidings cannot undo', async () => {
    expect(expectFailed(await fetchFeed({ url: server.url('/says-br-sends-plain.xml'), validators: noValidators }, fast)).error).toBe(
      `${host()} said the feed was compressed with br, but it could not be decompressed`,
    );
    expect(expectFailed(await fetchFeed({ url: server.url('/zstd.xml'), validators: noValidators }, fast)).error).toBe(
      `${host()} compressed the feed with zstd, which Tidings did not ask for and cannot undo`,
    );
    expect(expectFailed(await fetchFeed({ url: server.url('/gzip-empty.xml'), validators: noValidators }, fast)).error).toMatch(/The feed is empty/);
  });

  it('reads a Latin-1 feed served as UTF-8 without turning "Fête" into "F�te"', async () => {
    const outcome = await fetchFeed({ url: server.url('/latin1.xml'), validators: noValidators }, fast);
    if (outcome.kind !== 'updated') throw new Error(outcome.kind);
    expect(outcome.feed.title).toBe('Fête de la musique');
    expect(outcome.feed.articles[0]?.title).toBe('Fête de la musique à Paris');
    expect(outcome.feed.errors.join()).toMatch(/said it was UTF-8/);
  });

  it('says when a host refuses the connection', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const failed = expectFailed(await fetchFeed({ url: `http://127.0.0.1:${port}/feed`, validators: noValidators }, fast));
    expect(failed.error).toBe(`Could not reach 127.0.0.1:${port}: connection refused`);
  });

  it('refuses addresses that are not http(s)', async () => {
    expect(expectFailed(await fetchFeed({ url: 'ftp://example.com/feed', validators: noValidators }, fast)).error).toMatch(/Only http and https/);
    expect(expectFailed(await fetchFeed({ url: 'not a url', validators: noValidators }, fast)).error).toMatch(/is not a web address/);
  });

  it('follows a web page that advertises exactly one feed, and moves the subscription there', async () => {
    const outcome = await fetchFeed({ url: server.url('/page-one-feed.html'), validators: noValidators }, fast);
    if (outcome.kind !== 'updated') throw new Error(JSON.stringify(outcome));
    expect(outcome.movedTo).toBe(server.url('/rss2-full.xml'));
    expect(outcome.feed.errors[0]).toMatch(/is a web page; Tidings read the feed it points to/);
    expect(outcome.feed.notes?.[0]).toEqual({ code: 'followedWebPage', params: { url: server.url('/rss2-full.xml') } });
    expect(outcome.feed.notes).toHaveLength(outcome.feed.errors.length);
  });

  it('lists the feeds of a page that advertises several, and says so for a page with none', async () => {
    expect(expectFailed(await fetchFeed({ url: server.url('/page-two-feeds.html'), validators: noValidators }, fast)).error).toMatch(
      /web page that lists 2 feeds \(https:\/\/two.example\/atom.xml, https:\/\/two.example\/feed.json\)/,
    );
    expect(expectFailed(await fetchFeed({ url: server.url('/page-no-feed.html'), validators: noValidators }, fast)).error).toBe(
      'Not a feed: the address answered with a web page',
    );
  });

  it('fails readably on an empty answer and on XML that is not a feed', async () => {
    expect(expectFailed(await fetchFeed({ url: server.url('/empty'), validators: noValidators }, fast)).error).toMatch(/The feed is empty/);
    expect(expectFailed(await fetchFeed({ url: server.url('/opml'), validators: noValidators }, fast)).error).toMatch(/XML that is not RSS or Atom/);
  });

  it('passes on the polling interval a feed or its server asks for', async () => {
    const ttl = await fetchFeed({ url: server.url('/ttl.xml'), validators: noValidators }, fast);
    expect(ttl.kind === 'updated' && ttl.suggestedIntervalSeconds).toBe(45 * 60);
    const maxAge = await fetchFeed({ url: server.url('/max-age.xml'), validators: noValidators }, fast);
    expect(maxAge.kind === 'updated' && maxAge.suggestedIntervalSeconds).toBe(900);
  });

  it('takes the larger of the feed’s interval and the server’s max-age, both being lower bounds', async () => {
    const ttlShorter = await fetchFeed({ url: server.url('/ttl-under-max-age.xml'), validators: noValidators }, fast);
    expect(ttlShorter.kind === 'updated' && ttlShorter.suggestedIntervalSeconds).toBe(7200);
    const ttlLonger = await fetchFeed({ url: server.url('/ttl-over-max-age.xml'), validators: noValidators }, fast);
    expect(ttlLonger.kind === 'updated' && ttlLonger.suggestedIntervalSeconds).toBe(7200);
  });

  it('parses in the worker pool by default, with the same result as in place', async () => {
    const [pooled, inline] = await Promise.all([
      fetchFeed({ url: server.url('/feed.xml'), validators: noValidators }, { appVersion: '1.2.3' }),
      fetchFeed({ url: server.url('/feed.xml'), validators: noValidators }, fast),
    ]);
    // The clamped future date is the fetch time, which differs between the two fetches, and so does the digest.
    const comparable = (outcome: FetchOutcome) =>
      outcome.kind === 'updated' ? outcome.feed.articles.map((article) => ({ ...article, published: article.published?.slice(0, 4), digest: typeof article.digest })) : outcome;
    expect(pooled.kind).toBe('updated');
    expect(comparable(pooled)).toEqual(comparable(inline));
    await sharedFeedReader().close();
  });
});
