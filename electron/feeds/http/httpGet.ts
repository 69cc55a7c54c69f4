import type { ClientRequest, IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import type { Transform } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import zlib from 'node:zlib';
import { mainMessage } from '../../../shared/model/mainMessage';
import { hostOf } from '../../../shared/util/url';
import { connectionNotOpened, describeSeconds, FeedProblem, firstLine, megabytes, unreachable, verbatim } from './feedProblem';
import { openRequest } from './openRequest';
import { proxyTimedOut, proxyUnreachable, proxyWantsLogin } from './proxy/proxyProblems';
import { directRoute, type ProxyResolver, type ProxyRoute } from './proxy/proxyRoute';
import { openTunnel } from './proxy/tunnel';

export interface HttpGetOptions {
  headers: Record<string, string>;
  /** Time allowed to open the connection (TCP, and TLS for https). */
  connectTimeoutMs: number;
  /** Epoch milliseconds by which headers and body must all have arrived. */
  deadline: number;
  /** The whole allowance the deadline was set from, for the message; else what is left of it when this request starts. */
  timeoutMs?: number;
  /** Limit on the body after decompression; the raw body is held to it too. */
  maxBodyBytes: number;
  /** Whether to read the body of an answer with this status; others are dropped unread. */
  wantsBody: (status: number) => boolean;
  /** Which proxy, if any, each address is fetched through; without it, every request goes straight to its server. */
  proxy?: ProxyResolver;
  /** Where connections may go: checked at every hop, and against the addresses a name resolves to as it connects. */
  guard?: ConnectionGuard;
}

/**
 * Keeps a request off some addresses (the local network, for a background fetch a feed from the internet asked for).
 * `refusal` judges a host as written; `lookup` resolves a name for the connection itself, so the address checked is the
 * address connected to, and a name that resolves elsewhere a moment later (DNS rebinding) gains nothing.
 */
export interface ConnectionGuard {
  refusal(hostname: string): string | null;
  lookup: LookupFunction;
}

export interface HttpAnswer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  /** Empty when the body was not wanted. */
  body: Buffer;
}

/**
 * One GET, without following redirects. Decompression is done here rather than by the HTTP client
 * so that the size limit applies to the decompressed bytes as they stream: a gzip bomb stops at
 * the limit instead of filling memory.
 */
export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpAnswer> {
  const target = webAddress(url);
  const refused = options.guard?.refusal(target.hostname);
  if (refused) throw new FeedProblem(verbatim(refused), 'network');
  return exchange(url, target, await routeTo(url, options.proxy, options.deadline), options);
}

function webAddress(url: string): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new FeedProblem(mainMessage('notWebAddress', { url }), 'network');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new FeedProblem(mainMessage('notHttpAddress', { protocol: target.protocol }), 'network');
  }
  return target;
}

/** The route for the address, within the request's deadline: a PAC script fetched from a server that hangs must not hold the fetch. */
async function routeTo(url: string, proxy: ProxyResolver | undefined, deadline: number): Promise<ProxyRoute> {
  if (!proxy) return directRoute;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new FeedProblem(mainMessage('proxySettingsSlow'), 'timeout')), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([proxy(url), late]);
  } catch (error) {
    if (error instanceof FeedProblem) throw error;
    throw new FeedProblem(mainMessage('proxySettingsUnreadable', { reason: verbatim(firstLine(error)) }), 'network');
  } finally {
    clearTimeout(timer);
  }
}

function exchange(url: string, target: URL, route: ProxyRoute, options: HttpGetOptions): Promise<HttpAnswer> {
  return new Promise<HttpAnswer>((resolve, reject) => {
    let settled = false;
    let request: ClientRequest | null = null;
    const timers: NodeJS.Timeout[] = [];
    const abandoned = new AbortController();
    const finish = (error: unknown, answer?: HttpAnswer): void => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      abandoned.abort();
      if (answer) resolve(answer);
      else reject(error instanceof FeedProblem ? error : unreachable(url, error));
    };
    const abort = (problem: FeedProblem): void => {
      finish(problem);
      request?.destroy();
    };

    const remaining = Math.max(0, options.deadline - Date.now());
    const allowed = describeSeconds(options.timeoutMs ?? remaining);
    timers.push(setTimeout(() => abort(new FeedProblem(mainMessage('tooSlow', { host: hostOf(url), wait: allowed }), 'timeout')), remaining));

    const send = (tunnel?: TLSSocket): void => {
      if (settled) return void tunnel?.destroy();
      const sent = openRequest(target, route, options.headers, tunnel, options.guard?.lookup);
      request = sent;
      // Plain http through a proxy: until the socket opens, whatever fails is the proxy's. A tunnel said whose its were.
      const proxyFirst = route.kind === 'http' && !tunnel ? route : null;
      let connected = false;
      sent.on('socket', (socket) => {
        connected = !socket.connecting;
        if (connected) return;
        const connectTimer = setTimeout(
          () =>
            abort(
              proxyFirst
                ? proxyTimedOut(proxyFirst, options.connectTimeoutMs)
                : connectionNotOpened(url, options.connectTimeoutMs),
            ),
          options.connectTimeoutMs,
        );
        timers.push(connectTimer);
        socket.once(target.protocol === 'https:' && !proxyFirst ? 'secureConnect' : 'connect', () => {
          connected = true;
          clearTimeout(connectTimer);
        });
      });
      let answered = false;
      // Once the answer has begun, a dropped connection is a body cut short, whichever of request and response says so first.
      sent.on('error', (error) => finish(answered ? cutShort(hostOf(url)) : proxyFirst && !connected ? proxyUnreachable(proxyFirst, error) : error));
      sent.on('response', (response) => {
        answered = true;
        const status = response.statusCode ?? 0;
        const head = { status, statusText: response.statusMessage ?? '', headers: response.headers };
        if (proxyFirst && status === 407) {
          response.destroy();
          finish(proxyWantsLogin(proxyFirst, head.statusText));
          return;
        }
        if (!options.wantsBody(status)) {
          response.destroy();
          finish(null, { ...head, body: Buffer.alloc(0) });
          return;
        }
        readBody(response, options.maxBodyBytes, hostOf(url)).then(
          (body) => finish(null, { ...head, body }),
          (error: unknown) => abort(error instanceof FeedProblem ? error : unreachable(url, error)),
        );
      });
      sent.end();
    };
    if (route.kind === 'http' && target.protocol === 'https:') {
      openTunnel(route, target, { connectTimeoutMs: options.connectTimeoutMs, signal: abandoned.signal }).then(send, (error: unknown) => finish(error));
    } else send();
  });
}

