import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TidingsDb } from '../../../renderer/db/database';
import { compactSearchIndex } from '../../../renderer/db/search/searchIndex';
import { articleSearchTerms } from '../../../shared/search/articleTerms';
import { parseSearchQuery } from '../../../shared/search/parseQuery';
import type { FeedRecord } from '../../../renderer/db/records';
import { useFreshDatabase } from '../foundation/support/database';
import { article, feedWith, fetchAgain, found } from './support';

const database = useFreshDatabase();
const words = ['storm', 'stock', 'stone', 'harbour', 'harvest', 'Hà Nội', 'hanoi', 'école', 'ecology', 'budget', '東京都', '京都', 'กรุงเทพ'];

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

/** What a search must find, worked out from every stored row and body with the tokenizer alone. */
async function oracle(db: TidingsDb, query: string, feedIds: readonly string[] | null): Promise<string[]> {
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return [];
  const rows = await db.articles.toArray();
  const bodies = new Map((await db.bodies.toArray()).map((body) => [body.key, body.contentHtml]));
  return rows
    .filter((row) => !feedIds || feedIds.includes(row.feedId))
    .filter((row) => {
      const indexed = articleSearchTerms({ title: row.title, contentHtml: bodies.get(row.key) ?? '', language: row.language }).split(' ');
      return terms.every((term) => indexed.some((text) => (term.prefix ? text.startsWith(term.text) : text === term.text)));
    })
    .sort((a, b) => b.sortTime - a.sortTime || (a.key < b.key ? 1 : -1))
    .map((row) => row.articleId);
}

describe('search against an oracle', () => {
  it('finds exactly what the stored text holds, in list order, page after page, before and after compaction', async () => {
    const db = database();
    const random = generator(20_260_101);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const feeds: FeedRecord[] = [];
    let serial = 0;
    // Ten fetches over four feeds: as many segments, of several chunks, with times that repeat and interleave.
    for (let fetch = 0; fetch < 10; fetch += 1) {
      const articles = Array.from({ length: 20 + Math.floor(random() * 200) }, () => {
        serial += 1;
        const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(words)).join(' ');
        return article(`a${serial}`, pick(words), text, Math.floor(random() * 40), { language: pick(['en', 'fr', 'vi', 'ja', null]) });
      });
      const feed = feeds[fetch % 4];
      if (feed) await fetchAgain(db, feed, articles);
      else feeds.push(await feedWith(db, `feed${fetch}`, articles));
    }
    const queries = ['storm', 'st', 'sto', 'harbour storm', 'hanoi', 'ha noi', 'ecole', 'eco', '京', '東京', 'กร', 'budget storm harvest', 'zz'];
    const check = async () => {
      for (const query of queries) {
        const feedIds = random() < 0.3 ? [pick(feeds).id, pick(feeds).id] : null;
        const pageSize = pick([5, 30, 1_000]);
        expect(await found(db, query, feedIds, pageSize), `${query} in ${feedIds?.length ?? 'all'} feeds, pages of ${pageSize}`).toEqual(await oracle(db, query, feedIds));
      }
    };
    await check();
    await compactSearchIndex(db);
    await check();
  });
});
