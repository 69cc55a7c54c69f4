import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { approximateBytes, ResultWriter } from '../../../renderer/sync/resultWriter';
import { roomProbe } from '../../../renderer/sync/writeResults';
import type { DeliveredPollResult } from '../../../shared/model/feed';
import { parsedArticle, updated } from '../foundation/support/fixtures';

const result = (delivery: number): DeliveredPollResult => ({
  feedId: `feed-${delivery}`,
  url: `https://feed-${delivery}.example/feed.xml`,
  fetchedAt: delivery,
  delivery,
  outcome: updated([parsedArticle(`story-${delivery}`)]),
});

const diskFull = () => Object.assign(new Error('QuotaExceededError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });

/** A writer over a disk that is full until `room` says otherwise, and a look for room that answers from it too. */
function writerOnAFullDisk() {
  const state = { full: true, stores: 0, looks: [] as number[], acknowledged: [] as number[], paused: [] as boolean[], messages: [] as boolean[] };
  const writer = new ResultWriter({
    store: async () => {
      state.stores += 1;
      if (state.full) throw diskFull();
    },
    hasRoomFor: async (bytes) => {
      state.looks.push(bytes);
      return !state.full;
    },
    roomCheckMs: 1_000,
    storageRetryMs: 30_000,
    acknowledge: async (deliveries) => state.acknowledged.push(...deliveries),
    pausePolling: async (paused) => state.paused.push(paused),
    askForResend: async () => undefined,
    onStorageFull: (full) => state.messages.push(full),
  });
  return { writer, state };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('storing again as soon as there is room', () => {
  it('looks for room for the waiting results without preparing them again, and stores them once it finds it', async () => {
    const { writer, state } = writerOnAFullDisk();
    writer.accept(result(1));
    writer.accept(result(2));
    await vi.advanceTimersByTimeAsync(200);
    expect(state.messages).toEqual([true]);
    expect(state.paused.at(-1)).toBe(true);

    // Still full: the looks say so, and the results are not tried meanwhile.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.looks.length).toBeGreaterThanOrEqual(4);
    expect(state.stores).toBe(1);
    expect(state.looks[0]).toBe(approximateBytes([result(1), result(2)]));

    // Room again: stored within one look, long before the half-minute retry.
    state.full = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.acknowledged).toEqual([1, 2]);
    expect(state.messages).toEqual([true, false]);
    expect(state.paused.at(-1)).toBe(false);

    // Stored, it looks no more.
    const looks = state.looks.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state.looks).toHaveLength(looks);
    writer.stop();
  });

  it('stops looking once it steps down', async () => {
    const { writer, state } = writerOnAFullDisk();
    writer.accept(result(1));
    await vi.advanceTimersByTimeAsync(200);
    writer.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.looks).toEqual([]);
    expect(state.stores).toBe(1);
  });

  it('counts what the results say, text counted twice for its UTF-16 bytes', () => {
    const one = approximateBytes([result(1)]);
    expect(one).toBe(JSON.stringify(result(1).outcome).length * 2);
    expect(approximateBytes([result(1), result(2)])).toBeGreaterThan(one);
  });
});

describe('the look for room', () => {
  it('writes and deletes in one transaction, so that nothing stays in its database', async () => {
    vi.useRealTimers();
    const name = `room-${crypto.randomUUID()}`;
    const hasRoomFor = roomProbe(name);
    expect(await hasRoomFor(200_000)).toBe(true);
    expect(await hasRoomFor(0)).toBe(true);
    const count = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction('probe').objectStore('probe').count();
        request.onsuccess = () => {
          open.result.close();
          resolve(request.result);
        };
      };
    });
    expect(count).toBe(0);
  });
});
