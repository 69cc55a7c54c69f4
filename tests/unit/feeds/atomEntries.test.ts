import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { ParsedFeed } from '../../../shared/model/article';

const fetchedAt = Date.UTC(2025, 0, 15, 12, 0, 0);

async function read(name: string, url: string, sanitise = false): Promise<ParsedFeed> {
  const body = readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
  const reading = await readFeedDocument({ body, contentType: 'application/atom+xml', url, fetchedAt, sanitise });
  if (reading.kind !== 'feed') throw new Error(`${name}: ${JSON.stringify(reading)}`);
  return reading.feed;
}

describe('Atom feeds as real sites write them', () => {
  it('shows the text of a video whose feed keeps it in media:group, as video sites do', async () => {
    const [starter, crumb] = (await read('atom-media-group.xml', 'https://video.example/feeds/videos.xml')).articles;
    expect(starter?.title).toBe('Sourdough starter in five days');
    expect(starter?.contentHtml).toBe(
      '<p>Flour, water and patience &amp; a warm spot.</p><p>Day 1: mix 50 g of rye flour with 50 g of water.<br>Day 2: feed it again.</p>',
    );
    expect(starter?.excerpt).toMatch(/^Flour, water and patience & a warm spot\./);
    // No <title> of its own: the media title names it, rather than "(untitled)" or the first words of the text.
    expect(crumb?.title).toBe('Reading the crumb');
    expect(crumb?.contentHtml).toBe('<p>Open crumb, <b>closed</b> crumb.</p>');
  });

  it('takes the site’s address from the link without rel, never from rel="self" (the feed itself)', async () => {
    expect((await read('atom-links-and-bases.xml', 'https://links.example/feeds/main.atom')).siteUrl).toBe('https://links.example/');
    expect((await read('atom-self-link-only.xml', 'https://lab.example/notes/feed.atom')).siteUrl).toBeNull();
  });

  it('opens the web page of an entry whose first alternate is a gemini: address', async () => {
    const [mirrored] = (await read('atom-links-and-bases.xml', 'https://links.example/feeds/main.atom')).articles;
    expect(mirrored?.url).toBe('https://links.example/2024/04/spec');
  });

  it('resolves relative images and links in a body against the xml:base on its <content>', async () => {
    const essay = (await read('atom-links-and-bases.xml', 'https://links.example/feeds/main.atom', true)).articles[1];
    // The entry links to another site; its body's own addresses are the publisher's, as xml:base says.
    expect(essay?.url).toBe('https://photos.elsewhere.example/essay');
    expect(essay?.baseUrl).toBe('https://links.example/2024/04/photo-essay/');
    expect(essay?.contentHtml).toContain('src="https://links.example/2024/04/photo-essay/cover.jpg"');
    expect(essay?.contentHtml).toContain('href="https://links.example/2024/04/photo-essay/notes.html"');
  });

  it('takes the language declared on <content> when the entry declares none, over the feed’s', async () => {
    const essay = (await read('atom-links-and-bases.xml', 'https://links.example/feeds/main.atom')).articles[1];
    expect(essay?.language).toBe('de');
  });

  it('reads an Atom feed whose root comes after a comment longer than 4 KB', async () => {
    const feed = await read('atom-long-prologue.xml', 'https://history.example/feed.atom');
    expect(feed.articles).toHaveLength(1);
    expect(feed.articles[0]).toMatchObject({
      id: 'tag:history.example,2024:lighthouse',
      title: 'The lighthouse keeper’s log',
      url: 'https://history.example/lighthouse-log',
      published: '2024-06-01T08:00:00Z',
      contentHtml: '<p>Entries from the winter of 1911.</p>',
    });
  });

  it('credits an entry copied from another feed to the authors of its <source>, not to the aggregator', async () => {
    const [copied] = (await read('atom-syndicated.xml', 'https://planet.example/atom.xml')).articles;
    expect(copied?.author).toBe('Rosa Lind');
  });

  it('dates an entry that only has a Dublin Core date', async () => {
    const news = (await read('atom-syndicated.xml', 'https://planet.example/atom.xml')).articles[1];
    expect(news?.published).toBe('2024-07-01T16:30:00Z');
  });

  it('keeps the words of XHTML content in the order they were written', async () => {
    const [engine] = (await read('atom-xhtml-text.xml', 'https://markup.example/atom.xml')).articles;
    expect(engine?.title).toBe('The Analytical Engine');
    expect(engine?.contentHtml).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Notes by <span class="name">Ada</span> Lovelace, who wrote <em>the first</em> program.<br/>Published in 1843.</p></div>',
    );
    expect(engine?.excerpt).toBe('Notes by Ada Lovelace, who wrote the first program. Published in 1843.');
  });

  it('shows a text title that names a tag with the tag’s name in it', async () => {
    const feed = await read('atom-xhtml-text.xml', 'https://markup.example/atom.xml');
    expect(feed.title).toBe('Notes on <markup>');
    expect(feed.articles.map((article) => article.title)).toEqual([
      'The Analytical Engine',
      'Why <template> beats innerHTML',
      'The <dialog> element & its backdrop',
      // type="html" as blogging software writes it: plain text in CDATA.
      'Lazy loading with <template> & <slot>',
    ]);
  });
});
