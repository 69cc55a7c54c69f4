import type { Collection, InsertType } from 'dexie';
import { countArticles } from './countDeltas';
import type { TidingsDb } from './database';
import type { ArticleRecord } from './records';
import { forgetRemovedArticles } from './search/removal';
import { searchTables } from './search/searchIndex';

/** Articles looked at, and at most removed, per transaction: the store is never held for long. */
export const sweepBatch = 500;
/** Feeds' marks of what was removed are written this many batches apart, and when a sweep ends. */
const batchesPerMarkWrite = 100;

/** A stretch of an index's time, and the keys of the articles in it. */
interface Span {
  lower: number;
  upper: number;
  includeLower: boolean;
  includeUpper: boolean;
  keys: string[];
}

type ArticleRange = Collection<ArticleRecord, string, InsertType<ArticleRecord, 'key'>>;

/** An index over time: its rows between two times, and the time it gives a row. */
interface TimeIndex {
  between(lower: number, upper: number, includeLower: boolean, includeUpper: boolean): ArticleRange;
  timeOf(row: ArticleRecord): number;
}

/**
 * Walks an index over time, oldest first, in spans of fewer than `size` articles (more only when that many share one
 * time), from `from` to before `to`. Each span is read as primary keys alone (one `getAllKeys`), never an article but
 * the one that tells where the span ends: a cursor stepping key by key cost more than the removal itself. Spans end
 * between two times, so the next starts where this one stopped whatever was removed meanwhile.
 */
async function* spansOf(db: TidingsDb, index: TimeIndex, size: number, from: number, to: number, includeTo = false): AsyncGenerator<Span> {
  let lower = from;
  let includeLower = true;
  for (;;) {
    const head = await index.between(lower, to, includeLower, includeTo).limit(size).primaryKeys();
    if (head.length < size) {
      if (head.length > 0) yield { lower, upper: to, includeLower, includeUpper: includeTo, keys: head };
      return;
    }
    const lastRow = await db.articles.get(head[head.length - 1] as string);
    // Removed since it was listed: listed again from the same place.
    if (!lastRow) continue;
    const upper = index.timeOf(lastRow);
    if (upper === lower) {
      // As many as `size` share this one time: all of them, then on past it.
      yield { lower, upper, includeLower: true, includeUpper: true, keys: await index.between(lower, upper, true, true).primaryKeys() };
      includeLower = false;
      continue;
    }
    const keys = await index.between(lower, upper, includeLower, false).primaryKeys();
    if (keys.length > 0) yield { lower, upper, includeLower, includeUpper: false, keys };
    lower = upper;
    includeLower = true;
  }
}

/** The feed an article key names (`${feedId} ${articleId}`, database.ts): feed ids hold no space. */
function feedOfKey(key: string): string {
  return key.slice(0, key.indexOf(' '));
}

export interface SweepOptions {
  /** Awaited between transactions, so that the page stays responsive. */
  pause: () => Promise<void>;
  /** Ends the sweep between two batches (the window stopped being the one that cleans up). */
  signal?: AbortSignal;
}

/**
 * One cleanup pass over the store: finds articles a rule lets go by walking time indexes, keys only, and removes them
 * with their bodies, counts and search entries, a batch per transaction. Each feed remembers the newest article taken
 * from it (`removedThrough`), so that one the feed still lists is not stored again as new.
 */
export class Sweep {
  removed = 0;
  examined = 0;
  private batches = 0;
  private readonly through = new Map<string, number>();

  constructor(
    private readonly db: TidingsDb,
    private readonly options: SweepOptions,
  ) {}

  /** Read articles older than `cutoff`, from `from` on, but those of feeds with a rule of their own. */
  async readOlderThan(cutoff: number, from: number, ownRule: ReadonlySet<string>): Promise<void> {
    const { db } = this;
    if (from >= cutoff) return;
    const byTime: TimeIndex = { between: (...range) => db.articles.where('sortTime').between(...range), timeOf: (row) => row.sortTime };
    for await (const span of spansOf(db, byTime, sweepBatch, from, cutoff)) {
      if (this.options.signal?.aborted) return;
      // The unread and starred ones of the same span, from their own sparse indexes: what is left is read.
      const within = (name: 'unreadTime' | 'starredTime') => db.articles.where(name).between(span.lower, span.upper, span.includeLower, span.includeUpper).primaryKeys();
      const [unread, starred] = await Promise.all([within('unreadTime'), within('starredTime')]);
      const kept = new Set([...unread, ...starred]);
      const candidates = span.keys.filter((key) => !kept.has(key) && !ownRule.has(feedOfKey(key)));
      await this.remove(span.keys.length, candidates, (row) => row.read === 1 && row.starred === 0 && row.sortTime < cutoff && !ownRule.has(row.feedId));
    }
  }

