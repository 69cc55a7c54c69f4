import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawFeed } from '../../../electron/feeds/parse/rawFeed';
import { readXmlFeed } from '../../../electron/feeds/parse/readXmlFeed';
import { itunesCategoryScheme } from '../../../electron/feeds/parse/xml/categories';
import type { FeedDetails } from '../../../shared/model/article';

// What RSS channels and Atom feeds say of themselves, as the XML reader hands it to normalisation (RawFeed.details):
// addresses as written unless an xml:base is in force, dates as sent, the description as HTML.

function readRaw(name: string, url = `https://feeds.example/${name}`): Promise<RawFeed> {
  return readXmlFeed(readFileSync(new URL(`../../fixtures/feeds/model/${name}`, import.meta.url), 'utf8'), url);
}

describe('RSS channel details', () => {
  it('reads every channel element a blog’s feed carries', async () => {
    const feed = await readRaw('rss-feed-details.xml', 'https://allotment.example/feed/');
    expect(feed.details).toEqual<FeedDetails>({
      description: 'What grows on plot <b>17</b>, and what does not.',
      iconUrl: null,
      imageUrl: 'https://allotment.example/wp-content/uploads/logo-144.png',
      // The managing editor is the author; the webmaster, a technical contact, is left out.
      authors: [{ name: 'June Parfitt', email: 'june@allotment.example', url: null }],
      categories: [
        { term: 'Vegetables', scheme: 'https://allotment.example/topics', label: null },
        { term: 'Gardening', scheme: null, label: null },
      ],
      updated: 'Sat, 01 Jun 2024 07:30:00 +0100',
      published: 'Mon, 01 Jan 2024 00:00:00 GMT',
      rights: 'Copyright 2024 June Parfitt. Some rights reserved.',
      generator: 'https://wordpress.org/?v=6.5.3',
      // The atom:link rel="self", not the hub beside it.
      selfUrl: 'https://allotment.example/feed/',
    });
    // The site link stays apart from the self link.
    expect(feed.siteUrl).toBe('https://allotment.example/');
  });

  it('names the webmaster when nobody else is named', async () => {
    const feed = await readRaw('rss-webmaster-only.xml');
    expect(feed.details.authors).toEqual([{ name: null, email: 'office@parish.example', url: null }]);
  });

  it('reads a podcast’s iTunes elements: summary, art, author with the owner’s email, nested categories', async () => {
    const feed = await readRaw('rss-podcast-itunes.xml');
    expect(feed.details).toEqual<FeedDetails>({
      // Without an RSS description, itunes:summary (the subtitle is a one-liner).
      description: 'Stories from the harbour wall: fishermen, ferry crews and the people who read the sea.',
      iconUrl: null,
      // The iTunes art (at least 1400 pixels square) over RSS's <image> (144 pixels wide at most).
      imageUrl: 'https://cdn.tidetables.example/art/cover-3000.jpg',
      authors: [{ name: 'Mara Quay', email: 'mara@tidetables.example', url: null }],
      categories: [
        { term: 'Society & Culture', scheme: itunesCategoryScheme, label: null },
        { term: 'Society & Culture/Documentary', scheme: itunesCategoryScheme, label: 'Documentary' },
        { term: 'History', scheme: itunesCategoryScheme, label: null },
      ],
      updated: null,
      published: null,
      rights: '© 2024 Harbour Audio Ltd',
      generator: null,
      selfUrl: 'https://feeds.tidetables.example/podcast.rss',
    });
    expect(itunesCategoryScheme).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
  });

  it('keeps a podcast owner of another name out of the authors', async () => {
    const text = readFileSync(new URL('../../fixtures/feeds/model/rss-podcast-itunes.xml', import.meta.url), 'utf8').replace(
      '<itunes:name>Mara Quay</itunes:name>',
      '<itunes:name>Harbour Audio Ltd</itunes:name>',
    );
    const feed = await readXmlFeed(text, 'https://feeds.tidetables.example/podcast.rss');
    expect(feed.details.authors).toEqual([{ name: 'Mara Quay', email: null, url: null }]);
  });

  it('reads an RSS 1.0 channel’s Dublin Core and the image written beside the channel', async () => {
    const feed = await readRaw('rss10-dublin-core-terms.xml');
    expect(feed.details).toMatchObject<Partial<FeedDetails>>({
      description: 'Latest articles',
      imageUrl: 'https://journal.example/logo.png',
      authors: [{ name: 'Editorial Office', email: 'office@journal.example', url: null }],
      categories: [{ term: 'Natural history', scheme: null, label: null }],
      updated: '2024-03-05T09:00:00Z',
      rights: 'CC BY 4.0',
    });
  });

  it('reads atom:link, itunes:image and itunes:category bound to other prefixes (FeedBurner’s atom10:, it:)', async () => {
    const feed = await readRaw('rss-unusual-prefixes.xml');
    expect(feed.details).toMatchObject<Partial<FeedDetails>>({
      imageUrl: 'https://odd.example/art.jpg',
      categories: [{ term: 'Technology', scheme: itunesCategoryScheme, label: null }],
      selfUrl: 'https://feeds.odd.example/weekly',
    });
  });
});

describe('Atom feed details', () => {
  it('reads subtitle, icon, logo, rights, generator, author, categories, updated and the self link', async () => {
    const feed = await readRaw('atom-feed-details.xml', 'https://kiln.example/feed.atom');
    expect(feed.details).toEqual<FeedDetails>({
      description: 'Firing notes from a <b>small</b> pottery',
      // Relative addresses resolved against the feed's xml:base.
      iconUrl: 'https://kiln.example/favicon-32.png',
      imageUrl: 'https://cdn.kiln.example/logo-wide.png',
      authors: [{ name: 'Iris Kowal', email: 'iris@kiln.example', url: 'https://kiln.example/about/' }],
      categories: [
        { term: 'ceramics', scheme: 'https://kiln.example/tags/', label: 'Ceramics' },
        { term: 'glazes', scheme: null, label: null },
      ],
      updated: '2024-06-02T18:20:00+02:00',
      published: null,
      // type="html": read as HTML, the entity is the sign.
      rights: '© 2024 Iris Kowal',
      generator: 'Jekyll 4.3.3 (https://jekyllrb.com/)',
      selfUrl: 'https://kiln.example/feed.atom',
    });
    expect(feed.siteUrl).toBe('/');
  });

  it('gives the feed’s author to entries without their own', async () => {
    const [entry] = (await readRaw('atom-feed-details.xml', 'https://kiln.example/feed.atom')).items;
    expect(entry?.authors).toEqual([{ name: 'Iris Kowal', email: 'iris@kiln.example', url: 'https://kiln.example/about/' }]);
  });

  it('reads Atom 0.3’s tagline, modified, copyright and generator url', async () => {
    const feed = await readRaw('atom03-dates.xml');
    expect(feed.details).toEqual<FeedDetails>({
      description: 'Notes from <em>2005</em>',
      iconUrl: null,
      imageUrl: null,
      authors: [{ name: 'Pat Older', email: 'pat@oldweblog.example', url: 'http://oldweblog.example/about' }],
      categories: [],
      updated: '2005-11-09T11:56:34Z',
      published: null,
      rights: 'Copyright (c) 2005 Pat Older',
      generator: 'BlogTool 2.1 (http://blogtool.example/)',
      selfUrl: null,
    });
  });
});
