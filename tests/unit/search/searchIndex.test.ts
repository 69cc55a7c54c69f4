import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { removeFeed } from '../../../renderer/db/feeds';
import { compactSearchIndex, searchPage } from '../../../renderer/db/search/searchIndex';
import { articleSearchTerms } from '../../../shared/search/articleTerms';
import { useFreshDatabase } from '../foundation/support/database';
import { article, feedWith, fetchAgain, found } from './support';

const database = useFreshDatabase();

describe('searching stored articles', () => {
  it('finds an article by words of its title and text, in any order, case and accents aside', async () => {
    const db = database();
    await feedWith(db, 'fr', [
      article('reform', 'Le gouvernement annonce une réforme', 'La réforme des retraites fait débat à Paris.', 1, { language: 'fr' }),
      article('match', 'Le PSG gagne à Paris', 'Un match serré au Parc des Princes.', 2, { language: 'fr' }),
    ]);
    expect(await found(db, 'reforme paris')).toEqual(['reform']);
    expect(await found(db, 'PARIS Réforme')).toEqual(['reform']);
    expect(await found(db, 'débat')).toEqual(['reform']);
    expect(await found(db, 'paris')).toEqual(['match', 'reform']);
    // Every word must be there.
    expect(await found(db, 'reforme berlin')).toEqual([]);
    expect(await found(db, 'berlin')).toEqual([]);
  });

  it('takes the last word as a prefix, while the reader is still typing it', async () => {
    const db = database();
    await feedWith(db, 'en', [article('vote', 'Parliament votes on the election law', 'The government lost.', 1), article('other', 'Elephants at the zoo', '', 2)]);
    expect(await found(db, 'gov')).toEqual(['vote']);
    expect(await found(db, 'el')).toEqual(['other', 'vote']);
    expect(await found(db, 'parliament elec')).toEqual(['vote']);
    // Words before the last are whole words.
    expect(await found(db, 'gov parliament')).toEqual([]);
    // Too short to search.
    expect(await found(db, 'e')).toEqual([]);
  });

  it('finds Hà Nội by hanoi and by ha noi, and unspaced scripts without spaces', async () => {
    const db = database();
    await feedWith(db, 'world', [
      article('vi', 'Mưa lớn ở Hà Nội', 'Nhiều tuyến phố ngập sâu.', 1, { language: 'vi' }),
      article('fr', 'Sommet à Hà Nội', 'Les dirigeants se réunissent.', 2, { language: 'fr' }),
      article('ja', '東京都で選挙', '投票率が上がった。', 3, { language: 'ja' }),
      article('zh', '北京市场', '价格上涨', 4, { language: 'zh' }),
      article('ko', '서울에서 축제', '많은 사람들이 모였다', 5, { language: 'ko' }),
      article('th', 'น้ำท่วมกรุงเทพ', 'ฝนตกหนัก', 6, { language: 'th' }),
    ]);
    expect(await found(db, 'hanoi')).toEqual(['fr', 'vi']);
    expect(await found(db, 'ha noi')).toEqual(['fr', 'vi']);
    expect(await found(db, 'Hà Nội')).toEqual(['fr', 'vi']);
    expect(await found(db, 'tuyen pho')).toEqual(['vi']);
    expect(await found(db, '選挙')).toEqual(['ja']);
    expect(await found(db, '京')).toEqual(['zh', 'ja']);
    expect(await found(db, '都')).toEqual(['ja']);
    expect(await found(db, '東京都')).toEqual(['ja']);
    expect(await found(db, '市场')).toEqual(['zh']);
    expect(await found(db, '서울')).toEqual(['ko']);
    expect(await found(db, 'กรุงเทพ')).toEqual(['th']);
    expect(await found(db, 'กร')).toEqual(['th']);
  });

  it('searches only the feeds asked for, or every feed', async () => {
    const db = database();
    const first = await feedWith(db, 'first', [article('a1', 'Storm hits the coast', '', 1), article('a2', 'Quiet day', '', 2)]);
    const second = await feedWith(db, 'second', [article('b1', 'Storm warning lifted', '', 3)]);
    await feedWith(db, 'third', [article('c1', 'Storm season', '', 4)]);
    expect(await found(db, 'storm', [first.id])).toEqual(['a1']);
    expect(await found(db, 'storm', [first.id, second.id])).toEqual(['b1', 'a1']);
    expect(await found(db, 'storm')).toEqual(['c1', 'b1', 'a1']);
    expect(await found(db, 'storm', [])).toEqual([]);
  });

  it('lists matches newest first, ties by key, page after page without repeats or gaps', async () => {
    const db = database();
    // 45 matches over three feeds; every third shares its time with others, so pages break inside ties.
    const feeds = [];
    for (const name of ['a', 'b', 'c']) {
      feeds.push(
        await feedWith(
          db,
          name,
          Array.from({ length: 20 }, (_, index) => article(`${name}${index}`, index % 4 === 3 ? 'Nothing here' : `Market report ${index}`, 'Prices rose.', index % 3 === 0 ? 100 : index * 7)),
        ),
      );
    }
    const rows = (await db.articles.toArray()).filter((row) => row.title.startsWith('Market'));
    const expected = rows.sort((a, b) => b.sortTime - a.sortTime || (a.key < b.key ? 1 : -1)).map((row) => row.articleId);
    expect(expected).toHaveLength(45);
    for (const pageSize of [1, 7, 16, 100]) expect(await found(db, 'market', null, pageSize)).toEqual(expected);
    expect(await found(db, 'market', [feeds[1]?.id ?? ''], 4)).toEqual(expected.filter((id) => id.startsWith('b')));
  });

  it('pages through large and merged segments exactly, ties straddling their chunks', async () => {
    const db = database();
    // 450 articles in one fetch (one segment of several chunks), ten at a time sharing a time, then 100 more among them.
    const feed = await feedWith(db, 'big', Array.from({ length: 450 }, (_, index) => article(`x${index}`, index % 3 ? `Flood warning ${index}` : 'Sunny', '', Math.floor(index / 10))));
    await fetchAgain(db, feed, Array.from({ length: 100 }, (_, index) => article(`y${index}`, `Flood relief ${index}`, '', 15 + Math.floor(index / 25))));
    const rows = (await db.articles.toArray()).filter((row) => row.title.startsWith('Flood'));
    const expected = rows.sort((a, b) => b.sortTime - a.sortTime || (a.key < b.key ? 1 : -1)).map((row) => row.articleId);
    expect(expected).toHaveLength(400);
    for (const pageSize of [7, 64, 500]) expect(await found(db, 'flood', null, pageSize)).toEqual(expected);
    await compactSearchIndex(db);
    expect(await db.searchSegments.count()).toBe(1);
    expect(await found(db, 'flood', null, 13)).toEqual(expected);
    expect(await found(db, 'flood rel', [feed.id], 9)).toEqual(expected.filter((id) => id.startsWith('y')));
  });

  it('finds a changed article by its new words only, and once', async () => {
    const db = database();
    const feed = await feedWith(db, 'news', [article('story', 'Fire in the harbour', 'Firefighters are on their way.', 1)]);
    await fetchAgain(db, feed, [article('story', 'Fire in the harbour put out', 'The fire is under control.', 1)]);
    expect(await found(db, 'firefighters')).toEqual([]);
    expect(await found(db, 'control')).toEqual(['story']);
    expect(await found(db, 'harbour')).toEqual(['story']);
  });

  it('no longer finds the articles of a feed removed', async () => {
    const db = database();
    const gone = await feedWith(db, 'gone', [article('g1', 'Election results', '', 1)]);
    await feedWith(db, 'kept', [article('k1', 'Election night', '', 2)]);
    await removeFeed(db, gone.id);
    expect(await found(db, 'election')).toEqual(['k1']);
  });

  it('finds articles alike whether the feed worker gave their terms or the window read them from the body', async () => {
    const db = database();
    const body = '<p>Les élèves de l’école rentrent à Hà Nội.</p>';
    const fromWorker = article('worker', 'Rentrée scolaire', body, 1, { language: 'fr' });
    fromWorker.searchTerms = articleSearchTerms(fromWorker);
    await feedWith(db, 'worker', [fromWorker]);
    await feedWith(db, 'window', [article('window', 'Rentrée scolaire', body, 2, { language: 'fr' })]);
    for (const query of ['ecole', 'eleves rentree', 'hanoi', 'scol']) expect(await found(db, query)).toEqual(['window', 'worker']);
  });

  it('fills a page with the rows the caller accepts', async () => {
    const db = database();
    await feedWith(db, 'mixed', Array.from({ length: 30 }, (_, index) => article(`m${index}`, `Budget vote ${index}`, '', index, { language: index % 3 === 0 ? 'de' : 'en' })));
    const page = await searchPage(db, 'budget', { feedIds: null, after: null, limit: 8, accept: (row) => row.language === 'de' });
    expect(page.map((row) => row.articleId)).toEqual(['m27', 'm24', 'm21', 'm18', 'm15', 'm12', 'm9', 'm6']);
  });
});
