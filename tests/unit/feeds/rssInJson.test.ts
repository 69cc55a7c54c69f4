import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { DocumentReading } from '../../../electron/feeds/parse/documentReading';
import type { ParsedFeed } from '../../../shared/model/article';

const fetchedAt = Date.UTC(2025, 5, 1, 12, 0, 0);
const feedUrl = 'https://harbour.example/rss.json';

function readBody(body: Uint8Array, url = feedUrl): Promise<DocumentReading> {
  return readFeedDocument({ body, contentType: 'application/json', url, fetchedAt, sanitise: true });
}

async function readJson(document: unknown): Promise<ParsedFeed> {
  const reading = await readBody(Buffer.from(JSON.stringify(document)));
  if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
  return reading.feed;
}

async function readFixture(): Promise<{ feed: ParsedFeed; suggestedIntervalSeconds: number | null }> {
  const reading = await readBody(readFileSync(new URL('../../fixtures/feeds/rss-in-json.json', import.meta.url)));
  if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
  return reading;
}

describe('RSS-in-JSON', () => {
  it('reads the channel: title, site, language and ttl', async () => {
    const { feed, suggestedIntervalSeconds } = await readFixture();
    expect(feed).toMatchObject({ title: 'Harbour Notes', siteUrl: 'https://harbour.example/', language: 'en', errors: [] });
    expect(suggestedIntervalSeconds).toBe(30 * 60);
    expect(feed.articles).toHaveLength(3);
  });

  it('reads an item: #value guid, RFC 822 date, "email (Name)" author, categories, enclosure, sanitised HTML', async () => {
    const [first] = (await readFixture()).feed.articles;
    expect(first).toMatchObject({
      id: 'harbour-2025-0312',
      title: 'Ferry timetable changes',
      url: 'https://harbour.example/2025/03/ferries.html',
      published: '2025-03-12T10:00:00Z',
      author: 'Mara Quay',
      authors: [{ name: 'Mara Quay', email: 'editor@harbour.example', url: null }],
      categories: [
        { term: 'Transport', scheme: 'https://harbour.example/tags', label: null },
        { term: 'Local', scheme: null, label: null },
      ],
      enclosures: [{ url: 'https://harbour.example/audio/ferries.mp3', type: 'audio/mpeg', length: 48213, duration: null, medium: 'audio' }],
      contentHtml: '<p>The <b>morning ferry</b> now leaves at 7:15.</p>',
    });
  });

  it('takes the link from a string guid that is a permalink, and a title from the text when there is none', async () => {
    const second = (await readFixture()).feed.articles[1];
    expect(second).toMatchObject({
      id: 'https://harbour.example/2025/03/11.html#tides',
      url: 'https://harbour.example/2025/03/11.html#tides',
      title: 'Tide tables for April are up.',
      published: '2025-03-11T08:30:00Z',
    });
    expect(second?.contentHtml).toContain('href="https://harbour.example/tides/2025-04"');
  });

  it('prefers content:encoded, reads dc:creator, a `value` guid, relative links and several enclosures', async () => {
    const third = (await readFixture()).feed.articles[2];
    expect(third).toMatchObject({
      id: 'https://harbour.example/2025/03/lighthouse.html',
      url: 'https://harbour.example/2025/03/lighthouse.html',
      published: '2025-03-10T08:00:00Z',
      author: 'Ola Tide',
      contentHtml: '<p>The lighthouse opens its doors on <em>Saturday</em>, from ten until four.</p>',
      excerpt: 'The lighthouse opens its doors on Saturday.',
      enclosures: [
        { url: 'https://harbour.example/images/lighthouse.jpg', type: 'image/jpeg', length: 20480 },
        { url: 'https://harbour.example/images/lamp.jpg', type: 'image/jpeg', length: null },
      ],
    });
  });

  it('reads a channel whose single item is an object, not an array', async () => {
    const feed = await readJson({
      rss: { version: '2.0', channel: { title: 'One', link: 'https://one.example/', item: { title: 'Only item', link: 'https://one.example/1', pubDate: 'Wed, 12 Mar 2025 10:00:00 GMT' } } },
    });
    expect(feed.articles.map((article) => [article.title, article.url, article.published])).toEqual([['Only item', 'https://one.example/1', '2025-03-12T10:00:00Z']]);
  });

  it('does not take a guid marked isPermaLink false as the link', async () => {
    const feed = await readJson({ rss: { channel: { title: 'G', item: [{ title: 'No link', guid: { isPermaLink: 'false', '#value': 'https://g.example/internal/1' } }] } } });
    expect(feed.articles[0]).toMatchObject({ id: 'https://g.example/internal/1', url: null });
  });

  it('skips items that are not objects and says so', async () => {
    const feed = await readJson({ rss: { channel: { title: 'Mixed', item: ['stray text', { title: 'Kept', guid: 'kept-1' }] } } });
    expect(feed.articles.map((article) => article.title)).toEqual(['Kept']);
    expect(feed.errors).toEqual(['1 item was not an object and was skipped']);
  });
});

