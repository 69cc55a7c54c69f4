import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MediaLibrary } from '../../../electron/media/mediaLibrary';
import { parsedArticle, updated } from '../../unit/foundation/support/fixtures';
import { pngIcon } from '../../fixtures/loopback/iconImages';
import { startLoopbackServer, type Route } from '../../integration/feeds/loopbackServer';
import { launchProfile } from '../scale/browser';
import { buildBenchPage } from '../scale/bundle';
import { formatCount, progress } from '../scale/stats';
import type { BenchRow } from '../table';
import type { StoreSizeBenchApi } from './page/storeSizePage';
import { openScriptApi } from './pageCall';

// `npm run bench -- offline`: what reading offline costs on disk, per 1,000 articles: the store in Chromium's
// IndexedDB (rows, bodies, counts, search index) with and without pictures, and the pictures kept in the image cache,
// each beside the same articles put as they are in a bare IndexedDB store and the pictures' own bytes.

const group = 'offline';
/** Enough that the database's log, a few megabytes whatever is stored, is a small part of each figure. */
const articleCount = Number(process.env.TIDINGS_STORE_SIZE_ARTICLES ?? 20_000);
const repeats = 3;
/** Pictures are kept for a sample of articles (one lead picture each) and the cache's size scaled up. */
const pictureSample = Number(process.env.TIDINGS_STORE_SIZE_PICTURES ?? 200);
/** A news photograph's usual weight; the cache keeps the bytes as sent. */
const pictureBytes = 120 * 1024;
const entry = fileURLToPath(new URL('./page/storeSizePage.ts', import.meta.url));
/** Any ports will do: the pages are answered by the browser itself. */
const firstPort = 9;
const megabyte = 1024 * 1024;
const perThousand = (bytes: number, articles: number) => (bytes / articles) * 1000 / megabyte;

function picture(index: number): Buffer {
  const head = pngIcon(64, [index % 256, 120, 60]);
  return Buffer.concat([head, Buffer.alloc(pictureBytes - head.length, index % 251)]);
}

/** The image cache on disk for `pictureSample` articles of one lead picture each, and the pictures' own bytes. */
async function imageCacheBytes(): Promise<{ cache: number; sent: number }> {
  const routes: Record<string, Route> = {};
  let sent = 0;
  for (let index = 0; index < pictureSample; index += 1) {
    const body = picture(index);
    sent += body.length;
    routes[`/p/${index}.jpg`] = (_request, response) => response.writeHead(200, { 'Content-Type': 'image/png' }).end(body);
  }
  const publisher = await startLoopbackServer(routes);
  const dir = await mkdtemp(join(tmpdir(), 'tidings-store-size-'));
  const library = MediaLibrary.open({ dir, userAgent: 'Tidings-bench' });
  try {
    const articles = Array.from({ length: pictureSample }, (_, index) => parsedArticle(`a${index}`, { imageUrl: publisher.url(`/p/${index}.jpg`) }));
    library.delivered({ feedId: 'bench', url: publisher.url('/feed.xml'), fetchedAt: 0, delivery: 1, outcome: updated(articles) });
    await library.prefetch.whenIdle();
    await library.close();
    const usage = await MediaLibrary.open({ dir, userAgent: 'Tidings-bench' }).usage();
    if (usage.files !== pictureSample) throw new Error(`kept ${usage.files} pictures of ${pictureSample}`);
    return { cache: usage.bytes, sent };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await publisher.close();
  }
}

export async function benchStoreSize(): Promise<BenchRow[]> {
  const script = await buildBenchPage(entry, 'tidingsStoreSizeBench');
  const profile = mkdtempSync(join(tmpdir(), 'tidings-store-size-profile-'));
  const context = await launchProfile(profile);
  try {
    // An origin per store (IndexedDB is the origin's): one store's background compaction never shows in another's figure.
    let port = firstPort;
    const onOwnOrigin = async () =>
      openScriptApi<StoreSizeBenchApi>(await context.newPage(), `http://127.0.0.1:${port++}/__store-size/`, script, 'tidingsStoreSize', 'Tidings store size benchmark');
    // The database's log is folded into its tables now and then, and what compaction deleted is reclaimed later still:
    // each figure is the median of a few stores, its spread in the note.
    const spreads: string[] = [];
    const measured = async (kind: 'app' | 'bare', pictureHost: string | null) => {
      const sizes: number[] = [];
      for (let run = 0; run < repeats; run += 1) sizes.push(perThousand((await (await onOwnOrigin())(kind, `${kind}-${run}`, articleCount, pictureHost)).bytes, articleCount));
      sizes.sort((a, b) => a - b);
      spreads.push(`${kind}${pictureHost ? ' with pictures' : ''} ${(sizes[0] ?? 0).toFixed(2)}–${(sizes.at(-1) ?? 0).toFixed(2)}`);
      return sizes[Math.floor(sizes.length / 2)] ?? Number.NaN;
    };
    const pictureHost = 'https://pictures.example';
    const text = await measured('app', null);
    const textBare = await measured('bare', null);
    const pictured = await measured('app', pictureHost);
    const picturedBare = await measured('bare', pictureHost);
    progress(`store size: ${formatCount(articleCount)} articles stored four ways, ${repeats} times each`);
    const images = await imageCacheBytes();
    const cachePerThousand = perThousand(images.cache, pictureSample);
    const sentPerThousand = perThousand(images.sent, pictureSample);
    const note = `${formatCount(articleCount)} articles of about 3 KB of HTML, search index compacted; IndexedDB from navigator.storage.estimate() in Chromium, median of ${repeats} stores (MB per 1,000: ${spreads.join(', ')})`;
    return [
      { group, name: 'store per 1,000 articles, no pictures (IndexedDB)', value: text, unit: 'MB', baseline: { name: 'the same articles, one bare row each', value: textBare }, note },
      { group, name: 'store per 1,000 articles with a picture each (IndexedDB)', value: pictured, unit: 'MB', baseline: { name: 'the same articles, one bare row each', value: picturedBare } },
      {
        group,
        name: 'image cache per 1,000 articles (one 120 KB picture each)',
        value: cachePerThousand,
        unit: 'MB',
        baseline: { name: 'the pictures as sent', value: sentPerThousand },
        note: `${pictureSample} pictures kept through the background queue from a loopback publisher, scaled`,
      },
      {
        group,
        name: 'all on disk per 1,000 articles with pictures',
        value: pictured + cachePerThousand,
        unit: 'MB',
        baseline: { name: 'bare rows and the pictures as sent', value: picturedBare + sentPerThousand },
      },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
