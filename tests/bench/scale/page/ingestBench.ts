import type { FeedPollResult } from '../../../../shared/model/feed';
import { articleKey, openDatabase, type TidingsDb } from '../../../../renderer/db/database';
import { removeFeed } from '../../../../renderer/db/feeds';
import { storePollResults } from '../../../../renderer/db/ingest';
import { schemaVersions } from '../../../../renderer/db/migrations';
import type { ArticleRecord, BodyRecord } from '../../../../renderer/db/records';
import { compactSearchIndex, indexArticles, searchTables, type WrittenArticle } from '../../../../renderer/db/search/searchIndex';
import { makeArticle, type CorpusPlan, type FeedPlan, type GeneratedArticle } from '../corpus/corpus';
import type { TextMaker } from '../corpus/text';
import { feedRecordOf, pollResultOf } from './generate';
import { createBareDatabase, deleteDatabase, deleteRows, openExisting, putRows } from './rawIndexedDb';

/** The measured ingest: 20 transactions of 25 feeds' results with 40 new articles each, as a refresh delivers them. */
export const ingestShape = { feeds: 25, articlesPerResult: 40, transactions: 20 } as const;

export interface IngestFigures {
  articles: number;
  transactions: number;
  /** storePollResults into an empty database: rows, bodies, counts, feeds (and search postings when indexed at ingest). */
  oursMs: number;
  /** Plain IndexedDB puts of the same rows and bodies into a bare database with the same indexes, same transactions. */
  rawMs: number;
  /** indexArticles alone over the same articles, in its own transactions; null when nothing is indexed at ingest. */
  searchMs: number | null;
  /** Rows in the search tables after ingest of these articles. */
  searchRows: number | null;
  /** The same, into the store of the benchmark (its size given by the caller). */
  intoStoreMs: number;
  rawIntoStoreMs: number;
  /** Unsubscribing the 25 feeds again, with their articles, counts and postings. */
  removeMs: number;
}

interface Batch {
  results: FeedPollResult[];
  keys: string[];
  generated: GeneratedArticle[];
}

/** Feeds of the store's shape but their own ids and addresses, so their articles are new to any database. */
function measurementFeeds(plan: CorpusPlan, tag: number): FeedPlan[] {
  return Array.from({ length: ingestShape.feeds }, (_, index): FeedPlan => {
    const model = plan.feeds[(index * 37 + 100) % plan.feeds.length] ?? plan.feeds[0];
    if (!model) throw new Error('the plan has no feeds');
    const host = `ingest${tag}-${index}.${model.language ?? 'xx'}.bench.example`;
    const suffix = `${tag}`.padStart(4, '0') + `${index}`.padStart(8, '0');
    return {
      ...model,
      index: 100_000 * tag + index,
      id: `00000000-0000-4000-8000-${suffix}`,
      host,
      url: `https://${host}/feed.xml`,
      folderId: null,
      articles: ingestShape.articlesPerResult * ingestShape.transactions,
      keepUnread: false,
    };
  });
}

function batchesOf(plan: CorpusPlan, feeds: readonly FeedPlan[], texts: TextMaker): Batch[] {
  return Array.from({ length: ingestShape.transactions }, (_, transaction) => {
    const batch: Batch = { results: [], keys: [], generated: [] };
    for (const feed of feeds) {
      const generated = Array.from({ length: ingestShape.articlesPerResult }, (_, index) =>
        makeArticle(plan, feed, transaction * ingestShape.articlesPerResult + index, texts),
      );
      batch.results.push(pollResultOf(feed, generated, plan.end, transaction));
      batch.keys.push(...generated.map((one) => articleKey(feed.id, one.article.id)));
      batch.generated.push(...generated);
    }
    return batch;
  });
}

async function storeAll(db: TidingsDb, batches: readonly Batch[]): Promise<number> {
  const started = performance.now();
  // As the writer's worker stores them: each transaction's puts at once.
  for (const batch of batches) await storePollResults(db, batch.results, { inSlices: false });
  return performance.now() - started;
}

/** What ingest wrote, read back per batch: the very records the baseline puts. */
async function writtenRecords(db: TidingsDb, batches: readonly Batch[]): Promise<Array<{ rows: ArticleRecord[]; bodies: BodyRecord[] }>> {
  return Promise.all(
    batches.map(async (batch) => {
      const [rows, bodies] = await Promise.all([db.articles.bulkGet(batch.keys), db.bodies.bulkGet(batch.keys)]);
      if (rows.some((row) => !row) || bodies.some((body) => !body)) throw new Error('ingest did not store every article');
      return { rows: rows as ArticleRecord[], bodies: bodies as BodyRecord[] };
    }),
  );
}

