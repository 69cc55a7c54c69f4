import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import { readJsonFeed } from '../../../electron/feeds/parse/readJsonFeed';
import type { ParsedFeed } from '../../../shared/model/article';

const fetchedAt = Date.UTC(2025, 5, 1, 12, 0, 0);

function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/feeds/json/${name}`, import.meta.url), 'utf8');
}

async function read(name: string, url: string): Promise<ParsedFeed> {
  const reading = await readFeedDocument({ body: Buffer.from(fixtureText(name)), contentType: 'application/feed+json', url, fetchedAt, sanitise: true });
  if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
  return reading.feed;
}

const podcast = () => read('podcast-1.1.json', 'https://tidewater.example/podcast/feed.json');

describe('JSON Feed 1.1: what the feed says of itself', () => {
  it('reads description, icon (the large picture), favicon (the small one), authors and feed_url', async () => {
    const feed = await podcast();
    expect(feed).toMatchObject({ title: 'Tidewater & Sons', siteUrl: 'https://tidewater.example/', language: 'en', errors: [] });
    expect(feed.details).toEqual({
      description: 'Conversations about boats, knots & the people who tie them.',
      iconUrl: 'https://tidewater.example/favicon-64.png',
      imageUrl: 'https://tidewater.example/artwork/cover-1400.png',
      // The avatar is not kept; a mailto: url is the author's email.
      authors: [
        { name: 'Nell Harrow', email: null, url: 'https://tidewater.example/nell' },
        { name: 'Owen Keel', email: 'owen@tidewater.example', url: null },
      ],
      categories: [],
      updated: null,
      published: null,
      rights: null,
      generator: null,
      selfUrl: 'https://tidewater.example/podcast/feed.json',
    });
  });

  it('takes a 1.0 feed’s single author object, and its icon', async () => {
    const feed = await read('microblog-1.0.json', 'https://pebble.example/feed.json');
    expect(feed.details).toMatchObject({
      authors: [{ name: 'Pebble Stone', email: null, url: 'https://pebble.example/about' }],
      imageUrl: 'https://pebble.example/icon-512.png',
      iconUrl: null,
      selfUrl: 'https://pebble.example/feed.json',
    });
    expect(feed.articles.map((article) => [article.id, article.author, article.title])).toEqual([
      ['9031', 'Pebble Stone', 'Saw the first swifts of the year over the allotments.'],
      ['9030', 'Pebble Stone', 'Rain. Reading instead of gardening.'],
    ]);
  });
});

describe('JSON Feed 1.1: items', () => {
  it('keeps the summary apart from the content, the list showing the summary and the reader the content', async () => {
    const [episode] = (await podcast()).articles;
    expect(episode).toMatchObject({
      summaryHtml: 'Nell and Owen argue about the one knot everybody thinks they know.',
      excerpt: 'Nell and Owen argue about the one knot everybody thinks they know.',
      contentHtml:
        '<p>This week: the <b>bowline</b>, and why it slips under a cyclic load.</p><p>Show notes at <a href="https://tidewater.example/notes/42">the site</a>.</p>',
    });
  });

  it('reads the item’s own authors as people, its dates, tags once each, and image before banner_image', async () => {
    const [episode] = (await podcast()).articles;
    expect(episode).toMatchObject({
      published: '2025-04-03T05:00:00Z',
      updated: '2025-04-04T08:30:00Z',
      author: 'Nell Harrow, Guest: Ida Brine',
      authors: [
        { name: 'Nell Harrow', email: null, url: null },
        { name: 'Guest: Ida Brine', email: null, url: 'https://brine.example/' },
      ],
      categories: [
        { term: 'knots', scheme: null, label: null },
        { term: 'sailing', scheme: null, label: null },
      ],
      imageUrl: 'https://tidewater.example/episodes/42/square.jpg',
    });
  });

  it('reads attachments with type, size and duration, dropping those without a web address', async () => {
    const [episode] = (await podcast()).articles;
    expect(episode?.enclosures).toEqual([
      { url: 'https://cdn.tidewater.example/042.mp3', type: 'audio/mpeg', length: 41_234_567, duration: 2581, medium: 'audio', width: null, height: null },
      { url: 'https://cdn.tidewater.example/042.m4a', type: 'audio/x-m4a', length: 39_011_220, duration: 2581.5, medium: 'audio', width: null, height: null },
    ]);
  });

  it('takes banner_image when there is no image, and leaves out sizes that are not sizes', async () => {
    const episode = (await podcast()).articles[1];
    expect(episode).toMatchObject({
      imageUrl: 'https://tidewater.example/episodes/41/wide.jpg',
      enclosures: [{ url: 'https://cdn.tidewater.example/041.mp4', type: 'video/mp4', length: null, duration: null, medium: 'video' }],
      author: 'Nell Harrow, Owen Keel',
    });
  });

  it('takes a summary that repeats content_text for no summary, and content_text as paragraphs', async () => {
    const episode = (await podcast()).articles[1];
    expect(episode).toMatchObject({
      summaryHtml: null,
      contentHtml: '<p>We read the tide tables aloud.</p><p>It goes better than it sounds.</p>',
      excerpt: 'We read the tide tables aloud. It goes better than it sounds.',
    });
  });

  it('shows a summary-only item’s summary as its content, links to external_url, and drops a data: image', async () => {
    const trailer = (await podcast()).articles[2];
    expect(trailer).toMatchObject({
      url: 'https://elsewhere.example/tidewater-trailer',
      contentHtml: 'Two people, one boat, <em>many</em> knots.',
      summaryHtml: null,
      excerpt: 'Two people, one boat, many knots.',
      imageUrl: null,
    });
  });
});

describe('the JSON Feed reader’s raw values', () => {
  it('keeps addresses as written and the summary as lenient HTML', () => {
    const raw = readJsonFeed(fixtureText('podcast-1.1.json'));
    expect(raw.details).toMatchObject({ iconUrl: '/favicon-64.png', selfUrl: '/podcast/feed.json' });
    expect(raw.items[0]).toMatchObject({ imageUrl: '/episodes/42/square.jpg', summaryHtml: 'Nell and Owen argue about the one knot everybody thinks they know.' });
    // An attachment without a url is no attachment; a javascript: one is left for normalisation to drop.
    expect(raw.items[0]?.enclosures.map((enclosure) => enclosure.url)).toEqual([
      'https://cdn.tidewater.example/042.mp3',
      'https://cdn.tidewater.example/042.m4a',
      'javascript:alert(1)',
    ]);
  });

  it('reads a summary that names a tag as words, and prefers a non-empty authors list to author', () => {
    const raw = readJsonFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Front-end notes',
        authors: [],
        author: { name: 'Ada <ada@notes.example>' },
        items: [{ id: '1', summary: 'Why <template> is inert', content_html: '<p>Because.</p>' }],
      }),
    );
    expect(raw.details.authors).toEqual([{ name: 'Ada', email: 'ada@notes.example', url: null }]);
    expect(raw.items[0]?.summaryHtml).toBe('Why &lt;template> is inert');
    expect(raw.items[0]?.authors).toEqual(raw.details.authors);
  });
});
