import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeOpml, type OpmlFeed } from './opml';
import {
  answers,
  contentTypes,
  feedDocument,
  feedSpecs,
  item,
  itemRenderers,
  itemsAt,
  malformedDocument,
  peerShape,
  type FeedSpec,
  type WorkloadShape,
} from './workload';

/** What the publishers answered since they started; readers of the figures take differences. */
export interface PublisherStats {
  epoch: number;
  requests: number;
  /** 200 with the feed. */
  served: number;
  notModified: number;
  /** 404, 500 and malformed answers. */
  broken: number;
  stalled: number;
  bytes: number;
  /** Items a reader stores once it has read every answering feed at this epoch. */
  expectedArticles: number;
  /** The same, without JSON Feed documents (for readers of RSS and Atom alone). */
  expectedXmlArticles: number;
}

export interface WorkloadServer {
  feeds: OpmlFeed[];
  /** The control address: `next-epoch`, `reset`, `stats`, `opml` under it. */
  control: string;
  opml(): string;
  close(): Promise<void>;
}

interface Document {
  body: Buffer;
  items: number;
  etag: string;
  lastModified: string;
  modifiedAt: number;
}

/** The publishers' documents at the current epoch, rebuilt only for the feeds that changed. */
class Publisher {
  epoch = 0;
  private readonly rendered: string[][];
  private readonly documents: Document[] = [];

  constructor(
    readonly specs: FeedSpec[],
    private readonly shape: WorkloadShape,
  ) {
    this.rendered = specs.map(() => []);
    this.moveTo(1);
  }

  moveTo(epoch: number): void {
    this.epoch = epoch;
    for (const spec of this.specs) {
      const count = itemsAt(spec, epoch, this.shape);
      if (this.documents[spec.index]?.items === count) continue;
      const rendered = this.rendered[spec.index] ?? [];
      let newest = 0;
      for (let position = 0; position < count; position += 1) {
        if (rendered[position] === undefined || position === count - 1) {
          const entry = item(spec, position, this.shape);
          rendered[position] ??= itemRenderers[spec.format](entry);
          newest = entry.published.getTime();
        }
      }
      const modifiedAt = Math.floor(newest / 1000) * 1000;
      this.documents[spec.index] = {
        body: Buffer.from(feedDocument(spec, rendered.slice(0, count), new Date(modifiedAt))),
        items: count,
        etag: `"${spec.index}-${count}"`,
        lastModified: new Date(modifiedAt).toUTCString(),
        modifiedAt,
      };
    }
  }

  document(index: number): Document | undefined {
    return this.documents[index];
  }

  expected(filter: (spec: FeedSpec) => boolean): number {
    return this.specs.filter((spec) => answers(spec) && filter(spec)).reduce((sum, spec) => sum + (this.documents[spec.index]?.items ?? 0), 0);
  }
}

function isUnchanged(request: IncomingMessage, document: Document): boolean {
  const etag = request.headers['if-none-match'];
  if (etag !== undefined) return etag.split(',').some((tag) => tag.trim() === document.etag);
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && since >= document.modifiedAt;
}

function listen(server: Server, host: string, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Serves the workload from 127.0.0.1 … 127.0.0.<hosts> (Linux routes all of 127/8 to the loopback interface), one
 * server per address, with conditional GET. The control server on 127.0.0.1 moves the publishers to their next epoch.
 */
export async function startWorkloadServer(options: { shape?: WorkloadShape; controlPort?: number } = {}): Promise<WorkloadServer> {
  const shape = options.shape ?? peerShape;
  const publisher = new Publisher(feedSpecs(shape), shape);
  const stats = { requests: 0, served: 0, notModified: 0, broken: 0, stalled: 0, bytes: 0 };
  const stalls = new Set<NodeJS.Timeout>();

  function answer(request: IncomingMessage, response: ServerResponse, spec: FeedSpec): void {
    if (response.destroyed) return;
    if (spec.fault === 'not-found' || spec.fault === 'server-error') {
      stats.broken += 1;
      response.writeHead(spec.fault === 'not-found' ? 404 : 500, { 'Content-Type': 'text/plain' }).end(spec.fault === 'not-found' ? 'Not found' : 'Internal error');
      return;
    }
    if (spec.fault === 'malformed') {
      stats.broken += 1;
      response.writeHead(200, { 'Content-Type': contentTypes.rss }).end(malformedDocument);
      return;
    }
    const document = publisher.document(spec.index);
    if (!document) return void response.writeHead(404).end();
    const validators = { ETag: document.etag, 'Last-Modified': document.lastModified };
    if (isUnchanged(request, document)) {
      stats.notModified += 1;
      response.writeHead(304, validators).end();
      return;
    }
    stats.served += 1;
    stats.bytes += document.body.byteLength;
    response.writeHead(200, { ...validators, 'Content-Type': contentTypes[spec.format], 'Content-Length': document.body.byteLength }).end(document.body);
  }

  const hostServers = Array.from({ length: shape.hosts }, (_, host) =>
    createServer((request, response) => {
      stats.requests += 1;
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const spec = publisher.specs[Number(/^\/feeds\/(\d+)\//.exec(path)?.[1] ?? -1)];
      if (!spec || spec.host !== host || spec.path !== path) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      if (spec.fault !== 'stall') return answer(request, response, spec);
      stats.stalled += 1;
      const timer = setTimeout(() => {
        stalls.delete(timer);
        answer(request, response, spec);
      }, shape.stallMs);
      stalls.add(timer);
    }),
  );
  const ports = await Promise.all(hostServers.map((server, host) => listen(server, `127.0.0.${host + 1}`)));
  const feeds = publisher.specs.map((spec) => ({ title: spec.title, url: `http://127.0.0.${spec.host + 1}:${ports[spec.host] ?? 0}${spec.path}` }));
  const opml = () => writeOpml(`Tidings peer benchmark: ${feeds.length} feeds`, feeds);

  const currentStats = (): PublisherStats => ({
    epoch: publisher.epoch,
    ...stats,
    expectedArticles: publisher.expected(() => true),
    expectedXmlArticles: publisher.expected((spec) => spec.format !== 'json'),
  });
  const control = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const json = (value: unknown) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(`${JSON.stringify(value)}\n`);
    if (path === '/next-epoch') {
      publisher.moveTo(publisher.epoch + 1);
      return json(currentStats());
    }
    if (path === '/reset') {
      publisher.moveTo(1);
      return json(currentStats());
    }
    if (path === '/stats') return json(currentStats());
    if (path === '/opml') return void response.writeHead(200, { 'Content-Type': 'text/x-opml; charset=utf-8' }).end(opml());
    response.writeHead(404).end();
  });
  const controlPort = await listen(control, '127.0.0.1', options.controlPort ?? 0);

  return {
    feeds,
    control: `http://127.0.0.1:${controlPort}/`,
    opml,
    close: async () => {
      for (const timer of stalls) clearTimeout(timer);
      await Promise.all(
        [...hostServers, control].map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
