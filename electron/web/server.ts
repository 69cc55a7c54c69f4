import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { isInvokeChannel, type Emit, type Handlers } from '../../shared/ipc/contract';
import { pathInside } from '../files/pathInside';
import { pageSecurityHeaders } from '../../shared/security/contentSecurityPolicy';
import { mediaPath } from '../../shared/media/mediaRoute';
import type { MediaAnswer } from '../media/mediaLibrary';
import type { PushResult } from '../poller/deliveries';
import { jsonTransport } from '../handlers/eventText';

/** Answers the page's `/media` route (MediaLibrary.answer): pictures from the image cache, never from the page's own fetch. */
export type MediaRoute = (query: URLSearchParams) => Promise<MediaAnswer>;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const maxRequestBytes = 1_000_000;

export interface WebServer {
  url: string;
  server: Server;
  emit: Emit;
  pushResult: PushResult;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and carries the IPC contract over HTTP: `POST /ipc/<channel>` for calls,
 * `GET /ipc/events` (Server-Sent Events) for what main pushes. Same handler table as the desktop app.
 */
export function createWebServer(
  rendererDir: string,
  getHandlers: () => Handlers,
  media?: MediaRoute,
): { server: Server; emit: Emit; pushResult: PushResult } {
  const clients = new Set<ServerResponse>();
  const { emit, pushResult } = jsonTransport((event, json) => {
    const head = `event: ${event}\ndata: `;
    for (const client of clients) {
      if (typeof json === 'string') {
        client.write(`${head}${json}\n\n`);
        continue;
      }
      // A result's articles are written as the bytes they came as, between the rest of its JSON.
      client.cork();
      client.write(`${head}${json.before}`);
      client.write(json.articles);
      client.write(`${json.after}\n\n`);
      process.nextTick(() => client.uncork());
    }
  });
  const server = createServer((request, response) => {
    // On every answer, errors included: whatever the harness serves, no other site may frame it or sniff its type.
    for (const [name, value] of Object.entries(pageSecurityHeaders)) response.setHeader(name, value);
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: String(error) });
      else response.end();
    });
  });

  // Another site can point its own name at 127.0.0.1 (DNS rebinding), so the Host header must name loopback itself.
  function isLoopbackHost(host: string | undefined): boolean {
    const address = server.address();
    if (!host || !address || typeof address === 'string') return false;
    return [`127.0.0.1:${address.port}`, `localhost:${address.port}`, `[::1]:${address.port}`].includes(host.toLowerCase());
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackHost(request.headers.host)) return sendJson(response, 403, { ok: false, error: 'Forbidden host' });
    const address = new URL(request.url ?? '/', 'http://localhost');
    const path = address.pathname;
    if (path === mediaPath && media && (request.method === 'GET' || request.method === 'HEAD')) return servePicture(address.searchParams, request, response, media);
    if (path === '/ipc/events' && request.method === 'GET') return openEventStream(response);
    if (path.startsWith('/ipc/') && request.method === 'POST') return invoke(path.slice('/ipc/'.length), request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { ok: false, error: 'Method not allowed' });
    return serveFile(path, response);
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    clients.add(response);
    response.on('close', () => clients.delete(response));
  }

  async function invoke(channel: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isInvokeChannel(channel)) return sendJson(response, 404, { ok: false, error: `No such channel: ${channel}` });
    // A page on another origin must not drive the handlers; browsers send Origin on cross-site POSTs.
    const origin = request.headers.origin;
    if (origin && origin !== `http://${request.headers.host ?? ''}`) return sendJson(response, 403, { ok: false, error: 'Forbidden origin' });
    const body = await readBody(request);
    let payload: unknown;
    try {
      payload = body ? JSON.parse(body) : {};
    } catch {
      return sendJson(response, 400, { ok: false, error: 'The request body is not JSON' });
    }
    const handler = getHandlers()[channel] as (request: unknown) => Promise<unknown>;
    try {
      sendJson(response, 200, { ok: true, value: await handler(payload) });
    } catch (error) {
      sendJson(response, 200, { ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  /**
   * Only the app's own pages may ask: another site's page could otherwise have the reader's machine fetch (and keep)
   * whatever it names. Chromium says who asks in Sec-Fetch-Site; a client that does not say (a test, curl) is the
   * reader's own.
   */
  async function servePicture(query: URLSearchParams, request: IncomingMessage, response: ServerResponse, answer: MediaRoute): Promise<void> {
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return sendJson(response, 403, { ok: false, error: 'Forbidden site' });
    const { status, headers, body } = await answer(query);
    response.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function serveFile(path: string, response: ServerResponse): Promise<void> {
    const inside = pathInside(rendererDir, path);
    if (!inside) return sendJson(response, 403, { ok: false, error: 'Forbidden' });
    let file = inside;
    if (!(await isFile(file))) file = join(rendererDir, 'index.html');
    if (!(await isFile(file))) {
      return sendJson(response, 503, { ok: false, error: 'Tidings is not built: run npm run build' });
    }
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  }

  return { server, emit, pushResult };
}

/** Starts the web harness on loopback. Port 0 picks a free port. */
export async function startWebServer(options: {
  rendererDir: string;
  port: number;
  host?: string;
  getHandlers: () => Handlers;
  media?: MediaRoute;
}): Promise<WebServer> {
  const { server, emit, pushResult } = createWebServer(options.rendererDir, options.getHandlers, options.media);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    server,
    emit,
    pushResult,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxRequestBytes) {
        reject(new Error('Request too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
