import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { ParsedFeed } from '../../../shared/model/article';

const fetchedAt = Date.UTC(2025, 5, 1, 12, 0, 0);

async function readBody(body: Uint8Array, url: string): Promise<ParsedFeed> {
  const reading = await readFeedDocument({ body, contentType: null, url, fetchedAt, sanitise: true });
  if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
  return reading.feed;
}

const readFixture = (name: string, url: string): Promise<ParsedFeed> =>
  readBody(readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url)), url);

const readText = (text: string, url: string): Promise<ParsedFeed> => readBody(Buffer.from(text), url);

// Precedence: the item's xml:base, then the channel's (or Atom feed's), then the root element's, then the feed's address.
describe('xml:base', () => {
  it('resolves the site link, item links and enclosures against xml:base on <rss>', async () => {
    const feed = await readFixture('rss-root-base.xml', 'https://feeds.elsewhere.example/root.xml');
    expect(feed.siteUrl).toBe('https://example.com/news/');
    expect(feed.articles[0]).toMatchObject({
      url: 'https://example.com/news/2025/03/story.html',
      enclosures: [{ url: 'https://example.com/news/media/clip.mp3', type: 'audio/mpeg', length: 1000, duration: null, medium: 'audio' }],
    });
  });

  it('lets an item’s own xml:base override the root’s, relative to it', async () => {
    const item = (await readFixture('rss-root-base.xml', 'https://feeds.elsewhere.example/root.xml')).articles[1];
    expect(item?.url).toBe('https://example.com/archive/old-story.html');
    expect(item?.enclosures.map((enclosure) => enclosure.url)).toEqual(['https://example.com/archive/photo.jpg']);
  });

  it('nests a relative xml:base on <channel> inside the one on <rss>', async () => {
    const feed = await readFixture('rss-nested-base.xml', 'https://feeds.elsewhere.example/nested.xml');
    expect(feed.siteUrl).toBe('https://example.com/news/sport/index.html');
    expect(feed.articles[0]).toMatchObject({
      url: 'https://example.com/news/sport/match.html',
      enclosures: [{ url: 'https://example.com/news/sport/highlights.mp4', type: 'video/mp4', length: 3000, duration: null, medium: 'video' }],
    });
    expect(feed.articles[1]?.url).toBe('https://example.com/news/culture/concert.html');
  });

  it('reads xml:base on <rdf:RDF> for RSS 1.0', async () => {
    const feed = await readText(
      `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xml:base="https://rdf.example/journal/">
  <channel rdf:about="https://rdf.example/journal/"><title>Journal</title><link>home.html</link><description>d</description></channel>
  <item rdf:about="https://rdf.example/journal/1"><title>One</title><link>2025/one.html</link></item>
</rdf:RDF>`,
      'https://feeds.elsewhere.example/journal.rdf',
    );
    expect(feed.siteUrl).toBe('https://rdf.example/journal/home.html');
    expect(feed.articles[0]?.url).toBe('https://rdf.example/journal/2025/one.html');
  });

  it('applies a relative xml:base on an Atom <feed> once, against the feed’s address', async () => {
    const feed = await readText(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="blog/">
  <title>Relative base</title><id>urn:relative-base</id><updated>2025-03-12T10:00:00Z</updated>
  <link href="./"/>
  <entry><title>Post</title><id>urn:relative-base:1</id><updated>2025-03-12T10:00:00Z</updated>
    <link href="2025/post.html"/><link rel="enclosure" href="2025/post.ogg" type="audio/ogg"/></entry>
</feed>`,
      'https://atom.example/feeds/atom.xml',
    );
    expect(feed.siteUrl).toBe('https://atom.example/feeds/blog/');
    expect(feed.articles[0]).toMatchObject({
      url: 'https://atom.example/feeds/blog/2025/post.html',
      enclosures: [{ url: 'https://atom.example/feeds/blog/2025/post.ogg', type: 'audio/ogg', length: null, duration: null, medium: 'audio' }],
    });
  });

  it('falls back to the feed’s own address without any xml:base', async () => {
    const feed = await readText(
      '<rss version="2.0"><channel><title>t</title><link>/</link><item><title>a</title><link>a.html</link><enclosure url="a.mp3" type="audio/mpeg" length="1"/></item></channel></rss>',
      'https://plain.example/feeds/rss.xml',
    );
    expect(feed.siteUrl).toBe('https://plain.example/');
    expect(feed.articles[0]).toMatchObject({ url: 'https://plain.example/feeds/a.html', enclosures: [{ url: 'https://plain.example/feeds/a.mp3' }] });
  });
});
