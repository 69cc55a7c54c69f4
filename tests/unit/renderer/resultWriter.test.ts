import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { approximateBytes, isQuotaExceeded, pendingFromJson, readPending, ResultWriter, type PendingResult, type ResultWriterOptions } from '../../../renderer/sync/resultWriter';
import { deliveryFirst } from '../../../shared/ipc/resultJson';
import type { DeliveredPollResult } from '../../../shared/model/feed';
import { blankArticle, blankFeed } from '../../fixtures/model/parsedArticle';
import { noValidators } from '../foundation/support/fixtures';

const result = (delivery: number, feedId = `feed-${delivery}`): DeliveredPollResult => ({
  feedId,
  url: `https://${feedId}.example/feed.xml`,
  fetchedAt: delivery,
  delivery,
  outcome: { kind: 'not-modified', validators: noValidators },
});

/** What a full disk looks like through Dexie: its own error, with IndexedDB's DOMException inside. */
function diskFull(): Error {
  const inner = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  return Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), { name: 'AbortError', inner });
}

function makeWriter(store: ResultWriterOptions['store'] = async () => undefined) {
  const calls = {
    stored: [] as number[][],
    acknowledged: [] as number[][],
    paused: [] as boolean[],
    resends: 0,
    messages: [] as boolean[],
  };
  const writer = new ResultWriter({
    store: vi.fn(async (results: PendingResult[]) => {
      await store(results);
      calls.stored.push(results.map((r) => r.delivery));
    }),
    acknowledge: async (deliveries) => calls.acknowledged.push(deliveries),
    pausePolling: async (paused) => calls.paused.push(paused),
    askForResend: async () => (calls.resends += 1),
    onStorageFull: (full) => calls.messages.push(full),
  });
  return { writer, calls };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('storing in batches', () => {
  it('stores what comes within a moment together, in the order it came, and then acknowledges it', async () => {
    const { writer, calls } = makeWriter();
    writer.accept(result(3));
    writer.accept(result(1));
    await vi.advanceTimersByTimeAsync(100);
    writer.accept(result(2));
    expect(calls.stored).toEqual([]);

    await vi.advanceTimersByTimeAsync(60);
    expect(calls.stored).toEqual([[3, 1, 2]]);
    expect(calls.acknowledged).toEqual([[3, 1, 2]]);
  });

  it('stores a full batch at once, and what came meanwhile right after', async () => {
    let release: () => void = () => undefined;
    const { writer, calls } = makeWriter(async (results) => {
      if (results.length === 200) await new Promise<void>((resolve) => (release = resolve));
    });
    for (let delivery = 1; delivery <= 205; delivery += 1) writer.accept(result(delivery));
    await vi.advanceTimersByTimeAsync(0);
    writer.accept(result(206));
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.stored.map((batch) => batch.length)).toEqual([200, 6]);
    expect(calls.acknowledged.flat()).toEqual(Array.from({ length: 206 }, (_, index) => index + 1));
  });

  it('keeps each stored batch to a bounded number of articles, however many results wait', async () => {
    const { writer, calls } = makeWriter();
    const withArticles = (delivery: number, count: number): DeliveredPollResult => ({
      ...result(delivery),
      outcome: {
        kind: 'updated',
        feed: blankFeed({ title: 'Feed', articles: Array.from({ length: count }, (_, index) => blankArticle({ id: `${delivery}-${index}` })) }),
        validators: noValidators,
        movedTo: null,
      },
    });
    // 250 + 250 fit together; the next 250 would pass 600; a result larger than the bound is stored alone.
    for (const [delivery, count] of [[1, 250], [2, 250], [3, 250], [4, 900], [5, 10]] as const) writer.accept(withArticles(delivery, count));
    writer.accept(result(6));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.stored).toEqual([[1, 2], [3], [4], [5, 6]]);
  });

  it('holds results that came as text unread, acknowledges them by the number they start with, and weighs them by length', async () => {
    const { writer, calls } = makeWriter();
    const asText = (delivery: number, characters: number) => pendingFromJson(JSON.stringify({ ...deliveryFirst(result(delivery)), padding: 'x'.repeat(characters) }));
    const first = asText(1, 1_000_000);
    expect(first).toEqual({ delivery: 1, json: expect.any(String) });
    // About 250 articles' worth each: two fit in a transaction of at most 600, the third waits for the next.
    writer.accept(first);
    writer.accept(asText(2, 1_000_000));
    writer.accept(asText(1, 1_000_000));
    writer.accept(asText(3, 1_000_000));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.stored).toEqual([[1, 2], [3]]);
    expect(calls.acknowledged.flat()).toEqual([1, 2, 3]);
    expect(readPending(first)).toMatchObject({ delivery: 1, feedId: 'feed-1', outcome: { kind: 'not-modified' } });
    expect(approximateBytes([first])).toBeGreaterThan(2_000_000);
    // A text without its number first is read at once.
    expect(pendingFromJson(JSON.stringify({ feedId: 'feed-4', delivery: 4 }))).toEqual({ feedId: 'feed-4', delivery: 4 });
  });

  it('stores a result pushed again while it waits only once', async () => {
    const { writer, calls } = makeWriter();
    writer.accept(result(1));
    writer.accept(result(1));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.stored).toEqual([[1]]);
  });

  it('acknowledges nothing that failed to store, stores the rest one by one, and asks for the failed one again later', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const { writer, calls } = makeWriter(async (results) => {
      if (broken && results.some((r) => r.delivery === 2)) throw new Error('DataError: the key is not valid');
    });
    for (const delivery of [1, 2, 3]) writer.accept(result(delivery));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.acknowledged.flat()).toEqual([1, 3]);
    expect(calls.resends).toBe(0);

    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls.resends).toBe(1);
    // Pushed again by the main process, it is stored once it can be.
    broken = false;
    writer.accept(result(2));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.acknowledged.flat()).toEqual([1, 3, 2]);
    expect(calls.messages).toEqual([]);
  });
});