async function putAll(raw: IDBDatabase, records: ReadonlyArray<{ rows: ArticleRecord[]; bodies: BodyRecord[] }>): Promise<number> {
  const started = performance.now();
  for (const { rows, bodies } of records) {
    await putRows(
      raw,
      new Map<string, unknown[]>([
        ['articles', rows],
        ['bodies', bodies],
      ]),
    );
  }
  return performance.now() - started;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Ingest against plain IndexedDB puts of the same records, each round into fresh databases, which goes first taking
 * turns (medians of the rounds); then once more into the benchmark's own store, which is put back as it was afterwards.
 */
export async function measureIngest(store: TidingsDb, plan: CorpusPlan, texts: TextMaker, rounds = 3): Promise<IngestFigures> {
  const ours: number[] = [];
  const raw: number[] = [];
  const search: number[] = [];
  let searchRows: number | null = null;
  const feeds = measurementFeeds(plan, 1);
  const batches = batchesOf(plan, feeds, texts);
  let records: Awaited<ReturnType<typeof writtenRecords>> = [];
  const ingestRound = async (round: number) => {
    const name = `scale-ingest-${round}`;
    await deleteDatabase(name);
    const db = openDatabase(name);
    await db.open();
    await db.feeds.bulkPut(feeds.map((feed) => feedRecordOf(feed, plan.start)));
    ours.push(await storeAll(db, batches));
    records = await writtenRecords(db, batches);
    const tables = searchTables(db);
    if (tables.length > 0) searchRows = (await Promise.all(tables.map((table) => table.count()))).reduce((a, b) => a + b, 0);
    db.close();
    await deleteDatabase(name);
  };
  const rawRound = async (round: number) => {
    const name = `scale-ingest-raw-${round}`;
    await deleteDatabase(name);
    const bare = await createBareDatabase(name, schemaVersions, ['articles', 'bodies']);
    raw.push(await putAll(bare, records));
    bare.close();
    await deleteDatabase(name);
  };
  for (let round = 0; round < rounds; round += 1) {
    // The baseline needs the records ingest wrote, so the first round starts with ingest.
    if (round % 2 === 0) {
      await ingestRound(round);
      await rawRound(round);
    } else {
      await rawRound(round);
      await ingestRound(round);
    }
    if (searchRows !== null) search.push(await indexAlone(`scale-ingest-search-${round}`, batches, records));
  }

  // Into the benchmark's own store, rounds taking turns as above, each with feeds of its own (their articles new to the
  // store); the store is put back as it was after each round.
  const intoStore: number[] = [];
  const rawIntoStore: number[] = [];
  const removals: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const roundFeeds = measurementFeeds(plan, 2 + round);
    const roundBatches = batchesOf(plan, roundFeeds, texts);
    await store.feeds.bulkPut(roundFeeds.map((feed) => feedRecordOf(feed, plan.start)));
    const ourTurn = async () => {
      intoStore.push(await storeAll(store, roundBatches));
      // Read back only to fail the round loudly if ingest left any article out.
      await writtenRecords(store, roundBatches);
      const removing = performance.now();
      for (const feed of roundFeeds) await removeFeed(store, feed.id);
      removals.push(performance.now() - removing);
    };
    // The plain puts write the records of the rounds above (their feeds' articles are new to this store too).
    const rawTurn = async () => {
      const connection = await openExisting(store.name);
      rawIntoStore.push(await putAll(connection, records));
      const keys = batches.flatMap((batch) => batch.keys);
      await deleteRows(
        connection,
        new Map([
          ['articles', keys],
          ['bodies', keys],
        ]),
      );
      connection.close();
    };
    if (round % 2 === 0) {
      await ourTurn();
      await rawTurn();
    } else {
      await rawTurn();
      await ourTurn();
    }
    // As the app does when quiet: the search segments those batches left are merged, the removed feeds' entries dropped.
    await compactSearchIndex(store);
  }

  return {
    articles: ingestShape.feeds * ingestShape.articlesPerResult * ingestShape.transactions,
    transactions: ingestShape.transactions,
    oursMs: median(ours),
    rawMs: median(raw),
    searchMs: search.length > 0 ? median(search) : null,
    searchRows,
    intoStoreMs: median(intoStore),
    rawIntoStoreMs: median(rawIntoStore),
    removeMs: median(removals),
  };
}

/** The search module's share: indexArticles over the same articles, each batch in its own transaction. */
async function indexAlone(name: string, batches: readonly Batch[], records: ReadonlyArray<{ rows: ArticleRecord[]; bodies: BodyRecord[] }>): Promise<number> {
  await deleteDatabase(name);
  const db = openDatabase(name);
  await db.open();
  const entries = batches.map((batch, index): WrittenArticle[] => {
    const { rows = [], bodies = [] } = records[index] ?? {};
    return batch.generated.map((one, position) => ({ row: rows[position] as ArticleRecord, body: bodies[position] as BodyRecord, article: one.article }));
  });
  const started = performance.now();
  for (const written of entries) await db.transaction('rw', searchTables(db), () => indexArticles(db, written));
  const elapsed = performance.now() - started;
  db.close();
  await deleteDatabase(name);
  return elapsed;
}
