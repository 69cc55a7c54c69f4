import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { ParsedFeed } from '../../../shared/model/article';

const fetchedAt = Date.UTC(2025, 0, 15, 12, 0, 0);

async function read(name: string, url: string): Promise<ParsedFeed> {
  const body = readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
  const reading = await readFeedDocument({ body, contentType: 'application/rss+xml', url, fetchedAt, sanitise: false });
  if (reading.kind !== 'feed') throw new Error(`${name}: ${JSON.stringify(reading)}`);
  return reading.feed;
}

describe('RSS items as real sites write them', () => {
  it('shows a title that names a tag with the tag’s name in it, and drops formatting tags', async () => {
    const feed = await read('rss-title-markup.xml', 'https://frontend.example/rss');
    expect(feed.articles.map((article) => article.title)).toEqual([
      'Why <template> beats innerHTML',
      'Styling the <dialog> element',
      'Flat to let, 50 m2',
      'Stop using <div> for buttons',
      // An element closed later is markup, and so is a line break; any other tag is a word.
      'Links: the <a> element and its href',
    ]);
  });

  it('opens the page a relative permalink guid names, resolved against the feed’s address', async () => {
    const feed = await read('rss-relative-guid.xml', 'https://garden.example/blog/feed.xml');
    expect(feed.siteUrl).toBe('https://garden.example/blog');
    expect(feed.articles.map((article) => article.url)).toEqual([
      'https://garden.example/blog/pruning-in-spring',
      'https://garden.example/blog/seed-swaps',
      // A number is no address, whatever isPermaLink's default says.
      null,
    ]);
    expect(feed.articles[0]?.id).toBe('/blog/pruning-in-spring');
  });

  it('names a podcast episode’s author from itunes:author when the item has no other', async () => {
    const [saturn, meteors] = (await read('rss-podcast-itunes-author.xml', 'https://nightsky.example/feed.xml')).articles;
    expect(saturn?.author).toBe('Lena Ortiz and Sam Okafor');
    expect(meteors?.author).toBe('Lena Ortiz');
  });

  it('keeps two different posts that share a guid, and drops only the exact repeat', async () => {
    const feed = await read('rss-repeated-guid.xml', 'https://daybook.example/rss');
    expect(feed.articles.map((article) => article.title)).toEqual(['Afternoon: the library reopens', 'Morning: rain again', 'Yesterday’s market']);
    // The older post keeps the guid (it had it alone when it was first fetched); the later one gets an id of its own.
    const [afternoon, morning] = feed.articles;
    expect(morning?.id).toBe('https://daybook.example/2024/06/24.html#a1');
    expect(afternoon?.id).toMatch(/^https:\/\/daybook\.example\/2024\/06\/24\.html#a1#[0-9a-f]{12}$/);
    expect((await read('rss-repeated-guid.xml', 'https://daybook.example/rss')).articles[0]?.id).toBe(afternoon?.id);
    expect(feed.errors).toEqual([
      '1 article had the id of another article in the feed; it was kept under an id of its own',
      '1 article repeated an article already in the feed and was dropped',
    ]);
  });
});
