import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { itemSpans, withoutSpans } from '../../../electron/feeds/parse/itemSpans';
import type { KnownMarkup } from '../../../electron/feeds/parse/knownMarkup';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import { readDaybookText } from './support/readText';
import type * as xmlReader from '../../../electron/feeds/parse/readXmlFeed';
import { readXmlFeed } from '../../../electron/feeds/parse/readXmlFeed';

// What the XML reader is given is what is parsed: watched here, not replaced.
vi.mock('../../../electron/feeds/parse/readXmlFeed', async (importOriginal) => {
  const actual = await importOriginal<typeof xmlReader>();
  return { ...actual, readXmlFeed: vi.fn(actual.readXmlFeed) };
});
const parsed = vi.mocked(readXmlFeed);

const fetchedAt = Date.UTC(2024, 5, 25, 12, 0, 0);

async function read(text: string, storedItems: readonly string[], knownMarkup?: KnownMarkup) {
  const reading = await readDaybookText(text, fetchedAt, storedItems, knownMarkup);
  if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
  return reading;
}

/** A first reading, then the next one with what the first left, as the poller hands them over. */
async function readTwice(first: string, second: string) {
  const cold = await read(first, []);
  parsed.mockClear();
  const next = await read(second, cold.itemDigests ?? [], cold.knownMarkup);
  // Every text parsed for the next reading: the markup left once remembered items are out, then the whole document
  // when that cannot be trusted.
  const parsedText = parsed.mock.calls.map(([text]) => text).join('\n');
  const whole = await read(second, cold.itemDigests ?? []);
  return { cold, next, whole, parsedText };
}

const item = (guid: string, title: string, body: string, date = 'Mon, 24 Jun 2024 08:00:00 GMT') =>
  `<item><guid>${guid}</guid><title>${title}</title><link>https://daybook.example/${guid}</link><pubDate>${date}</pubDate><description>${body}</description></item>`;
const rss = (items: string[], language = 'en', built = 'Tue, 25 Jun 2024 11:00:00 GMT') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Daybook</title><link>https://daybook.example/</link><language>${language}</language><lastBuildDate>${built}</lastBuildDate>${items.join('\n')}</channel></rss>`;

const three = [
  item('one', 'The library reopens', 'New opening hours from Monday, for everyone in town.'),
  item('two', 'Rain again', 'The third day in a row of rain over the valley.'),
  item('three', 'The market', 'Cherries are in, and the first apricots.'),
];
const fresh = item('four', 'Fresh news', 'Something happened this morning.');

const sorted = (digests: readonly string[] | undefined) => [...(digests ?? [])].sort();

beforeEach(() => {
  parsed.mockClear();
});

describe('finding the items in a feed’s markup', () => {
  it('finds RSS items and Atom entries, prefixed or not, empty ones too, in document order', () => {
    const rssText = rss(three);
    expect(itemSpans(rssText)?.map(([start, end]) => rssText.slice(start, end))).toEqual(three);
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id></entry><atom:entry><id>2</id></atom:entry><entry/></feed>';
    expect(itemSpans(atom)?.map(([start, end]) => atom.slice(start, end))).toEqual(['<entry><id>1</id></entry>', '<atom:entry><id>2</id></atom:entry>', '<entry/>']);
  });

  it('is not misled by markup inside CDATA, comments, attribute values or an item’s own elements', () => {
    const tricky = rss([
      '<item><title>a</title><description><![CDATA[<item>not one</item> </channel>]]></description></item>',
      '<!-- <item>commented out</item> -->',
      '<item><title a="x>y">b</title><media:group><item>inner</item></media:group></item>',
    ]);
    const spans = itemSpans(tricky) ?? [];
    expect(spans).toHaveLength(2);
    expect(tricky.slice(...(spans[1] ?? [0, 0]))).toContain('inner');
  });

  it('gives up on markup it cannot follow, so that the whole document is read as always', () => {
    expect(itemSpans('<rss><channel><item><title>cut</title>')).toBeNull();
    expect(itemSpans('<rss><channel><item><![CDATA[never ends</item></channel></rss>')).toBeNull();
    expect(itemSpans('<rss><channel></item></channel></rss>')).toBeNull();
    expect(itemSpans('<rss><channel><item>a < b</item></channel></rss>')).toBeNull();
  });
});