describe('a full disk', () => {
  it('raises one message, pauses polling, tries again every 30 s, and on success stores, acknowledges, clears and resumes', async () => {
    let full = true;
    const { writer, calls } = makeWriter(async () => {
      if (full) throw diskFull();
    });
    writer.accept(result(1));
    writer.accept(result(2));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.messages).toEqual([true]);
    expect(calls.paused).toEqual([true]);
    expect(calls.acknowledged).toEqual([]);

    // Results still arriving (fetches that were in flight) wait with the others.
    writer.accept(result(3));
    await vi.advanceTimersByTimeAsync(30_000);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls.messages).toEqual([true]);
    expect(calls.acknowledged).toEqual([]);
    expect(calls.paused.every((paused) => paused)).toBe(true);

    full = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls.stored).toEqual([[1, 2, 3]]);
    expect(calls.acknowledged).toEqual([[1, 2, 3]]);
    expect(calls.messages).toEqual([true, false]);
    expect(calls.paused.at(-1)).toBe(false);
  });

  it('tries again at once when the reader asks', async () => {
    let full = true;
    const { writer, calls } = makeWriter(async () => {
      if (full) throw diskFull();
    });
    writer.accept(result(1));
    await vi.advanceTimersByTimeAsync(200);
    full = false;
    writer.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.acknowledged).toEqual([[1]]);
    expect(calls.messages).toEqual([true, false]);
  });

  it('stops trying once the writer steps down', async () => {
    const { writer, calls } = makeWriter(async () => {
      throw diskFull();
    });
    writer.accept(result(1));
    await vi.advanceTimersByTimeAsync(200);
    writer.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls.paused).toEqual([true]);
  });

  it('steps down in the middle of a store that then fails: nothing retried, acknowledged, or reported', async () => {
    let fail: (error: Error) => void = () => undefined;
    const { writer, calls } = makeWriter(() => new Promise((_resolve, reject) => (fail = reject)));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    writer.accept(result(1));
    writer.accept(result(2));
    await vi.advanceTimersByTimeAsync(200);
    writer.stop();
    fail(new Error('Storing stopped'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls.stored).toEqual([]);
    expect(calls.acknowledged).toEqual([]);
    expect(calls.resends).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('isQuotaExceeded', () => {
  it.each([
    ['IndexedDB’s own error', Object.assign(new Error('full'), { name: 'QuotaExceededError' }), true],
    ['Dexie’s wrapping of it', diskFull(), true],
    ['another failure', Object.assign(new Error('bad key'), { name: 'DataError' }), false],
    ['something that is not an error', 'QuotaExceededError', false],
  ])('tells %s', (_label, error, expected) => {
    expect(isQuotaExceeded(error)).toBe(expected);
  });
});
