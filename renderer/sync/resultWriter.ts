import { articlesPerTransaction } from '../db/ingest';
import { readJson, type JsonText } from '../../shared/ipc/jsonText';
import { deliveryInJson } from '../../shared/ipc/resultJson';
import type { DeliveredPollResult } from '../../shared/model/feed';

/**
 * A pushed result as the writer holds it: read, or still the JSON text it came as, with the delivery number it starts
 * with (resultJson.ts). The text is read where it is stored, in the storing worker: the window never makes objects of
 * a refresh's articles.
 */
export type PendingResult = DeliveredPollResult | ResultJson;

export interface ResultJson {
  delivery: number;
  json: JsonText<DeliveredPollResult>;
}

/** A result pushed as text, held unread; one whose text does not start with its delivery number is read now. */
export function pendingFromJson(json: JsonText<DeliveredPollResult>): PendingResult {
  const delivery = deliveryInJson(json);
  return delivery === null ? readJson(json) : { delivery, json };
}

export function readPending(result: PendingResult): DeliveredPollResult {
  return 'json' in result ? readJson(result.json) : result;
}

/** About the characters of JSON a stored article takes with its body: what a result's text is weighed by. */
const charactersPerArticle = 4_000;

/** About how many articles a result brings: counted when read, judged from its length when still text. */
function articlesIn(result: PendingResult): number {
  if ('json' in result) return Math.ceil(result.json.length / charactersPerArticle);
  return result.outcome.kind === 'updated' ? result.outcome.feed.articles.length : 0;
}

export interface ResultWriterOptions {
  /** Stores results in one transaction, in the order given (storePollResults). */
  store: (results: PendingResult[]) => Promise<unknown>;
  /** Tells the main process these deliveries are stored (`poller:stored`). */
  acknowledge: (deliveries: number[]) => Promise<unknown>;
  /** Stops or restarts polling while the disk is full (`poller:pause`). */
  pausePolling: (paused: boolean) => Promise<unknown>;
  /** Asks the main process to push every result it holds again (`poller:writer`). */
  askForResend: () => Promise<unknown>;
  /** Raises or clears the app's one message that the disk is full. */
  onStorageFull: (full: boolean) => void;
  /** How long results are collected before they are stored together. */
  batchMs?: number;
  /** Results stored at once at most; a batch this large is stored without waiting. */
  maxBatch?: number;
  /** Articles stored at once at most (a larger single result is stored alone). */
  maxArticles?: number;
  /**
   * Whether the origin's storage would take this many more bytes now, by a write that is undone in the same breath;
   * absent, room is found only by trying the results themselves.
   */
  hasRoomFor?: (bytes: number) => Promise<boolean>;
  /** How often storing is tried again while the disk is full. */
  storageRetryMs?: number;
  /** While the disk is full, how often room is looked for (hasRoomFor): storing resumes as soon as there is some. */
  roomCheckMs?: number;
  /** Wait before asking for a result again after a store failed for another reason; it doubles, up to 5 minutes. */
  resendAfterErrorMs?: number;
}

const maxResendDelayMs = 5 * 60_000;

/** A write refused for lack of space: IndexedDB's own error, or Dexie's wrapping of it (its `inner`). */
export function isQuotaExceeded(error: unknown): boolean {
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && typeof cause === 'object' && cause !== null; depth += 1) {
    if ((cause as { name?: unknown }).name === 'QuotaExceededError') return true;
    cause = (cause as { inner?: unknown }).inner;
  }
  return false;
}

/**
 * The database writer's side of the delivery contract. Results are collected for a moment and stored together in one
 * transaction, in the order they came, and only then acknowledged: whatever is not acknowledged the main process
 * keeps and pushes again. A disk without room raises one message and pauses polling; the results wait, storing is
 * tried again as soon as a look for room finds enough for them (every few seconds), every half minute in any case, or
 * when the reader asks; success clears the message and resumes polling.
 */
