import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import Parser from 'rss-parser';
import { fetchFeed } from '../../../electron/feeds/fetchFeed';
import { decodeText } from '../../../electron/feeds/decode/decodeText';
import { normaliseFeed, normaliseItems } from '../../../electron/feeds/normalise/normaliseFeed';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import { readXmlFeed } from '../../../electron/feeds/parse/readXmlFeed';
import { WorkerFeedReader, defaultPoolSize, defaultWorkerEntry } from '../../../electron/feeds/worker/feedReader';
import type { FetchOutcome } from '../../../shared/model/feed';
import { interleavedMediansMs } from '../measure';
import type { BenchRow } from '../table';
import { atomFeed, rssFeed } from './syntheticFeeds';

const group = 'feeds';

const url = 'https://bench.example/feed';

/** The feed engine alone, stage by stage as readFeedDocument runs them: decode, parse, normalise; no language work. */
async function readWithEngine(body: Uint8Array): Promise<number> {
  const raw = await readXmlFeed(decodeText(body, null).text, url);
  return normaliseItems(raw, { feedUrl: url, fetchedAt: Date.now(), sanitise: false }).length;
}

const appReading = (body: Uint8Array) => readFeedDocument({ body, contentType: null, url, fetchedAt: Date.now(), sanitise: false });

/**
 * Parse throughput against raw rss-parser `parseString` on the same text, in the same rounds: the feed engine
 * (decode, parse, normalise; the 1.5× target), then the whole of what the app runs per document, which adds
 * language detection and provenance. The app sanitises an article when it is opened (group sanitise).
 */
async function throughput(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [format, text] of [['RSS 2.0', rssFeed(200)], ['Atom 1.0', atomFeed(200)]] as const) {
    const body = Buffer.from(text);
    const megabytes = body.byteLength / 1e6;
    const [raw = Number.NaN, engine = Number.NaN, pipeline = Number.NaN] = await interleavedMediansMs(30, [
      () => new Parser().parseString(text),
      () => readWithEngine(body),
      () => appReading(body),
    ]);
    const baseline = { name: 'rss-parser parseString', value: raw };
    const note = `200-item ${format}, ${(body.byteLength / 1024).toFixed(0)} KB, ~1.3 KB of HTML per item; one thread; median of 30 interleaved rounds`;
    rows.push(
      { group, name: `${format}: feed engine (decode+parse+normalise), time`, value: engine, unit: 'ms', baseline, note },
      { group, name: `${format}: feed engine, throughput`, value: megabytes / (engine / 1000), unit: 'MB/s', baseline: { name: baseline.name, value: megabytes / (raw / 1000) }, note },
      { group, name: `${format}: feed engine, throughput`, value: 200 / (engine / 1000), unit: 'articles/s', baseline: { name: baseline.name, value: 200 / (raw / 1000) }, note },
      { group, name: `${format}: the app’s pipeline (engine + languages, provenance), time`, value: pipeline, unit: 'ms', baseline, note },
    );
  }
  const body = Buffer.from(rssFeed(200));
  const [pipeline = Number.NaN, inspector = Number.NaN] = await interleavedMediansMs(3, [
    () => appReading(body),
    () => readFeedDocument({ body, contentType: null, url, fetchedAt: Date.now(), sanitise: true }),
  ]);
  rows.push({
    group,
    name: 'RSS 2.0: pipeline + sanitise over jsdom (as the inspector runs it), time',
    value: inspector,
    unit: 'ms',
    baseline: { name: 'the app’s pipeline', value: pipeline },
    note: 'the inspector sanitises in Node, over jsdom; the app leaves that to the reading pane, over Chromium’s DOM',
  });
  return rows;
}

/** Where the pipeline's time goes, stage by stage, on the 200-item feed; each against raw parseString. */
async function stages(): Promise<BenchRow[]> {
  const text = rssFeed(200);
  const body = Buffer.from(text);
  const rawFeed = await readXmlFeed(text, url);
  const normaliseOptions = { feedUrl: url, fetchedAt: Date.now(), sanitise: false };
  const [raw = Number.NaN, ...times] = await interleavedMediansMs(20, [
    () => new Parser().parseString(text),
    () => decodeText(body, 'application/rss+xml; charset=utf-8'),
    () => readXmlFeed(text, url),
    () => normaliseItems(rawFeed, normaliseOptions),
    () => normaliseFeed(rawFeed, normaliseOptions),
  ]);
  const baseline = { name: 'rss-parser parseString', value: raw };
  const note = 'stages of the pipeline on the 200-item RSS feed, each timed alone (median of 20 interleaved rounds)';
  const names = [
    'stage: decode (charset, BOM)',
    'stage: read XML (rss-parser, then our item reader)',
    'stage: normalise (ids, dates, addresses, text)',
    'stage: normalise, then language and provenance',
  ];
  return names.map((name, index) => ({ group, name, value: times[index] ?? Number.NaN, unit: 'ms', baseline, note }));
}

