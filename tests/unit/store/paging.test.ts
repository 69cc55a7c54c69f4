import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleKey } from '../../../renderer/db/database';
import { addFeed } from '../../../renderer/db/feeds';
import { storePollResults } from '../../../renderer/db/ingest';
import { setMarks } from '../../../renderer/db/marks';
import { readPage, readPageAt, unreadKeysOf, type ListQuery, type PageCursor, type SourceId } from '../../../renderer/db/paging';
import { setLanguageHidden } from '../../../renderer/db/preferences';
import type { ArticleRecord } from '../../../renderer/db/records';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';

const database = useFreshDatabase();
const day = 86_400_000;
const now = Date.now();
const languages = ['en', 'fr', 'de'] as const;

/** Three feeds, two in a folder; dated articles over ten days, some today, and undated ones that share their fetch time. */
async function populate(): Promise<{ feedIds: string[]; all: ArticleRecord[] }> {
  const db = database();
  const feeds = await Promise.all(['a', 'b', 'c'].map((name) => addFeed(db, `https://${name}.example/feed`, now - 20 * day)));
  await db.feeds.bulkUpdate(feeds.slice(0, 2).map((feed) => ({ key: feed.id, changes: { folderId: 'folder' } })));
  await storePollResults(
    db,
    feeds.map((feed, feedIndex) =>
      pollResult(
        feed.id,
        feed.url,
        updated(
          Array.from({ length: 40 }, (_, index) =>
            parsedArticle(`${feedIndex}-${index}`, {
              language: languages[(index + feedIndex) % 3] ?? null,
              // Every fifth is undated: those of one feed share the fetch time, and so tie.
              published: index % 5 === 0 ? null : new Date(now - ((index * 7 + feedIndex) % 10) * day - index * 60_000).toISOString(),
            }),
          ),
        ),
        now - 2 * 3_600_000,
      ),
    ),
  );
  const keys = await db.articles.toCollection().primaryKeys();
  // Some read, some starred, spread over the feeds.
  await setMarks(db, keys.filter((_, index) => index % 3 === 0), { read: 1 });
  await setMarks(db, keys.filter((_, index) => index % 7 === 0), { starred: 1 });
  return { feedIds: feeds.map((feed) => feed.id), all: await db.articles.toArray() };
}

/** What a list must hold, worked out from every row: the oracle the paging is checked against. */
function expected(all: ArticleRecord[], feedIds: string[], query: ListQuery, hidden: ReadonlySet<string> = new Set()): string[] {
  const inSource = (row: ArticleRecord, source: SourceId): boolean => {
    switch (source.kind) {
      case 'all':
      case 'unread':
      case 'starred':
        return true;
      case 'today':
        return row.sortTime >= new Date(new Date(now).setHours(0, 0, 0, 0)).getTime();
      case 'feed':
        return row.feedId === source.feedId;
      case 'folder':
        return feedIds.slice(0, 2).includes(row.feedId);
      case 'language':
        return row.language === source.language;
      case 'search':
        return false;
    }
  };
  const passes = (row: ArticleRecord, filter: string) => filter === 'all' || (filter === 'unread' ? row.read === 0 : row.starred === 1);
  const sign = query.sort === 'newest' ? -1 : 1;
  return all
    .filter((row) => inSource(row, query.source) && passes(row, query.filter) && passes(row, ['unread', 'starred'].includes(query.source.kind) ? query.source.kind : 'all'))
    .filter((row) => query.source.kind === 'language' || row.language === null || !hidden.has(row.language))
    .sort((a, b) => sign * (a.sortTime - b.sortTime || (a.key < b.key ? -1 : 1)))
    .map((row) => row.key);
}

async function walk(query: ListQuery, pageLength: number): Promise<string[]> {
  const keys: string[] = [];
  let after: PageCursor | null = null;
  for (let guard = 0; guard < 1_000; guard += 1) {
    const page = await readPage(database(), query, after, pageLength);
    keys.push(...page.map((row) => row.key));
    const last = page.at(-1);
    if (page.length < pageLength || !last) break;
    after = { sortTime: last.sortTime, key: last.key };
  }
  return keys;
}

