import 'fake-indexeddb/auto';
import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { TidingsDb } from '../../../renderer/db/database';
import { setStarred } from '../../../renderer/db/marks';
import { readPage, readPageAt, type ListQuery, type SourceId } from '../../../renderer/db/paging';
import { readShownPages } from '../../../renderer/features/articles/listPages';
import { longArticleHtml } from '../../fixtures/loopback/hugeFeeds';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle } from '../foundation/support/fixtures';
import { feedWith, hour, t0 } from '../renderer/support';

const database = useFreshDatabase();

/**
 * Every table any request of `db` touches from now on, whichever query or transaction asks: watched at Dexie's lowest
 * layer, which the database takes up when it opens (so it is closed and opened again).
 */
async function watchTables(db: TidingsDb): Promise<Set<string>> {
  const touched = new Set<string>();
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'tables touched',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const note = <T>(result: T): T => {
          touched.add(name);
          return result;
        };
        return {
          ...table,
          get: (request) => note(table.get(request)),
          getMany: (request) => note(table.getMany(request)),
          query: (request) => note(table.query(request)),
          openCursor: (request) => note(table.openCursor(request)),
          count: (request) => note(table.count(request)),
          mutate: (request) => note(table.mutate(request)),
        };
      },
    }),
  });
  await db.open();
  return touched;
}

describe('the article list never reads a body', () => {
  it('reads every list shape, every page, without touching the bodies table', async () => {
    const db = database();
    // Long bodies, as a feed may send: what the list must not pay for.
    const body = longArticleHtml(64 * 1024);
    const articles = Array.from({ length: 250 }, (_, index) =>
      parsedArticle(`a${index}`, { title: `Harbour minutes ${index}`, contentHtml: body, language: index % 2 ? 'en' : 'fr', published: new Date(t0 + 47 * hour - index * 60_000).toISOString() }),
    );
    const feed = await feedWith(db, 'https://minutes.example/feed', articles);
    const [first] = await readPage(db, { source: { kind: 'all' }, filter: 'all', sort: 'newest' });
    if (first) await setStarred(db, first.key, true);
    // The bodies were stored: a list that read them would be seen.
    expect(await db.bodies.count()).toBe(250);

    const touched = await watchTables(db);
    const sources: SourceId[] = [
      { kind: 'all' },
      { kind: 'unread' },
      { kind: 'starred' },
      { kind: 'today' },
      { kind: 'feed', feedId: feed.id },
      { kind: 'language', language: 'fr' },
      { kind: 'search', query: 'harbour', within: { kind: 'all' } },
    ];
    let listed = 0;
    for (const source of sources) {
      for (const filter of ['all', 'unread', 'starred'] as const) {
        for (const sort of ['newest', 'oldest'] as const) {
          const query: ListQuery = { source, filter, sort };
          const pages = await readShownPages(db, query, JSON.stringify(query), null, { from: 0, to: 2 }, first ? [first.key] : []);
          listed += pages.slots.reduce((count, slot) => count + slot.size, 0);
          listed += (await readPageAt(db, query, 120)).length;
        }
      }
    }
    expect(listed).toBeGreaterThan(1_000);
    expect(touched.has('articles')).toBe(true);
    expect(touched.has('bodies')).toBe(false);
  });
});
