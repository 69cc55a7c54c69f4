import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as annotate from '../../../shared/lang/annotate';
import { annotateArticleInDetail } from '../../../shared/lang/annotate';
import { readDaybookText } from './support/readText';

// Annotation (language and provenance) is the costly part of reading an item: counted here, not replaced.
vi.mock('../../../shared/lang/annotate', async (importOriginal) => {
  const actual = await importOriginal<typeof annotate>();
  return { ...actual, annotateArticleInDetail: vi.fn(actual.annotateArticleInDetail) };
});
const annotated = vi.mocked(annotateArticleInDetail);

const fetchedAt = Date.UTC(2024, 5, 25, 12, 0, 0);

async function read(text: string, storedItems?: readonly string[]) {
  const reading = await readDaybookText(text, fetchedAt, storedItems);
  if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
  return { articles: reading.feed.articles, itemDigests: reading.itemDigests, feed: reading.feed };
}

const item = (guid: string, title: string, body: string) =>
  `<item><guid>${guid}</guid><title>${title}</title><link>https://daybook.example/${guid}</link><pubDate>Mon, 24 Jun 2024 08:00:00 GMT</pubDate><description>${body}</description></item>`;
const rss = (items: string[], language = 'en') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Daybook</title><link>https://daybook.example/</link><language>${language}</language>${items.join('')}</channel></rss>`;

const three = [
  item('one', 'The library reopens', 'New opening hours from Monday, for everyone in town.'),
  item('two', 'Rain again', 'The third day in a row of rain over the valley.'),
  item('three', 'The market', 'Cherries are in, and the first apricots.'),
];

beforeEach(() => {
  annotated.mockClear();
});

describe('reading a feed whose items are partly stored', () => {
  it('reads every item and gives no digests when nothing is said of stored items', async () => {
    const { articles, itemDigests } = await read(rss(three));
    expect(articles).toHaveLength(3);
    expect(itemDigests).toBeUndefined();
    expect(annotated).toHaveBeenCalledTimes(3);
  });

  it('leaves out, unannotated, every item stored as it is, and keeps the feed’s own fields', async () => {
    const cold = await read(rss(three), []);
    expect(cold.articles).toHaveLength(3);
    expect(cold.itemDigests).toHaveLength(3);
    annotated.mockClear();

    const next = await read(rss(three), cold.itemDigests);
    expect(next.articles).toEqual([]);
    expect(annotated).not.toHaveBeenCalled();
    expect(next.itemDigests).toEqual(cold.itemDigests);
    expect(next.feed).toMatchObject({ title: 'Daybook', language: 'en', siteUrl: 'https://daybook.example/' });
  });

  it('reads and sends a new item and an edited one, and only those', async () => {
    const cold = await read(rss(three), []);
    annotated.mockClear();
    const [one, , market] = three;
    const edited = [item('zero', 'Fresh news', 'Something happened this morning.'), one, item('two', 'Rain again', 'The fourth day in a row now.'), market].join('');
    const next = await read(rss([edited]), cold.itemDigests);
    expect(next.articles.map((article) => [article.id, article.excerpt])).toEqual([
      ['zero', 'Something happened this morning.'],
      ['two', 'The fourth day in a row now.'],
    ]);
    expect(annotated).toHaveBeenCalledTimes(2);
    expect(next.itemDigests).toHaveLength(4);
  });

  it('reads every item again when the feed’s declared language changes, since that decides the items’ languages', async () => {
    const cold = await read(rss(three, 'en'), []);
    const next = await read(rss(three, 'fr'), cold.itemDigests);
    expect(next.articles).toHaveLength(3);
  });

  it('keeps the ids that items sharing a guid were given, whichever of them is left out', async () => {
    const text = readFileSync(new URL('../../fixtures/feeds/rss-repeated-guid.xml', import.meta.url), 'utf8');
    const cold = await read(text, []);
    const afternoon = cold.articles.findIndex((article) => article.title.startsWith('Afternoon'));
    expect(cold.articles[afternoon]?.id).not.toBe('https://daybook.example/2024/06/24.html#a1');

    // Everything stored but the afternoon post: it comes under the id it had, not under the guid it shares.
    const stored = cold.itemDigests?.filter((_, index) => index !== afternoon);
    const next = await read(text, stored);
    expect(next.articles.map((article) => article.id)).toEqual([cold.articles[afternoon]?.id]);
  });
});