export class ResultWriter {
  private readonly queue: PendingResult[] = [];
  /** Deliveries waiting or being stored: one pushed again meanwhile is not stored twice. */
  private readonly waiting = new Set<number>();
  private batchTimer: ReturnType<typeof setTimeout> | null = null;
  private storageTimer: ReturnType<typeof setTimeout> | null = null;
  private roomTimer: ReturnType<typeof setTimeout> | null = null;
  /** About how many bytes the batch that did not fit needs. */
  private neededBytes = 0;
  private resendTimer: ReturnType<typeof setTimeout> | null = null;
  private storing: Promise<void> | null = null;
  private storageFull = false;
  private failuresInARow = 0;
  private stopped = false;
  private readonly batchMs: number;
  private readonly maxBatch: number;
  private readonly maxArticles: number;
  private readonly storageRetryMs: number;
  private readonly roomCheckMs: number;
  private readonly resendAfterErrorMs: number;

  constructor(private readonly options: ResultWriterOptions) {
    this.batchMs = options.batchMs ?? 150;
    this.maxBatch = options.maxBatch ?? 200;
    this.maxArticles = options.maxArticles ?? articlesPerTransaction;
    this.storageRetryMs = options.storageRetryMs ?? 30_000;
    this.roomCheckMs = options.roomCheckMs ?? 3_000;
    this.resendAfterErrorMs = options.resendAfterErrorMs ?? 5_000;
  }

  accept(result: PendingResult): void {
    if (this.stopped || this.waiting.has(result.delivery)) return;
    this.waiting.add(result.delivery);
    this.queue.push(result);
    this.storeSoon();
  }

  /** Asks the main process for every result it holds; what is already waiting here is not stored twice. */
  askForResend(): void {
    if (this.stopped) return;
    this.options.askForResend().catch((error: unknown) => console.error('Could not ask for the results not yet stored', error));
  }

  /** While the disk is full: tries storing now rather than at the next automatic try. */
  retryNow(): void {
    if (!this.storageFull || this.stopped) return;
    this.clearStorageTimer();
    void this.storeNext();
  }

  /** Steps down: nothing more is stored here (what is held in main goes to the next writer). */
  stop(): void {
    this.stopped = true;
    for (const timer of [this.batchTimer, this.storageTimer, this.roomTimer, this.resendTimer]) if (timer) clearTimeout(timer);
    this.batchTimer = this.storageTimer = this.roomTimer = this.resendTimer = null;
  }

  private storeSoon(): void {
    if (this.stopped || this.storing || this.storageFull || this.queue.length === 0) return;
    if (this.queue.length >= this.maxBatch) {
      if (this.batchTimer) clearTimeout(this.batchTimer);
      this.batchTimer = null;
      void this.storeNext();
    } else if (!this.batchTimer) {
      this.batchTimer = setTimeout(() => {
        this.batchTimer = null;
        void this.storeNext();
      }, this.batchMs);
    }
  }

  private storeNext(): Promise<void> {
    if (this.storing) return this.storing;
    this.storing = this.storeBatch().finally(() => {
      this.storing = null;
      // What came in while this batch was stored has waited long enough already.
      if (!this.stopped && !this.storageFull && this.queue.length > 0) void this.storeNext();
    });
    return this.storing;
  }

  /**
   * The results stored together: up to maxBatch of them, and no more articles than maxArticles (but always one
   * result), so that one transaction never holds the page for long.
   */
  private nextBatch(): PendingResult[] {
    const batch: PendingResult[] = [];
    let articles = 0;
    for (const result of this.queue) {
      const count = articlesIn(result);
      if (batch.length >= this.maxBatch || (batch.length > 0 && articles + count > this.maxArticles)) break;
      batch.push(result);
      articles += count;
    }
    return batch;
  }

  private async storeBatch(): Promise<void> {
    const batch = this.nextBatch();
    if (batch.length === 0) return;
    try {
      await this.options.store(batch);
    } catch (error) {
      // Stepped down meanwhile (its storing worker closed with it): main still holds the batch for the next writer.
      if (this.stopped) return;
      if (isQuotaExceeded(error)) return this.waitForSpace(batch);
      console.error(`Could not store ${batch.length} fetched results together`, error);
      return this.storeOneByOne(batch);
    }
    this.stored(batch);
    this.failuresInARow = 0;
  }