let feedIds: string[];
let all: ArticleRecord[];
beforeEach(async () => {
  ({ feedIds, all } = await populate());
});

describe('paging every list shape', () => {
  const sources = (): SourceId[] => [
    { kind: 'all' },
    { kind: 'unread' },
    { kind: 'starred' },
    { kind: 'today' },
    { kind: 'feed', feedId: feedIds[1] ?? '' },
    { kind: 'folder', folderId: 'folder' },
    { kind: 'language', language: 'fr' },
  ];

  it('reaches every article of the list once, in order, page after page, for every source, filter and sort', async () => {
    for (const source of sources()) {
      for (const filter of ['all', 'unread', 'starred'] as const) {
        for (const sort of ['newest', 'oldest'] as const) {
          const query = { source, filter, sort };
          const label = JSON.stringify(query);
          // Pages of 7 cut through the runs of undated articles that share one time.
          expect(await walk(query, 7), label).toEqual(expected(all, feedIds, query));
        }
      }
    }
  });

  it('starts a page at any position', async () => {
    for (const source of sources()) {
      const query: ListQuery = { source, filter: 'all', sort: 'newest' };
      const whole = expected(all, feedIds, query);
      const page = await readPageAt(database(), query, 11, 9);
      expect(page.map((row) => row.key), JSON.stringify(source)).toEqual(whole.slice(11, 20));
    }
  });

  it('leaves hidden languages out of every list but their own', async () => {
    await setLanguageHidden(database(), 'de', true);
    const hidden = new Set(['de']);
    for (const source of sources()) {
      const query: ListQuery = { source, filter: 'all', sort: 'newest' };
      expect(await walk(query, 10), JSON.stringify(source)).toEqual(expected(all, feedIds, query, hidden));
    }
    const german: ListQuery = { source: { kind: 'language', language: 'de' }, filter: 'all', sort: 'newest' };
    expect((await walk(german, 50)).length).toBeGreaterThan(0);
  });

  it('pages a search within a source through the search index, with the list’s filter and order', async () => {
    const within: SourceId = { kind: 'feed', feedId: feedIds[1] ?? '' };
    for (const filter of ['all', 'unread', 'starred'] as const) {
      const query: ListQuery = { source: { kind: 'search', query: 'article', within }, filter, sort: 'newest' };
      // Every fixture title is "Article …": the search finds what the source's own list holds.
      expect(await walk(query, 7), filter).toEqual(expected(all, feedIds, { source: within, filter, sort: 'newest' }));
    }
    // Within a smart view, the search keeps to what that view lists.
    for (const view of [{ kind: 'unread' }, { kind: 'starred' }, { kind: 'today' }, { kind: 'language', language: 'de' }] as const) {
      const query: ListQuery = { source: { kind: 'search', query: 'article', within: view }, filter: 'all', sort: 'newest' };
      expect(await walk(query, 7), view.kind).toEqual(expected(all, feedIds, { source: view, filter: 'all', sort: 'newest' }));
    }
    const nothing: ListQuery = { source: { kind: 'search', query: 'zzzz', within: { kind: 'all' } }, filter: 'all', sort: 'newest' };
    expect(await walk(nothing, 7)).toEqual([]);
  });

  it('gives the keys of a list’s unread articles, to mark them all read', async () => {
    for (const source of sources()) {
      const keys = await unreadKeysOf(database(), source);
      expect(keys.sort(), JSON.stringify(source)).toEqual(expected(all, feedIds, { source, filter: 'unread', sort: 'newest' }).sort());
    }
    expect(await unreadKeysOf(database(), { kind: 'feed', feedId: feedIds[0] ?? '' })).not.toContain(articleKey(feedIds[1] ?? '', '1-1'));
  });
});