function cutShort(host: string): FeedProblem {
  return new FeedProblem(mainMessage('cutShort', { host }), 'network');
}

/** Refused unread, a feed over the limit is one Tidings cannot read: a parse failure, whatever the network did. */
function tooLarge(limit: number): FeedProblem {
  return new FeedProblem(mainMessage('tooLarge', { size: megabytes(limit) }), 'parse');
}

const decodedCodings = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/** The Accept-Encoding to send: exactly the codings readBody undoes. */
export const acceptEncoding = 'gzip, deflate, br';

/** The one content coding to undo, or null for none; a coding not offered in Accept-Encoding is refused by name. */
function contentCoding(header: string | undefined, host: string): string | null {
  const codings = (header ?? '')
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  const [only, ...more] = codings;
  if (only === undefined) return null;
  if (more.length === 0 && decodedCodings.has(only)) return only;
  throw new FeedProblem(mainMessage('unknownCompression', { host, codings: codings.join(', ') }), 'parse');
}

/** A zlib stream starts with a method of 8 (deflate) in its low bits, and its first two bytes are a multiple of 31. */
function isZlibHeader(first: Buffer): boolean {
  const [method = 0, flags] = first;
  return (method & 0x0f) === 8 && (flags === undefined || ((method << 8) | flags) % 31 === 0);
}

/** The decompressor for a coding, chosen from the body's first bytes too, since servers often mislabel; null for none. */
function decompressorFor(coding: string | null, first: Buffer): Transform | null {
  // Truncated compressed bodies are common enough (proxies, early closes) that whatever decompressed is kept.
  const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      // Every gzip stream starts with 0x1f; a body that does not was sent as it is, under a wrong header.
      return first[0] === 0x1f ? zlib.createGunzip(lenient) : null;
    case 'deflate':
      // "deflate" means zlib-wrapped, but some servers send raw deflate under that name, as browsers accept.
      return isZlibHeader(first) ? zlib.createInflate(lenient) : zlib.createInflateRaw(lenient);
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      return null;
  }
}

function readBody(response: IncomingMessage, limit: number, host: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const declared = Number(response.headers['content-length']);
    let coding: string | null;
    try {
      if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
      coding = contentCoding(response.headers['content-encoding'], host);
    } catch (error) {
      response.destroy();
      reject(error);
      return;
    }
    const chunks: Buffer[] = [];
    let decompressor: Transform | null = null;
    let rawBytes = 0;
    let bodyBytes = 0;
    let done = false;
    const stop = (error: unknown): void => {
      if (done) return;
      done = true;
      response.destroy();
      decompressor?.destroy();
      reject(error);
    };
    const keep = (chunk: Buffer): void => {
      if (done) return;
      bodyBytes += chunk.length;
      if (bodyBytes > limit) stop(tooLarge(limit));
      else chunks.push(chunk);
    };
    const succeed = (): void => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, bodyBytes));
    };
    const closed = (): void => stop(cutShort(host));

    response.on('data', (chunk: Buffer) => {
      rawBytes += chunk.length;
      if (rawBytes > limit) stop(tooLarge(limit));
    });
    response.once('data', (first: Buffer) => {
      if (done) return;
      decompressor = decompressorFor(coding, first);
      if (!decompressor) {
        keep(first);
        response.on('data', keep);
        return;
      }
      // The pipe only sees the chunks after this one.
      decompressor.write(first);
      response.pipe(decompressor);
      decompressor.on('data', keep);
      decompressor.on('error', () => stop(new FeedProblem(mainMessage('badCompression', { host, coding: String(coding) }), 'parse')));
      decompressor.on('end', succeed);
    });
    response.on('end', () => {
      if (!decompressor) succeed();
    });
    response.on('error', closed);
    response.on('aborted', closed);
  });
}