  /** Unread articles older than `cutoff`, but starred ones and those of feeds with a rule of their own. */
  async unreadOlderThan(cutoff: number, ownRule: ReadonlySet<string>): Promise<void> {
    const { db } = this;
    const byTime: TimeIndex = { between: (...range) => db.articles.where('unreadTime').between(...range), timeOf: (row) => row.sortTime };
    for await (const span of spansOf(db, byTime, sweepBatch, -Infinity, cutoff)) {
      if (this.options.signal?.aborted) return;
      const starred = new Set(await db.articles.where('starredTime').between(span.lower, span.upper, span.includeLower, span.includeUpper).primaryKeys());
      const candidates = span.keys.filter((key) => !starred.has(key) && !ownRule.has(feedOfKey(key)));
      await this.remove(span.keys.length, candidates, (row) => row.read === 0 && row.starred === 0 && row.sortTime < cutoff && !ownRule.has(row.feedId));
    }
  }

  /**
   * A feed's own rule: read articles beyond its newest `keep`. How many lie beyond comes from the stored counts, so the
   * walk goes from the oldest and stops there, never reading the newest.
   */
  async beyondNewest(feedId: string, keep: number): Promise<void> {
    const { db } = this;
    const total = (await db.counts.where('feedId').equals(feedId).toArray()).reduce((sum, count) => sum + count.total, 0);
    let left = total - keep;
    if (left <= 0) return;
    const ofFeed: TimeIndex = {
      between: (lower, upper, includeLower, includeUpper) => db.articles.where('[feedId+sortTime]').between([feedId, lower], [feedId, upper], includeLower, includeUpper),
      timeOf: (row) => row.sortTime,
    };
    for await (const span of spansOf(db, ofFeed, sweepBatch, -Infinity, Infinity, true)) {
      if (this.options.signal?.aborted) return;
      // In index order: the oldest first, so the first `left` are those beyond the newest `keep`.
      const beyond = span.keys.slice(0, left);
      left -= beyond.length;
      const unread = new Set(
        await db.articles.where('[feedId+unreadTime]').between([feedId, span.lower], [feedId, span.upper], span.includeLower, span.includeUpper).primaryKeys(),
      );
      await this.remove(
        beyond.length,
        beyond.filter((key) => !unread.has(key)),
        (row) => row.read === 1 && row.starred === 0,
      );
      if (left <= 0) return;
    }
  }

  /** Writes what is left of the feeds' marks. */
  async finish(): Promise<void> {
    await this.writeMarks();
  }

  /** Removes those of `candidates` that `stillGoes` lets go, at most a batch per transaction, pausing after each. */
  private async remove(looked: number, candidates: readonly string[], stillGoes: (row: ArticleRecord) => boolean): Promise<void> {
    const { db } = this;
    this.examined += looked;
    for (let first = 0; first < candidates.length; first += sweepBatch) {
      const keys = candidates.slice(first, first + sweepBatch);
      // Read again inside the transaction: a mark given since the walk listed the key keeps the article.
      const rows = await db.transaction('rw', [db.articles, db.bodies, db.counts, ...searchTables(db)], async () => {
        const going = (await db.articles.bulkGet(keys)).filter((row): row is ArticleRecord => row !== undefined && stillGoes(row));
        if (going.length === 0) return going;
        const gone = going.map((row) => row.key);
        await Promise.all([db.bodies.bulkDelete(gone), db.articles.bulkDelete(gone), countArticles(going, -1).applyTo(db.counts), forgetRemovedArticles(db, going)]);
        return going;
      });
      this.removed += rows.length;
      for (const row of rows) this.through.set(row.feedId, Math.max(this.through.get(row.feedId) ?? -Infinity, row.sortTime));
      this.batches += 1;
      if (this.batches % batchesPerMarkWrite === 0) await this.writeMarks();
      await this.options.pause();
    }
    if (candidates.length === 0) await this.options.pause();
  }

  /**
   * Gathered over many batches and written together: each write of a feed row re-reads the feed list wherever it is
   * shown, which per batch would cost more than the removal.
   */
  private async writeMarks(): Promise<void> {
    if (this.through.size === 0) return;
    const { db } = this;
    const marks = new Map(this.through);
    this.through.clear();
    await db.transaction('rw', db.feeds, async () => {
      const feeds = await db.feeds.bulkGet([...marks.keys()]);
      const moved = feeds.flatMap((feed) => {
        const through = feed ? marks.get(feed.id) : undefined;
        return feed && through !== undefined && through > (feed.removedThrough ?? -Infinity) ? [{ ...feed, removedThrough: through }] : [];
      });
      if (moved.length > 0) await db.feeds.bulkPut(moved);
    });
  }
}
