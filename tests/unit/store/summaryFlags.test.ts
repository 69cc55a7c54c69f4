import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addFeed } from '../../../renderer/db/feeds';
import { wantsFullText } from '../../../renderer/db/fullText';
import { storePollResult } from '../../../renderer/db/ingest';
import { backfillSummaryFlags } from '../../../renderer/db/summaryFlags';
import type { TidingsDb } from '../../../renderer/db/database';
import type { ParsedArticle } from '../../../shared/model/article';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';

const database = useFreshDatabase();
const t0 = Date.UTC(2025, 0, 10);
const hour = 60 * 60_000;
const noPause = () => Promise.resolve();
const whole = `<p>${'Paragraphs of a whole article. '.repeat(40)}</p>`;
const teaser = '<p>The opening lines of the story, then a link back. <a href="https://example.com/a">Read more</a></p>';

/** Stored as a build before summary detection stored them: no flag, whatever the item was. */
async function oldFeed(db: TidingsDb, name: string, bodies: string[], hoursApart = 1): Promise<string> {
  const feed = await addFeed(db, `https://${name}.example/feed.xml`, t0);
  const articles: ParsedArticle[] = bodies.map((contentHtml, index) =>
    parsedArticle(`${name}${index}`, { contentHtml, published: new Date(t0 + Math.floor(index * hoursApart) * hour).toISOString() }),
  );
  await storePollResult(db, pollResult(feed.id, feed.url, updated(articles), t0 + 100 * hour));
  return feed.id;
}

async function flagsOf(db: TidingsDb, feedId: string): Promise<Record<string, number | undefined>> {
  const rows = await db.articles.where('feedId').equals(feedId).toArray();
  return Object.fromEntries(rows.map((row) => [row.articleId, row.summaryOnly]));
}

describe('the summary-only flag of articles stored before it existed', () => {
  it('flags the summaries of old articles, newest first a batch at a time, and only them', async () => {
    const db = database();
    // Three articles share each hour: batches of 4 end inside ties.
    const summaries = await oldFeed(db, 'teasers', [teaser, teaser, teaser, teaser, '<p>A short note.</p>', teaser], 1 / 3);
    const articles = await oldFeed(db, 'whole', [whole, whole, '<p>A short note.</p>', whole]);
    const batches: number[] = [];
    await backfillSummaryFlags(db, { now: t0 + 200 * hour, batchSize: 4, pause: noPause, onBatch: (flagged) => batches.push(flagged.length) });

    expect(await flagsOf(db, summaries)).toEqual({ teasers0: 1, teasers1: 1, teasers2: 1, teasers3: 1, teasers4: 1, teasers5: 1 });
    // A short note in a feed of whole articles is the whole note.
    expect(await flagsOf(db, articles)).toEqual({ whole0: undefined, whole1: undefined, whole2: undefined, whole3: undefined });
    expect(batches).toHaveLength(3);
    const row = await db.articles.get(`${summaries} teasers0`);
    expect(row && wantsFullText('auto', row)).toBe(true);
  });

  it('resumes where it stopped, and leaves alone what was stored after it started', async () => {
    const db = database();
    const feedId = await oldFeed(db, 'teasers', [teaser, teaser, teaser, teaser, teaser]);
    const stop = new AbortController();
    await backfillSummaryFlags(db, { now: t0 + 200 * hour, batchSize: 2, pause: noPause, signal: stop.signal, onBatch: () => stop.abort() });
    expect(Object.values(await flagsOf(db, feedId)).filter((flag) => flag === 1)).toHaveLength(2);

    // Stored since it started (and judged then, as the feed worker does): not read again.
    const feed = await db.feeds.get(feedId);
    if (!feed) throw new Error('the feed is gone');
    await storePollResult(db, pollResult(feedId, feed.url, updated([parsedArticle('late', { contentHtml: teaser, published: new Date(t0 + 300 * hour).toISOString() })]), t0 + 300 * hour));
    let read = 0;
    await backfillSummaryFlags(db, { batchSize: 2, pause: noPause, onBatch: () => (read += 1) });
    expect(await flagsOf(db, feedId)).toEqual({ teasers0: 1, teasers1: 1, teasers2: 1, teasers3: 1, teasers4: 1, late: undefined });
    expect((await db.settings.get('summaryFlags'))?.value).toMatchObject({ done: true, startedAt: t0 + 200 * hour });

    read = 0;
    await backfillSummaryFlags(db, { batchSize: 2, pause: noPause, onBatch: () => (read += 1) });
    expect(read).toBe(0);
  });
});