describe('RSS-in-JSON: the channel and item details', () => {
  async function readChannel(): Promise<ParsedFeed> {
    const reading = await readBody(readFileSync(new URL('../../fixtures/feeds/json/rss-in-json-channel.json', import.meta.url)), 'https://quayside.example/rss.json');
    if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
    return reading.feed;
  }

  it('reads description, image, copyright, generator, managingEditor, categories, dates and the self link', async () => {
    const { details } = await readChannel();
    expect(details).toEqual({
      description: 'News from the quayside & the market hall.',
      iconUrl: null,
      imageUrl: 'https://quayside.example/img/masthead.png',
      authors: [{ name: 'Rowan Pier', email: 'desk@quayside.example', url: null }],
      categories: [
        { term: 'Local news', scheme: 'https://quayside.example/sections', label: null },
        { term: 'Markets', scheme: null, label: null },
      ],
      updated: '2025-04-03T07:45:12Z',
      published: '2025-04-03T07:00:00Z',
      rights: '© 2025 Quayside Press.',
      generator: 'quillPress 3.2',
      selfUrl: 'https://quayside.example/rss.json',
    });
  });

  it('reads comments (page, count, feed), several enclosures and categories with their domain', async () => {
    const [first] = (await readChannel()).articles;
    expect(first).toMatchObject({
      comments: {
        url: 'https://quayside.example/2025/04/03/fish-market#comments',
        count: 14,
        feedUrl: 'https://quayside.example/2025/04/03/fish-market/comments.rss',
      },
      categories: [
        { term: 'Markets', scheme: 'https://quayside.example/sections', label: null },
        { term: 'Markets', scheme: 'https://quayside.example/tags', label: null },
        { term: 'Harbour', scheme: null, label: null },
      ],
    });
    // The javascript: enclosure is dropped; the image's medium comes from its type.
    expect(first?.enclosures).toEqual([
      { url: 'https://quayside.example/media/fish-market.jpg', type: 'image/jpeg', length: 88211, duration: null, medium: 'image', width: null, height: null },
      { url: 'https://quayside.example/media/fish-market.mp3', type: 'audio/mpeg', length: 3_120_044, duration: null, medium: 'audio', width: null, height: null },
    ]);
  });

  it('drops a comments address that is no web page and a count below zero', async () => {
    const second = (await readChannel()).articles[1];
    expect(second?.comments).toBeNull();
  });
});

describe('JSON that is not a feed', () => {
  async function errorFor(text: string): Promise<string | null> {
    const reading = await readBody(Buffer.from(text));
    return reading.kind === 'unreadable' ? reading.error : null;
  }

  it('names both JSON formats it looked for', async () => {
    expect(await errorFor('{"data": [1, 2, 3]}')).toBe('Not a feed: the address answered with JSON that is neither a JSON Feed nor RSS-in-JSON');
    expect(await errorFor('[{"title": "a list"}]')).toBe('Not a feed: the address answered with JSON that is neither a JSON Feed nor RSS-in-JSON');
  });

  it('says when RSS-in-JSON has no channel, and when the JSON is broken', async () => {
    expect(await errorFor('{"rss": {"version": "2.0"}}')).toBe('Not a readable feed: the RSS-in-JSON document has no channel');
    expect(await errorFor('{"rss": {')).toMatch(/^Not a readable feed: the JSON is broken \(/);
  });
});

describe('JSON Feed titles', () => {
  it('keeps the words of a title that names a tag, as in RSS', async () => {
    const feed = await readJson({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Front-end notes',
      items: [
        { id: '1', title: 'Why <template> beats innerHTML', content_text: 'Because it is inert.' },
        { id: '2', title: 'New: <b>bold</b> claims', content_text: 'Markup closed later is markup.' },
      ],
    });
    expect(feed.articles.map((article) => article.title)).toEqual(['Why <template> beats innerHTML', 'New: bold claims']);
  });
});