  /** After a failure other than a full disk: each result alone, so that one that cannot be stored holds up no other. */
  private async storeOneByOne(batch: PendingResult[]): Promise<void> {
    const failed = batch.length === 1 ? batch : [];
    for (const result of batch.length > 1 ? batch : []) {
      try {
        await this.options.store([result]);
        this.stored([result]);
      } catch (error) {
        if (isQuotaExceeded(error)) return this.waitForSpace([result]);
        console.error(`Could not store delivery ${result.delivery}`, error);
        failed.push(result);
      }
    }
    // Not acknowledged, the main process still holds them: they are asked for again later, less often each time.
    this.leaveQueue(failed);
    if (failed.length === 0) return;
    this.failuresInARow += 1;
    if (this.resendTimer || this.stopped) return;
    const delay = Math.min(this.resendAfterErrorMs * 2 ** (this.failuresInARow - 1), maxResendDelayMs);
    this.resendTimer = setTimeout(() => {
      this.resendTimer = null;
      this.askForResend();
    }, delay);
  }

  private stored(results: PendingResult[]): void {
    this.leaveQueue(results);
    const deliveries = results.map((result) => result.delivery);
    this.options.acknowledge(deliveries).catch((error: unknown) => console.error('Could not tell the main process what was stored', error));
    if (this.storageFull) {
      this.storageFull = false;
      this.clearStorageTimer();
      this.options.onStorageFull(false);
      this.options.pausePolling(false).catch((error: unknown) => console.error('Could not resume checking for new articles', error));
    }
  }

  /** Stored or given up (main still holds those): they wait here no longer. */
  private leaveQueue(results: PendingResult[]): void {
    const leaving = new Set(results);
    for (const result of results) this.waiting.delete(result.delivery);
    for (let index = this.queue.length - 1; index >= 0; index -= 1) if (leaving.has(this.queue[index] as PendingResult)) this.queue.splice(index, 1);
  }

  /**
   * The batch stays at the front of the queue; nothing is acknowledged, and nothing already stored is touched. Storing
   * is tried again every storageRetryMs, and at once when a look for room (every roomCheckMs) finds enough for it.
   */
  private waitForSpace(batch: PendingResult[]): void {
    if (!this.storageFull) {
      this.storageFull = true;
      this.options.onStorageFull(true);
    }
    // Said again at every try: a main process started since (`npm run web` restarted) would not know.
    this.options.pausePolling(true).catch((error: unknown) => console.error('Could not pause checking for new articles', error));
    this.clearStorageTimer();
    if (this.stopped) return;
    this.neededBytes = approximateBytes(batch);
    this.storageTimer = setTimeout(() => {
      this.storageTimer = null;
      void this.storeNext();
    }, this.storageRetryMs);
    this.lookForRoomSoon();
  }

  private lookForRoomSoon(): void {
    const hasRoomFor = this.options.hasRoomFor;
    if (!hasRoomFor || this.roomTimer || this.stopped || !this.storageFull) return;
    this.roomTimer = setTimeout(() => {
      this.roomTimer = null;
      void hasRoomFor(this.neededBytes)
        .catch(() => false)
        .then((room) => {
          // A try already under way looks again itself should it fail.
          if (this.stopped || !this.storageFull || this.storing) return;
          if (!room) return this.lookForRoomSoon();
          this.clearStorageTimer();
          void this.storeNext();
        });
    }, this.roomCheckMs);
  }

  private clearStorageTimer(): void {
    if (this.storageTimer) clearTimeout(this.storageTimer);
    this.storageTimer = null;
    if (this.roomTimer) clearTimeout(this.roomTimer);
    this.roomTimer = null;
  }
}

/**
 * About what storing these results takes, from the size of what they say: each article's row, body and search
 * postings are stored, and text is counted in UTF-16. A bound to look for room with, not a measure.
 */
export function approximateBytes(results: readonly PendingResult[]): number {
  let characters = 0;
  for (const result of results) characters += 'json' in result ? result.json.length : JSON.stringify(result.outcome).length;
  return characters * 2;
}
