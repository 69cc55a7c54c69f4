import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileNameOf } from '../../../electron/media/imageStore';
import { MediaLibrary } from '../../../electron/media/mediaLibrary';
import { mediaAddress } from '../../../shared/media/mediaRoute';
import { pngIcon } from '../../fixtures/loopback/iconImages';
import { parsedArticle, updated } from '../../unit/foundation/support/fixtures';
import { startLoopbackServer, type LoopbackServer, type Route } from '../../integration/feeds/loopbackServer';
import { interleavedMediansMs } from '../measure';
import type { BenchRow } from '../table';

// `npm run bench -- offline`: how fast the pictures of new articles are kept in the background, from loopback
// publishers, against fetching the same pictures without keeping them, at the same concurrency, in the same run; and
// what serving a kept picture through the route costs, against reading its file.

const group = 'offline';
const pictureCount = Number(process.env.TIDINGS_IMAGE_BENCH_PICTURES ?? 400);
const hostCount = 4;
const picturesPerArticle = 4;
/** A news photograph's usual weight; the store does not decode what it keeps, so a padded PNG does. */
const pictureBytes = 150 * 1024;
/** The background queue's own default: four at a time, two per host. */
const concurrency = 4;

function picture(index: number): Buffer {
  const head = pngIcon(64, [index % 256, 90, 160]);
  return Buffer.concat([head, Buffer.alloc(pictureBytes - head.length, index % 251)]);
}

async function startPublishers(): Promise<LoopbackServer[]> {
  return Promise.all(
    Array.from({ length: hostCount }, (_, host) => {
      const routes: Record<string, Route> = {};
      for (let index = host; index < pictureCount; index += hostCount) {
        const body = picture(index);
        routes[`/p/${index}.png`] = (_request, response) => response.writeHead(200, { 'Content-Type': 'image/png' }).end(body);
      }
      return startLoopbackServer(routes);
    }),
  );
}

/** The same pictures, fetched and dropped, `concurrency` at a time: what the network alone costs here. */
async function fetchOnly(urls: readonly string[]): Promise<number> {
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) {
        const url = urls[next];
        next += 1;
        if (url) await (await fetch(url)).arrayBuffer();
      }
    }),
  );
  return performance.now() - start;
}

export async function benchImages(): Promise<BenchRow[]> {
  const publishers = await startPublishers();
  const dir = await mkdtemp(join(tmpdir(), 'tidings-images-bench-'));
  const library = MediaLibrary.open({ dir, userAgent: 'Tidings-bench' });
  try {
    const urls = Array.from({ length: pictureCount }, (_, index) => publishers[index % hostCount]?.url(`/p/${index}.png`) ?? '');
    const articles = Array.from({ length: Math.ceil(pictureCount / picturesPerArticle) }, (_, article) =>
      parsedArticle(`a${article}`, {
        contentHtml: urls
          .slice(article * picturesPerArticle, (article + 1) * picturesPerArticle)
          .map((url) => `<p><img src="${url}" alt=""></p>`)
          .join(''),
      }),
    );
    const baselineMs = await fetchOnly(urls);
    const start = performance.now();
    library.delivered({ feedId: 'bench', url: 'http://127.0.0.1/feed.xml', fetchedAt: 0, delivery: 1, outcome: updated(articles) });
    await library.prefetch.whenIdle();
    const keptMs = performance.now() - start;
    const usage = await library.usage();
    if (usage.files !== pictureCount) throw new Error(`kept ${usage.files} pictures of ${pictureCount}`);
    const perMinute = (ms: number) => (pictureCount / ms) * 60_000;

    const sample = urls.filter((_, index) => index % 8 === 0);
    const [routeMs = Number.NaN, fileMs = Number.NaN] = await interleavedMediansMs(5, [
      async () => {
        for (const url of sample) await library.answer(new URL(mediaAddress([url], { keep: true }), 'http://127.0.0.1').searchParams);
      },
      async () => {
        for (const url of sample) await readFile(join(dir, fileNameOf(url)));
      },
    ]);
    const note = `${pictureCount} pictures of ${pictureBytes / 1024} KB on ${hostCount} loopback hosts, ${concurrency} at a time (2 a host)`;
    return [
      { group, name: 'pictures kept in the background', value: perMinute(keptMs), unit: 'pictures/min', baseline: { name: 'fetched only, not kept', value: perMinute(baselineMs) }, note },
      { group, name: 'route answer from the cache', value: routeMs / sample.length, unit: 'ms/picture', baseline: { name: 'reading its file', value: fileMs / sample.length } },
    ];
  } finally {
    await library.close();
    await rm(dir, { recursive: true, force: true });
    await Promise.all(publishers.map((publisher) => publisher.close()));
  }
}
