import 'fake-indexeddb/auto';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import type { BodyRecord } from '../../../renderer/db/records';
import { compactSearchIndex, indexArticles, searchPage, searchTables, type WrittenArticle } from '../../../renderer/db/search/searchIndex';
import { annotateArticle } from '../../../shared/lang/annotate';
import { articleSearchTerms } from '../../../shared/search/articleTerms';
import { blankArticle } from '../../fixtures/model/parsedArticle';
import { planCorpus } from '../scale/corpus/corpus';
import { Random } from '../scale/corpus/random';
import { TextMaker } from '../scale/corpus/text';
import { namesOf, wordsOf, type CorpusLanguage } from '../scale/corpus/vocabulary';
import { storeEpochs, subscribe } from '../scale/page/generate';
import type { BenchRow } from '../table';

const group = 'search';
const fakeNote = 'IndexedDB here is fake-indexeddb under Node: read the ratio, not the absolute time; Chromium figures come from `npm run bench -- scale`';
/** Articles in the store searched: as many as fake-indexeddb fills in reasonable time. */
const storeSize = 30_000;
const ingestBatch = 1_000;
const ingestBatches = 5;
const pageRows = 100;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

/** Bytes a value takes as stored, roughly: strings at two bytes a unit, typed arrays as their buffers. */
function storedBytes(value: unknown): number {
  if (typeof value === 'string') return value.length * 2;
  if (typeof value === 'number') return 8;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + storedBytes(item), 0);
  return Object.entries(value as object).reduce((sum, [key, item]) => sum + key.length * 2 + storedBytes(item), 0);
}

/** Searches as a reader types them: common words, names, short prefixes, unspaced scripts, 1 to 3 words. */
function queriesOf(count: number): string[] {
  const random = new Random(7);
  const languages: CorpusLanguage[] = ['en', 'fr', 'de', 'es', 'vi', 'ru', 'ja', 'zh', 'ar', 'th'];
  const queries: string[] = ['hanoi', 'ha noi', '東京', '東'];
  while (queries.length < count) {
    const language = random.pick(languages);
    const words = wordsOf(language);
    const kind = random.int(0, 3);
    if (kind === 0) queries.push(random.pick(namesOf(language, 200, 3)));
    else if (kind === 1) queries.push(random.pick(words).slice(0, random.int(2, 4)));
    else queries.push(Array.from({ length: random.int(1, 3) }, () => random.pick(words.slice(0, 40))).join(' '));
  }
  return queries;
}

/** The store's articles as ingest hands them to the index, with the terms the feed worker computes. */
async function writtenArticles(db: TidingsDb, count: number): Promise<WrittenArticle[]> {
  const rows = await db.articles.orderBy('sortTime').limit(count).toArray();
  const bodies = await db.bodies.bulkGet(rows.map((row) => row.key));
  return rows.map((row, index) => {
    const body = bodies[index] as BodyRecord;
    return { row, body, article: blankArticle({ id: row.articleId, title: row.title, contentHtml: body.contentHtml, language: row.language }) };
  });
}

/**
 * Search: the worker's cost of computing terms, the window's cost of storing them and of compaction, the index's
 * size, all per 1,000 articles, and query latency on a store filled through the app's own ingest.
 */
