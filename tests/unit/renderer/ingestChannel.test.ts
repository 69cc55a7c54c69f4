import 'fake-indexeddb/auto';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { searchPage } from '../../../renderer/db/search/searchIndex';
import { ingestInThread, ingestThrough, serveIngest, type Ingest, type MessageEnd } from '../../../renderer/sync/ingestChannel';
import { isQuotaExceeded, pendingFromJson } from '../../../renderer/sync/resultWriter';
import { deliveryFirst } from '../../../shared/ipc/resultJson';
import type { DeliveredPollResult } from '../../../shared/model/feed';
import { parsedArticle, updated } from '../foundation/support/fixtures';

const opened: TidingsDb[] = [];
const ports: MessagePort[] = [];

afterEach(async () => {
  for (const port of ports.splice(0)) port.close();
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Node's MessagePort as a browser's: listeners get an event whose `data` is the message, as a Worker's do. */
function asEnd(port: MessagePort): MessageEnd {
  ports.push(port);
  let listener: ((event: MessageEvent) => void) | null = null;
  port.on('message', (data: unknown) => listener?.({ data } as MessageEvent));
  return {
    postMessage: (message) => port.postMessage(message),
    get onmessage() {
      return listener;
    },
    set onmessage(next) {
      listener = next;
    },
  };
}

/** A window's ingest, its work done at the other end of a real message channel (structured clone and all). */
function across(worker: Ingest): { window: Ingest; closed: () => boolean } {
  const { port1, port2 } = new MessageChannel();
  serveIngest(worker, asEnd(port2));
  let closed = false;
  return { window: ingestThrough(asEnd(port1), () => (closed = true)), closed: () => closed };
}

async function databaseWithFeed(): Promise<{ db: TidingsDb; feedId: string }> {
  const db = openDatabase(`ingest-${crypto.randomUUID()}`);
  opened.push(db);
  const feed = await addFeed(db, 'https://news.example/feed.xml', 0);
  return { db, feedId: feed.id };
}

function delivered(feedId: string, delivery: number, titles: string[]): DeliveredPollResult {
  const articles = titles.map((title, index) => parsedArticle(`story-${index}`, { title, published: new Date(1_000_000 + index).toISOString() }));
  return { feedId, url: 'https://news.example/feed.xml', fetchedAt: 5_000 + delivery, delivery, outcome: updated(articles) };
}

describe('storing through the writer’s worker channel', () => {
  it('stores what the window sends, searchable and counted, and answers with the articles that were new', async () => {
    const { db, feedId } = await databaseWithFeed();
    const { window } = across(ingestInThread(db));

    const stored = await window.store([delivered(feedId, 1, ['Harbour opens in Hà Nội', 'Rain tomorrow'])]);
    expect(stored.added).toBe(2);
    expect(stored.fresh).toEqual([expect.objectContaining({ feedId, count: 2 })]);
    expect(await db.articles.where('feedId').equals(feedId).count()).toBe(2);
    const found = await searchPage(db, 'hanoi', { feedIds: null, after: null, limit: 10 });
    expect(found.map((row) => row.title)).toEqual(['Harbour opens in Hà Nội']);

    // A result held as the text it came in is read at the other end; the articles said again are not new.
    const again = pendingFromJson(JSON.stringify(deliveryFirst(delivered(feedId, 2, ['Harbour opens in Hà Nội', 'Rain tomorrow', 'Tides turn']))));
    expect(again).toEqual({ delivery: 2, json: expect.any(String) });
    expect(await window.store([again])).toMatchObject({ added: 1, fresh: [{ feedId, count: 1, newestTitle: 'Tides turn' }] });
    expect(await db.articles.where('feedId').equals(feedId).count()).toBe(3);
    // The merge of the search index runs at the other end too.
    expect(typeof (await window.compact())).toBe('number');
  });

  it('tells a full disk from any other failure, however the far side’s error was wrapped', async () => {
    const quota = Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), {
      name: 'AbortError',
      inner: Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
    });
    let failure: Error = quota;
    const failing: Ingest = { store: () => Promise.reject(failure), compact: () => Promise.reject(failure), close: () => undefined };
    const { window } = across(failing);

    const full = await window.store([]).catch((error: unknown) => error);
    expect(isQuotaExceeded(full)).toBe(true);

    failure = Object.assign(new Error('Transaction was aborted'), { name: 'AbortError' });
    const other = await window.compact().catch((error: unknown) => error);
    expect(isQuotaExceeded(other)).toBe(false);
    expect(other).toMatchObject({ name: 'AbortError', message: 'Transaction was aborted' });
  });

  it('rejects what is under way when the worker breaks or the writer closes it, so nothing waits for an answer forever', async () => {
    const never: Ingest = { store: () => new Promise(() => undefined), compact: () => new Promise(() => undefined), close: () => undefined };
    const { window, closed } = across(never);

    const storing = window.store([]).catch((error: unknown) => error);
    const compacting = window.compact().catch((error: unknown) => error);
    window.close();
    expect(await storing).toMatchObject({ message: 'Storing stopped' });
    expect(await compacting).toMatchObject({ message: 'Storing stopped' });
    expect(closed()).toBe(true);
    // Asked again once closed, it answers at once rather than never.
    await expect(window.store([])).rejects.toThrow('Storing stopped');
  });
});