async function bigFeed(): Promise<BenchRow[]> {
  const text = rssFeed(2000, 7);
  const body = Buffer.from(text);
  const [raw = Number.NaN, engine = Number.NaN, pipeline = Number.NaN] = await interleavedMediansMs(3, [
    () => new Parser().parseString(text),
    () => readWithEngine(body),
    () => appReading(body),
  ]);
  const baseline = { name: 'rss-parser parseString', value: raw };
  const note = `2,000-item RSS, ${(body.byteLength / 1e6).toFixed(1)} MB`;
  return [
    { group, name: '2,000-item feed, feed engine', value: engine, unit: 'ms', baseline, note },
    { group, name: '2,000-item feed, the app’s pipeline', value: pipeline, unit: 'ms', baseline, note },
  ];
}

// The feed server runs in its own thread so that its work does not count as the client's stalls.
const serverSource = `
const http = require('node:http');
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const bodies = workerData.bodies;
const server = http.createServer((request, response) => {
  const index = Number((request.url || '').split('/')[2]);
  if (request.url.startsWith('/hang/')) return;
  if (request.headers['if-none-match'] === '"v' + index + '"') { response.writeHead(304).end(); return; }
  response.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"v' + index + '"' }).end(bodies[index % bodies.length]);
});
server.listen(0, '127.0.0.1', () => {
  const dead = net.createServer().listen(0, '127.0.0.1', () => {
    const deadPort = dead.address().port;
    dead.close(() => parentPort.postMessage({ port: server.address().port, deadPort }));
  });
});
parentPort.on('message', () => server.close(() => process.exit(0)));
`;

/** A refresh as the app runs it: HTML is left as sent, for the reading pane to sanitise when an article is opened. */
async function refresh(): Promise<BenchRow[]> {
  const sanitise = false;
  const feeds = 500;
  const bodies = Array.from({ length: 20 }, (_, seed) => rssFeed(20, seed));
  const server = new Worker(serverSource, { eval: true, workerData: { bodies } });
  const { port, deadPort } = await new Promise<{ port: number; deadPort: number }>((resolve) => server.once('message', resolve));
  const reader = new WorkerFeedReader(defaultWorkerEntry() ?? '', defaultPoolSize());
  // Warm the workers (tsx loads once per thread) outside the measurement, as a running app has.
  await Promise.all(Array.from({ length: defaultPoolSize() }, () => reader.read({ body: Buffer.from(bodies[0] ?? ''), contentType: null, url: 'https://bench.example/', fetchedAt: Date.now(), sanitise })));

  const requests = Array.from({ length: feeds }, (_, index) => {
    if (index % 100 === 99) return { url: `http://127.0.0.1:${deadPort}/feed/${index}`, validators: { etag: null, lastModified: null } };
    if (index % 100 === 98) return { url: `http://127.0.0.1:${port}/hang/${index}`, validators: { etag: null, lastModified: null } };
    // A third of the feeds are unchanged since the last refresh.
    const etag = index % 3 === 0 ? `"v${index}"` : null;
    return { url: `http://127.0.0.1:${port}/feed/${index}`, validators: { etag, lastModified: null } };
  });

  const delay = monitorEventLoopDelay({ resolution: 5 });
  let longestGap = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last - 5);
    last = now;
  }, 5);
  delay.enable();
  const started = performance.now();
  const outcomes: FetchOutcome[] = [];
  const concurrency = 16;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const request = requests[next++];
        if (request) outcomes.push(await fetchFeed(request, { reader, sanitise, timeoutMs: 3_000, connectTimeoutMs: 1_000 }));
      }
    }),
  );
  const total = performance.now() - started;
  delay.disable();
  clearInterval(probe);
  await reader.close();
  server.postMessage('stop');

  const count = (kind: FetchOutcome['kind']) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const articles = outcomes.reduce((sum, outcome) => sum + (outcome.kind === 'updated' ? outcome.feed.articles.length : 0), 0);
  const label = 'as the app reads them';
  const note = `500 loopback feeds (20 items each): ${count('updated')} updated, ${count('not-modified')} not modified, ${count('failed')} failed (5 refused, 5 hung until the 3 s timeout); ${articles} articles; concurrency ${concurrency}, ${defaultPoolSize()} parse worker(s)`;
  return [
    { group, name: `refresh 500 feeds, ${label}`, value: total / 1000, unit: 's', note },
    { group, name: `longest main-thread stall, ${label} (event-loop delay max)`, value: delay.max / 1e6, unit: 'ms', note },
    { group, name: `longest main-thread stall, ${label} (5 ms timer probe)`, value: longestGap, unit: 'ms', note },
  ];
}

/** Parse throughput against raw rss-parser, a 2,000-item feed, and a 500-feed refresh from loopback. */
export async function benchFeeds(): Promise<BenchRow[]> {
  return [...(await throughput()), ...(await stages()), ...(await bigFeed()), ...(await refresh())];
}
