import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { hostOf } from '../../../shared/util/url';
import { FeedProblem, megabytes, unreachable } from './feedProblem';

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
export function httpGet(url: string, options: HttpGetOptions): Promise<HttpAnswer> {
  return new Promise<HttpAnswer>((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (error: unknown, answer?: HttpAnswer): void => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      if (answer) resolve(answer);
      else reject(error instanceof FeedProblem ? error : unreachable(url, error));
    };

    let target: URL;
    try {
      target = new URL(url);
    } catch {
      finish(new FeedProblem(`"${url}" is not a web address`));
      return;
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      finish(new FeedProblem(`Only http and https addresses can be fetched, not ${target.protocol}`));
      return;
    }

    const client = target.protocol === 'https:' ? https : http;
    // A fresh connection per request: a pooled socket would outlive the deadline bookkeeping below.
    const request = client.request(target, { method: 'GET', headers: options.headers, agent: false });
    const abort = (problem: FeedProblem): void => {
      finish(problem);
      request.destroy();
    };

    const remaining = Math.max(0, options.deadline - Date.now());
    const allowed = describeSeconds(options.timeoutMs ?? remaining);
    timers.push(setTimeout(() => abort(new FeedProblem(`${hostOf(url)} took too long to send the feed (over ${allowed})`)), remaining));
    request.on('socket', (socket) => {
      if (!socket.connecting) return;
      const connectTimer = setTimeout(
        () => abort(new FeedProblem(`Could not reach ${hostOf(url)}: the connection did not open within ${describeSeconds(options.connectTimeoutMs)}`)),
        options.connectTimeoutMs,
      );
      timers.push(connectTimer);
      socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    request.on('error', (error) => finish(error));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const head = { status, statusText: response.statusMessage ?? '', headers: response.headers };
      if (!options.wantsBody(status)) {
        response.destroy();
        finish(null, { ...head, body: Buffer.alloc(0) });
        return;
      }
      readBody(response, options.maxBodyBytes).then(
        (body) => finish(null, { ...head, body }),
        (error: unknown) => abort(error instanceof FeedProblem ? error : unreachable(url, error)),
      );
    });
    request.end();
  });
}

/** "0.5 s", "2.5 s", "30 s": rounding a short timeout to whole seconds would misstate it ("over 1 s" for 500 ms). */
export function describeSeconds(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  return `${seconds >= 10 ? Math.round(seconds) : Number(seconds.toPrecision(2))} s`;
}

function tooLarge(limit: number): FeedProblem {
  return new FeedProblem(`The feed is too large (over ${megabytes(limit)})`);
}

function decompressorFor(encoding: string | undefined): Transform | null {
  // Truncated compressed bodies are common enough (proxies, early closes) that whatever decompressed is kept.
  const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(lenient);
    case 'deflate':
      // zlib-wrapped or raw deflate: servers send both under this name.
      return zlib.createUnzip(lenient);
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      return null;
  }
}

function readBody(response: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      response.destroy();
      reject(tooLarge(limit));
      return;
    }
    const encoding = response.headers['content-encoding'];
    const decompressor = decompressorFor(encoding);
    const chunks: Buffer[] = [];
    let rawBytes = 0;
    let bodyBytes = 0;
    let done = false;
    const fail = (error: unknown): void => {
      if (done) return;
      done = true;
      response.destroy();
      decompressor?.destroy();
      reject(error);
    };

    response.on('data', (chunk: Buffer) => {
      rawBytes += chunk.length;
      if (rawBytes > limit) fail(tooLarge(limit));
    });
    response.on('error', fail);
    response.on('aborted', () => fail(new FeedProblem('The connection closed before the whole feed arrived')));

    const output = decompressor ? response.pipe(decompressor) : response;
    output.on('data', (chunk: Buffer) => {
      if (done) return;
      bodyBytes += chunk.length;
      if (bodyBytes > limit) {
        fail(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    output.on('error', (error: Error) =>
      fail(decompressor && error !== null ? new FeedProblem(`The feed's ${String(encoding)} compression is damaged`) : error),
    );
    output.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, bodyBytes));
    });
  });
}