describe('reading again a feed whose items are remembered', () => {
  it('parses only the new item, and gives what a whole reading gives', async () => {
    const { next, whole, parsedText } = await readTwice(rss(three), rss([fresh, ...three], 'en', 'Tue, 25 Jun 2024 12:00:00 GMT'));
    expect(parsedText).toContain('Fresh news');
    for (const old of ['The library reopens', 'Rain again', 'The market']) expect(parsedText).not.toContain(old);
    expect(next.feed).toEqual(whole.feed);
    expect(next.feed.articles.map((article) => article.id)).toEqual(['four']);
    expect(sorted(next.itemDigests)).toEqual(sorted(whole.itemDigests));
    expect(next.knownMarkup?.items.size).toBe(4);
  });

  it('reads an edited item again, and forgets items that left the feed', async () => {
    const edited = item('two', 'Rain again', 'The fourth day in a row now.');
    const { next, whole } = await readTwice(rss(three), rss([edited, three[2] ?? '']));
    expect(next.feed.articles.map((article) => [article.id, article.excerpt])).toEqual([['two', 'The fourth day in a row now.']]);
    expect(next.feed).toEqual(whole.feed);
    expect(next.knownMarkup?.items.size).toBe(2);
  });

  it('reads every item again when what items are read within changes: here the feed’s language', async () => {
    const { next, whole, parsedText } = await readTwice(rss(three, 'en'), rss(three, 'fr'));
    expect(next.feed.articles).toHaveLength(3);
    expect(next.feed).toEqual(whole.feed);
    expect(parsedText).toContain('The market');
  });

  it('judges the feed a feed of summaries over its remembered items too', async () => {
    const cut = (guid: string) => item(guid, `Story ${guid}`, `A few words and then… <a href="https://daybook.example/${guid}">Read more</a>`);
    const { next, whole } = await readTwice(rss([cut('a'), cut('b'), cut('c')]), rss([cut('d'), cut('a'), cut('b'), cut('c')]));
    expect(whole.feed.summaryOnly).toBe(true);
    expect(next.feed.summaryOnly).toBe(true);
    expect(next.feed.articles.map((article) => [article.id, article.summaryOnly])).toEqual([['d', true]]);
  });

  it('reads the whole feed when a new item takes a remembered item’s id, so the two are told apart as always', async () => {
    const clash = item('one', 'Another story under the same guid', 'Different words altogether.');
    const { next, whole, parsedText } = await readTwice(rss(three), rss([clash, ...three]));
    expect(parsedText).toContain('The library reopens');
    expect(next.feed).toEqual(whole.feed);
    expect(new Set(next.feed.articles.map((article) => article.id)).size).toBe(next.feed.articles.length);
  });

  it('does not remember an item dated in the future, whose date is the fetch’s own', async () => {
    const later = item('later', 'Tomorrow’s story', 'Dated ahead.', 'Wed, 26 Jun 2024 08:00:00 GMT');
    const cold = await read(rss([later, ...three]), []);
    expect(cold.knownMarkup?.items.size).toBe(3);
  });

  it('remembers nothing of a document it had to repair', async () => {
    const damaged = rss(three).replace('<title>Rain again</title>', '<title>Rain & wind</title>');
    const cold = await read(damaged, []);
    expect(cold.feed.notes?.length).toBeGreaterThan(0);
    expect(cold.knownMarkup).toBeUndefined();
  });
});

describe('every XML feed of the fixtures, read again with what its first reading remembered', () => {
  const folder = new URL('../../fixtures/feeds/', import.meta.url);
  const fixtures = readdirSync(folder).filter((name) => /\.(xml|rdf)$/.test(name));

  it.each(fixtures)('%s reads as a whole reading does, a new item and all', async (name) => {
    const body = readFileSync(new URL(name, folder));
    const spans = itemSpans(body.toString('latin1'));
    // The first reading had all but the first item; the second has it too, as a feed gaining an item does.
    const first = spans && spans.length > 1 ? Buffer.from(withoutSpans(body.toString('latin1'), spans.slice(0, 1)), 'latin1') : body;
    const reading = (bytes: Buffer, storedItems: readonly string[], knownMarkup?: KnownMarkup) =>
      readFeedDocument({ body: bytes, contentType: null, url: `https://fixtures.example/${name}`, fetchedAt, sanitise: false, storedItems, ...(knownMarkup ? { knownMarkup } : {}) });
    const cold = await reading(first, []);
    const remembered = cold.kind === 'feed' ? cold : null;
    const next = await reading(body, remembered?.itemDigests ?? [], remembered?.knownMarkup);
    const whole = await reading(body, remembered?.itemDigests ?? []);
    if (next.kind !== 'feed' || whole.kind !== 'feed') return expect(next).toEqual(whole);
    expect(next.feed).toEqual(whole.feed);
    expect(sorted(next.itemDigests)).toEqual(sorted(whole.itemDigests));
  });
});