export async function benchSearch(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const plan = planCorpus(storeSize);
  const texts = new TextMaker(plan.seed);

  // The store searched: the app's ingest, an epoch of the plan at a time, compacted after each as the writer does.
  const db = openDatabase('search-bench-store');
  await db.open();
  await subscribe(db, plan);
  let storeMs = 0;
  let compactMs = 0;
  for (let epoch = 0; epoch < plan.epochs; epoch += 1) {
    storeMs += (await storeEpochs(db, plan, texts, epoch, epoch + 1)).ms;
    const started = performance.now();
    await compactSearchIndex(db, () => Promise.resolve());
    compactMs += performance.now() - started;
  }
  const stored = await db.articles.count();
  const perThousand = 1_000 / stored;
  rows.push({ group, name: 'compaction, per 1,000 articles stored', value: compactMs * perThousand, unit: 'ms', baseline: { name: 'storing them (app ingest)', value: storeMs * perThousand }, note: fakeNote });

  // In the feed worker: terms beside annotation, the worker's existing work on each article.
  const written = await writtenArticles(db, ingestBatch * ingestBatches);
  const articles = written.flatMap((entry) => (entry.article ? [entry.article] : []));
  let started = performance.now();
  for (const article of articles) annotateArticle(article, { language: article.language, url: 'https://feed.example/' });
  const annotateMs = ((performance.now() - started) * 1_000) / articles.length;
  started = performance.now();
  for (const article of articles) article.searchTerms = articleSearchTerms(article);
  const termsMs = ((performance.now() - started) * 1_000) / articles.length;
  rows.push({ group, name: 'terms of 1,000 articles, in the feed worker', value: termsMs, unit: 'ms', baseline: { name: 'annotating them (language, provenance)', value: annotateMs } });

  // In the window: raw put of the rows and bodies, against indexing the same articles, a transaction a batch.
  const batches = Array.from({ length: ingestBatches }, (_, index) => written.slice(index * ingestBatch, (index + 1) * ingestBatch));
  const raw: number[] = [];
  const indexed: number[] = [];
  const fromBodies: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const scratch = openDatabase(`search-bench-ingest-${round}`);
    await scratch.open();
    for (const batch of batches) {
      let start = performance.now();
      await scratch.transaction('rw', scratch.articles, scratch.bodies, async () => {
        await scratch.articles.bulkPut(batch.map((entry) => entry.row));
        await scratch.bodies.bulkPut(batch.map((entry) => entry.body));
      });
      raw.push(performance.now() - start);
      start = performance.now();
      await scratch.transaction('rw', searchTables(scratch), () => indexArticles(scratch, batch));
      indexed.push(performance.now() - start);
      const withoutTerms = batch.map(({ row, body }) => ({ row, body }));
      start = performance.now();
      await scratch.transaction('rw', searchTables(scratch), () => indexArticles(scratch, withoutTerms));
      fromBodies.push(performance.now() - start);
    }
    await scratch.delete();
  }
  const rawPut = median(raw);
  rows.push({ group, name: 'index 1,000 articles (terms from the worker)', value: median(indexed), unit: 'ms', baseline: { name: 'raw put of their rows and bodies', value: rawPut } });
  rows.push({ group, name: 'index 1,000 stored articles (terms read from bodies)', value: median(fromBodies), unit: 'ms', baseline: { name: 'raw put of their rows and bodies', value: rawPut } });

  const [segments, blocks, docs] = await Promise.all([db.searchSegments.toArray(), db.searchBlocks.toArray(), db.searchDocs.toArray()]);
  const indexBytes = storedBytes([segments, blocks, docs]);
  const storeBytes = storedBytes([await db.articles.toArray(), await db.bodies.toArray()]);
  rows.push({ group, name: 'index size per 1,000 articles', value: (indexBytes * perThousand) / 1_024, unit: 'KiB', baseline: { name: 'their rows and bodies', value: (storeBytes * perThousand) / 1_024 } });
  rows.push({ group, name: `index rows per 1,000 articles (${segments.length} segments)`, value: (segments.length + blocks.length + docs.length) * perThousand, unit: 'rows', baseline: { name: 'their rows and bodies', value: 2_000 } });

  // Queries: the first page of each, after a warm-up, against reading a page of rows by key.
  const queries = queriesOf(50);
  for (const query of queries.slice(0, 5)) await searchPage(db, query, { feedIds: null, after: null, limit: pageRows });
  const times: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await searchPage(db, query, { feedIds: null, after: null, limit: pageRows });
    times.push(performance.now() - start);
  }
  const keys = await db.articles.orderBy('sortTime').reverse().limit(pageRows).primaryKeys();
  const pageReads: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    const start = performance.now();
    await db.articles.bulkGet(keys);
    pageReads.push(performance.now() - start);
  }
  const pageRead = median(pageReads);
  const size = `${stored.toLocaleString('en')} articles`;
  rows.push({ group, name: `search p50, 50 queries, ${size}`, value: percentile(times, 0.5), unit: 'ms', baseline: { name: `read ${pageRows} rows by key`, value: pageRead } });
  rows.push({ group, name: `search p95, 50 queries, ${size}`, value: percentile(times, 0.95), unit: 'ms', baseline: { name: `read ${pageRows} rows by key`, value: pageRead } });
  db.close();
  await db.delete();
  return rows;
}
