import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import Parser from 'rss-parser';
import { fetchFeed } from '../../../electron/feeds/fetchFeed';
import { decodeText } from '../../../electron/feeds/decode/decodeText';
import { normaliseFeed, normaliseItems } from '../../../electron/feeds/normalise/normaliseFeed';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import { readXmlFeed } from '../../../electron/feeds/parse/readXmlFeed';
import { WorkerFeedReader, defaultPoolSize, defaultWorkerEntry } from '../../../electron/feeds/worker/feedReader';
import { Poller } from '../../../electron/poller/poller';
import type { FeedPollResult, FetchOutcome, Subscription } from '../../../shared/model/feed';
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
    () => readXmlFeed(text, url, { liftBodies: false }),
    () => normaliseItems(rawFeed, normaliseOptions),
    () => normaliseFeed(rawFeed, normaliseOptions),
  ]);
  const baseline = { name: 'rss-parser parseString', value: raw };
  const note = 'stages of the pipeline on the 200-item RSS feed, each timed alone (median of 20 interleaved rounds)';
  const names = [
    'stage: decode (charset, BOM)',
    'stage: read XML (bodies lifted, rss-parser, then our item reader)',
    'stage: read XML, every body left to rss-parser (for comparison)',
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

// The publishers run in their own thread so that their work does not count as the client's stalls. Each is a server of
// its own on another loopback address (127.0.0.2, 127.0.0.3…), so that the poller's per-host limit acts as it does
// between real sites; a few addresses answer nothing (dead hosts) and a few take requests and never answer (hung ones).
const serverSource = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { bodies, hosts, hungHosts } = workerData;
const servers = [];
function serve(host, hang) {
  const server = http.createServer((request, response) => {
    if (hang) return;
    const index = Number((request.url || '').split('/')[2]);
    if (request.headers['if-none-match'] === '"v' + index + '"') { response.writeHead(304).end(); return; }
    response.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"v' + index + '"' }).end(bodies[index % bodies.length]);
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(0, host, () => resolve(server.address().port)));
}
Promise.all([...hosts.map((host) => serve(host, false)), ...hungHosts.map((host) => serve(host, true))]).then((ports) => {
  parentPort.postMessage({ ports: ports.slice(0, hosts.length), hungPorts: ports.slice(hosts.length) });
});
parentPort.on('message', () => {
  for (const server of servers) { server.closeAllConnections(); server.close(); }
  process.exit(0);
});
`;

/**
 * A refresh as the app runs it: the poller (8 fetches at once, 2 per host) hands each feed to fetchFeed, which parses in
 * the worker pool; HTML is left as sent, for the reading pane to sanitise when an article is opened.
 */
async function refresh(): Promise<BenchRow[]> {
  const feeds = 500;
  const hostCount = 25;
  const bodies = Array.from({ length: 20 }, (_, seed) => rssFeed(20, seed));
  const hosts = Array.from({ length: hostCount }, (_, index) => `127.0.0.${index + 2}`);
  // Five hosts that never answer, five where nothing listens, one feed each.
  const hungHosts = Array.from({ length: 5 }, (_, index) => `127.0.0.${index + 100}`);
  const deadHosts = Array.from({ length: 5 }, (_, index) => `127.0.0.${index + 110}`);
  const server = new Worker(serverSource, { eval: true, workerData: { bodies, hosts, hungHosts } });
  const { ports, hungPorts } = await new Promise<{ ports: number[]; hungPorts: number[] }>((resolve) => server.once('message', resolve));
  const reader = new WorkerFeedReader(defaultWorkerEntry() ?? '', defaultPoolSize());
  // Warm the workers (tsx loads once per thread) outside the measurement, as a running app has.
  await Promise.all(Array.from({ length: defaultPoolSize() }, () => reader.read({ body: Buffer.from(bodies[0] ?? ''), contentType: null, url: 'https://bench.example/', fetchedAt: Date.now(), sanitise: false })));

  const subscriptions: Subscription[] = Array.from({ length: feeds }, (_, index) => {
    const none = { etag: null, lastModified: null };
    const feedId = `feed-${index}`;
    const odd = Math.floor(index / 100);
    if (index % 100 === 99) return { feedId, url: `http://${deadHosts[odd]}:${hungPorts[odd]}/feed/${index}`, validators: none, lastFetchedAt: null };
    if (index % 100 === 98) return { feedId, url: `http://${hungHosts[odd]}:${hungPorts[odd]}/hang/${index}`, validators: none, lastFetchedAt: null };
    const host = index % hostCount;
    // A third of the feeds are unchanged since the last refresh.
    const etag = index % 3 === 0 ? `"v${index}"` : null;
    return { feedId, url: `http://${hosts[host]}:${ports[host]}/feed/${index}`, validators: { etag, lastModified: null }, lastFetchedAt: null };
  });

  const outcomes: FetchOutcome[] = [];
  let lastResponsiveDone = 0;
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
  const poller = new Poller({
    fetch: (subscription) => fetchFeed(subscription, { reader, timeoutMs: 3_000, connectTimeoutMs: 1_000 }),
    emit: (event, payload) => {
      if (event !== 'poller:result') return;
      const { outcome, url } = payload as FeedPollResult;
      outcomes.push(outcome);
      if (!url.includes('/hang/')) lastResponsiveDone = performance.now() - started;
    },
  });
  poller.subscribe(subscriptions);
  await poller.whenIdle();
  const total = performance.now() - started;
  delay.disable();
  clearInterval(probe);
  poller.stop();
  await reader.close();
  server.postMessage('stop');

  const count = (kind: FetchOutcome['kind']) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const articles = outcomes.reduce((sum, outcome) => sum + (outcome.kind === 'updated' ? outcome.feed.articles.length : 0), 0);
  const label = 'through the poller';
  const note = `500 loopback feeds of 20 items on ${hostCount} hosts: ${count('updated')} updated, ${count('not-modified')} not modified, ${count('failed')} failed (5 on dead hosts, 5 on hosts that hang until the 3 s timeout); ${articles} articles; the app's poller (8 at once, 2 per host), ${defaultPoolSize()} parse worker(s)`;
  return [
    { group, name: `refresh 500 feeds ${label}, until the last answering feed is read`, value: lastResponsiveDone / 1000, unit: 's', note },
    { group, name: `refresh 500 feeds ${label}, hung feeds timed out too`, value: total / 1000, unit: 's', note },
    { group, name: `longest main-thread stall, ${label} (event-loop delay max)`, value: delay.max / 1e6, unit: 'ms', note },
    { group, name: `longest main-thread stall, ${label} (5 ms timer probe)`, value: longestGap, unit: 'ms', note },
  ];
}

/** Parse throughput against raw rss-parser, a 2,000-item feed, and a 500-feed refresh from loopback. */
export async function benchFeeds(): Promise<BenchRow[]> {
  return [...(await throughput()), ...(await stages()), ...(await bigFeed()), ...(await refresh())];
}
