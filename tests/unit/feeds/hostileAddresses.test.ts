import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../../../shared/model/article';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';

// Feeds whose every address is written to run script or read local files (javascript:, vbscript:, data:, file:):
// none of those addresses may reach the store, and nothing else of the articles may be lost with them.

async function read(name: string): Promise<ParsedFeed> {
  const body = readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
  // As the app reads feeds: the HTML left as sent, for the reading pane to sanitise.
  const reading = await readFeedDocument({ body, contentType: null, url: 'https://hostile.example/feed', fetchedAt: Date.UTC(2024, 6, 3), sanitise: false });
  if (reading.kind !== 'feed') throw new Error(`${name}: ${JSON.stringify(reading)}`);
  return reading.feed;
}

/** Every value in the feed that is an address with a scheme other than http(s), with where it is. */
function foreignAddresses(value: unknown, path = 'feed'): string[] {
  if (typeof value === 'string') return /^\s*[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:\/\//i.test(value.trim()) && !/\s/.test(value.trim()) ? [`${path}: ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((child, index) => foreignAddresses(child, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  // The HTML is kept as sent and sanitised when shown; ids are names, not addresses (Atom's are often `tag:` URIs).
  return Object.entries(value).flatMap(([key, child]) => (['contentHtml', 'summaryHtml', 'id'].includes(key) ? [] : foreignAddresses(child, `${path}.${key}`)));
}

const feedAddresses = (feed: ParsedFeed) => ({ siteUrl: feed.siteUrl, iconUrl: feed.details.iconUrl, imageUrl: feed.details.imageUrl, selfUrl: feed.details.selfUrl });
const noFeedAddresses = { siteUrl: null, iconUrl: null, imageUrl: null, selfUrl: null };

describe('addresses that are no web address, in every place a feed gives one', () => {
  it('stores none from an RSS feed, and keeps the rest of its articles', async () => {
    const feed = await read('hostile-addresses.xml');
    expect(foreignAddresses(feed)).toEqual([]);
    expect(feedAddresses(feed)).toEqual(noFeedAddresses);
    const [hostile, based] = feed.articles;
    expect(hostile).toMatchObject({
      id: 'hostile-1',
      title: 'Every address hostile',
      url: null,
      published: '2024-07-02T09:00:00Z',
      authors: [{ name: 'Mallory', email: 'mallory@hostile.example', url: null }],
      contentHtml: '<p>The words of the article stay.</p>',
      enclosures: [],
      imageUrl: null,
      comments: null,
      alternates: [],
      sourceLinks: [],
      credits: [],
      translation: null,
    });
    // An xml:base that is no web address is passed over for the article's own page.
    expect(based).toMatchObject({ url: 'https://hostile.example/2', baseUrl: 'https://hostile.example/2', comments: { url: 'https://hostile.example/2#comments' } });
    expect(based?.enclosures.map((enclosure) => enclosure.url)).toEqual(['https://hostile.example/episode-2.mp3']);
  });

  it('stores none from an Atom feed, and resolves relative addresses only to web addresses', async () => {
    const feed = await read('hostile-addresses-atom.xml');
    expect(foreignAddresses(feed)).toEqual([]);
    expect(feedAddresses(feed)).toEqual(noFeedAddresses);
    expect(feed.details.authors).toEqual([{ name: 'Mallory', email: null, url: null }]);
    const [hostile, againstFile, againstWeb] = feed.articles;
    expect(hostile).toMatchObject({
      title: 'Every address hostile',
      url: null,
      baseUrl: 'https://hostile.example/feed',
      contentHtml: '<p>The words of the article stay.</p>',
      authors: [{ name: 'Mallory', url: null }],
      contributors: [{ name: 'Eve', url: null }],
      enclosures: [],
      imageUrl: null,
      comments: { url: null, count: 4, feedUrl: null },
      alternates: [],
      sourceLinks: [],
    });
    expect(againstFile).toMatchObject({ title: 'Relative addresses against a file base', url: null, enclosures: [] });
    expect(againstWeb).toMatchObject({ url: 'https://hostile.example/2024/story-3', baseUrl: 'https://hostile.example/2024/' });
    expect(againstWeb?.enclosures.map((enclosure) => enclosure.url)).toEqual(['https://hostile.example/2024/story-3.mp3']);
  });

  it('stores none from a JSON Feed, and keeps the rest of its items', async () => {
    const feed = await read('hostile-addresses.json');
    expect(foreignAddresses(feed)).toEqual([]);
    expect(feedAddresses(feed)).toEqual(noFeedAddresses);
    const [hostile, withOriginal] = feed.articles;
    expect(hostile).toMatchObject({
      id: 'hostile-1',
      title: 'Every address hostile',
      url: null,
      contentHtml: '<p>The words of the article stay.</p>',
      authors: [{ name: 'Eve', url: null }],
      enclosures: [],
      imageUrl: null,
    });
    // Its external_url, a data: address, is no original to credit or link to.
    expect(withOriginal).toMatchObject({ url: 'https://hostile.example/2', sourceLinks: [], translation: null, credits: [] });
  });

  it('keeps an outlet named in dc:source, and drops a dc:source that is an address of another scheme', async () => {
    const rss = (source: string) =>
      `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>` +
      `<item><title>Story</title><link>https://wire.example/1</link><dc:source>${source}</dc:source><description>Words.</description></item></channel></rss>`;
    const readSource = async (source: string) => {
      const reading = await readFeedDocument({ body: Buffer.from(rss(source)), contentType: null, url: 'https://wire.example/rss', fetchedAt: Date.UTC(2024, 6, 3), sanitise: false });
      return reading.kind === 'feed' ? reading.feed.articles.map(({ credits, sourceLinks }) => ({ credits, sourceLinks })) : reading;
    };
    expect(await readSource('Reuters: London')).toEqual([{ credits: ['Reuters: London'], sourceLinks: [] }]);
    expect(await readSource('file:///etc/passwd')).toEqual([{ credits: [], sourceLinks: [] }]);
    expect(await readSource('https://agency.example/story/1')).toEqual([{ credits: [], sourceLinks: [{ url: 'https://agency.example/story/1', label: null }] }]);
  });
});
