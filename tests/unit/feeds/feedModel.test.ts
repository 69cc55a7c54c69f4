import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { RawFeed, RawItem } from '../../../electron/feeds/parse/rawFeed';
import { readXmlFeed } from '../../../electron/feeds/parse/readXmlFeed';
import type { ParsedFeed } from '../../../shared/model/article';

// Every field an RSS or Atom item gives, as the XML reader hands it to normalisation, and as it reaches the article.

const fetchedAt = Date.UTC(2024, 5, 22, 12, 0, 0);

function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/feeds/model/${name}`, import.meta.url));
}

async function readRaw(name: string, url = `https://feeds.example/${name}`): Promise<RawFeed> {
  return readXmlFeed(fixture(name).toString('utf8'), url);
}

async function readParsed(name: string, url = `https://feeds.example/${name}`): Promise<ParsedFeed> {
  const reading = await readFeedDocument({ body: fixture(name), contentType: 'application/xml', url, fetchedAt, sanitise: false });
  if (reading.kind !== 'feed') throw new Error(`${name}: ${JSON.stringify(reading)}`);
  return reading.feed;
}

function itemTitled(feed: RawFeed, title: string): RawItem {
  const item = feed.items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no item titled ${title}`);
  return item;
}

describe('podcast items (iTunes)', () => {
  it('gives the episode’s audio its itunes:duration, in any of the formats hosts write', async () => {
    const feed = await readRaw('rss-podcast-itunes.xml');
    expect(feed.items.map((item) => item.enclosures[0]?.duration)).toEqual([3723, 2550, 95, null]);
    expect(feed.items[0]?.enclosures).toEqual([
      { url: 'https://cdn.tidetables.example/audio/ep14.mp3', type: 'audio/mpeg', length: 59573248, duration: 3723, medium: 'audio' },
    ]);
  });

  it('leaves a picture or a document without the episode’s duration, and ignores a duration that is no time', async () => {
    const feed = await readRaw('rss-podcast-itunes.xml');
    expect(itemTitled(feed, 'Trailer').enclosures[1]).toEqual({
      url: 'https://cdn.tidetables.example/art/trailer-card.png',
      type: 'image/png',
      length: 20480,
      duration: null,
      medium: 'image',
    });
    expect(itemTitled(feed, 'Bonus: tide chart').enclosures).toEqual([
      { url: 'https://cdn.tidetables.example/charts/may.pdf', type: 'application/pdf', length: 102400, duration: null },
    ]);
  });

  it('reads iTunes elements written in other cases (itunes:Image, ITUNES:DURATION, itunes:Author)', async () => {
    const episode = itemTitled(await readRaw('rss-podcast-itunes.xml'), 'Ep. 13: Nets');
    expect(episode.imageUrl).toBe('https://cdn.tidetables.example/art/ep13.jpg');
    expect(episode.enclosures[0]?.duration).toBe(2550);
    expect(episode.authors).toEqual([{ name: 'Olu Brand', email: null, url: null }]);
  });

  it('takes the episode art from itunes:image’s href, or from its text', async () => {
    const feed = await readRaw('rss-podcast-itunes.xml');
    expect(feed.items.map((item) => item.imageUrl)).toEqual([
      'https://cdn.tidetables.example/art/ep14.jpg',
      'https://cdn.tidetables.example/art/ep13.jpg',
      'https://cdn.tidetables.example/art/trailer.jpg',
      null,
    ]);
  });

  it('keeps itunes:summary as the summary beside content:encoded, and takes it (or the subtitle) for an item without a description', async () => {
    const feed = await readRaw('rss-podcast-itunes.xml');
    expect(feed.items[0]).toMatchObject({
      contentHtml: '<p>The crew of the <em>Sound Ferry</em> remember the winter crossings.</p><p>Music: Harbour Band.</p>',
      summaryHtml: '<p>The crew of the Sound Ferry remember the winter crossings.</p>',
    });
    expect(itemTitled(feed, 'Ep. 13: Nets').summaryHtml).toBe('<p>Mending nets on the quay.</p>');
    // Apple's summary is text: its paragraphs stay paragraphs.
    expect(itemTitled(feed, 'Trailer').summaryHtml).toBe('<p>A taste of the season.</p><p>Out in January.</p>');
  });

  it('reaches the article with the summary apart from the content, and the episode’s author', async () => {
    const [first] = (await readParsed('rss-podcast-itunes.xml')).articles;
    expect(first).toMatchObject({
      author: 'Mara Quay',
      authors: [{ name: 'Mara Quay', email: null, url: null }],
      summaryHtml: '<p>The crew of the Sound Ferry remember the winter crossings.</p>',
      imageUrl: 'https://cdn.tidetables.example/art/ep14.jpg',
      enclosures: [{ url: 'https://cdn.tidetables.example/audio/ep14.mp3', type: 'audio/mpeg', length: 59573248, duration: 3723, medium: 'audio' }],
    });
  });
});

describe('Media RSS', () => {
  it('makes an RSS enclosure and the media:content for the same file one enclosure, with what each says', async () => {
    const storm = itemTitled(await readRaw('rss-media-rss.xml'), 'Storm over the pier');
    expect(storm.enclosures).toEqual([
      { url: 'https://video.photodesk.example/storm.mp4', type: 'video/mp4', length: 5242880, duration: 73, medium: 'video', width: 1920, height: 1080 },
      { url: 'https://img.photodesk.example/storm-full.jpg', type: 'image/jpeg', length: 845000, duration: null, medium: 'image', width: 2400, height: 1600 },
    ]);
  });

  it('reads each version of a video in media:group, with its duration, size and pixels', async () => {
    const dawn = itemTitled(await readRaw('rss-media-rss.xml'), 'Harbour at dawn, three ways');
    expect(dawn.enclosures).toEqual([
      { url: 'https://video.photodesk.example/dawn-1080.mp4', type: 'video/mp4', length: 31457280, duration: 41.5, medium: 'video', width: 1920, height: 1080 },
      { url: 'https://video.photodesk.example/dawn-480.webm', type: 'video/webm', length: null, duration: 41.5, medium: 'video', width: 854, height: 480 },
    ]);
    expect(dawn.imageUrl).toBe('https://img.photodesk.example/dawn-thumb.jpg');
  });

  it('picks the picture: the largest thumbnail, else a media:content image, else an image enclosure', async () => {
    const feed = await readRaw('rss-media-rss.xml');
    expect(feed.items.map((item) => item.imageUrl)).toEqual([
      'https://img.photodesk.example/storm-600.jpg',
      'https://img.photodesk.example/dawn-thumb.jpg',
      // The media:content picture, before the print-size TIFF enclosed beside it.
      'https://img.photodesk.example/gulls.jpg',
      'https://img.photodesk.example/sand.jpg',
    ]);
  });

  it('reads media:category with its scheme and label, and media:description as the summary of an item without one', async () => {
    const storm = itemTitled(await readRaw('rss-media-rss.xml'), 'Storm over the pier');
    expect(storm.categories).toEqual([{ term: 'weather/storms', scheme: 'urn:photodesk:subjects', label: 'Weather' }]);
    expect(storm.summaryHtml).toBe('<p>Waves break over the pier &amp; the lighthouse.</p>');
  });

  it('takes a medium for the type of a media:content that declares none', async () => {
    const gulls = itemTitled(await readRaw('rss-media-rss.xml'), 'Gulls');
    expect(gulls.enclosures[1]).toEqual({ url: 'https://img.photodesk.example/gulls.jpg', type: 'image', length: null, duration: null, medium: 'image' });
  });
});

describe('Dublin Core and DC Terms (RSS 1.0)', () => {
  it('dates an item issued, else created, and updated when modified', async () => {
    const [snails, moss] = (await readRaw('rss10-dublin-core-terms.xml')).items;
    expect(snails).toMatchObject({ published: '2024-03-01', updated: '2024-03-04T16:00:00Z' });
    expect(moss).toMatchObject({ published: '2024-02-28', updated: null });
  });

  it('reads dc:creator, each dc:contributor, each dc:subject and dc:description', async () => {
    const [snails] = (await readRaw('rss10-dublin-core-terms.xml')).items;
    expect(snails).toMatchObject({
      authors: [{ name: 'R. Lindqvist', email: null, url: null }],
      contributors: [
        { name: 'A. Moreau', email: null, url: null },
        { name: 'P. Osei', email: null, url: null },
      ],
      categories: [
        { term: 'Ecology', scheme: null, label: null },
        { term: 'Molluscs', scheme: null, label: null },
      ],
      summaryHtml: 'A year of counting snails on a garden wall.',
    });
  });

  it('reaches the article with ISO dates and contributors', async () => {
    const [snails] = (await readParsed('rss10-dublin-core-terms.xml')).articles;
    expect(snails).toMatchObject({
      published: '2024-03-01T00:00:00Z',
      updated: '2024-03-04T16:00:00Z',
      contributors: [
        { name: 'A. Moreau', email: null, url: null },
        { name: 'P. Osei', email: null, url: null },
      ],
    });
  });
});

describe('Atom 0.3', () => {
  it('dates an entry issued, else created, and updated when modified', async () => {
    const [dated, createdOnly] = (await readRaw('atom03-dates.xml')).items;
    expect(dated).toMatchObject({ published: '2005-11-08T20:00:00-05:00', updated: '2005-11-09T11:56:34Z' });
    expect(createdOnly).toMatchObject({ published: '2005-11-07T10:00:00Z', updated: null });
  });

  it('reads the feed’s author, with the `url` Atom 0.3 gave persons, for entries without their own', async () => {
    const [dated] = (await readRaw('atom03-dates.xml')).items;
    expect(dated?.authors).toEqual([{ name: 'Pat Older', email: 'pat@oldweblog.example', url: 'http://oldweblog.example/about' }]);
    expect(dated?.contentHtml).toBe('<p>Three dates.</p>');
  });
});

describe('a full Atom entry', () => {
  const url = 'https://fieldnotes.example/blog/feed.atom';

  it('reads authors and contributors as persons: name, email and uri', async () => {
    const [swifts] = (await readRaw('atom-full-entry.xml', url)).items;
    expect(swifts?.authors).toEqual([{ name: 'Noor Haddad', email: 'noor@fieldnotes.example', url: 'https://fieldnotes.example/people/noor' }]);
    expect(swifts?.contributors).toEqual([
      { name: 'Tom Reyes', email: null, url: null },
      { name: 'Ana Vidal', email: null, url: null },
    ]);
  });

  it('keeps the summary apart from the content, and categories with their scheme and label', async () => {
    const [swifts] = (await readRaw('atom-full-entry.xml', url)).items;
    expect(swifts).toMatchObject({
      summaryHtml: '<p>Forty-two swifts over the church.</p>',
      contentHtml: '<p>Forty-two swifts over the church tower at dawn.</p>',
      categories: [
        { term: 'birds', scheme: 'https://fieldnotes.example/topics', label: 'Birds' },
        { term: 'citizen-science', scheme: null, label: null },
      ],
      published: '2024-05-18T06:00:00Z',
      updated: '2024-05-19T08:30:00Z',
    });
  });

  it('reads the enclosure link with its length, the thumbnail, the comments and the place', async () => {
    const [swifts] = (await readRaw('atom-full-entry.xml', url)).items;
    expect(swifts).toMatchObject({
      enclosures: [{ url: '/media/swifts-call.mp3', type: 'audio/mpeg', length: 2048000, duration: null, medium: 'audio' }],
      imageUrl: 'https://fieldnotes.example/img/swifts-thumb.jpg',
      // thr:total counts the whole thread; the replies links' thr:count only what each holds.
      comments: {
        url: 'https://fieldnotes.example/blog/2024/05/swifts.html#comments',
        count: 9,
        feedUrl: 'https://fieldnotes.example/blog/2024/05/swifts/comments.atom',
      },
      geo: { latitude: 51.752, longitude: -1.2577 },
    });
  });

  it('resolves relative ids against the entry’s xml:base, else the feed’s, and keeps tag: and urn: ids as written', async () => {
    const feed = await readRaw('atom-full-entry.xml', url);
    expect(feed.items.map((item) => item.guid)).toEqual([
      'https://fieldnotes.example/2024/05/swifts',
      'https://fieldnotes.example/archive/post-1.html',
      'tag:fieldnotes.example,2024:tagged',
      'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
    ]);
    expect(feed.items[2]?.geo).toBeNull();
  });

  it('resolves a relative id against the feed’s address when no xml:base is in force', async () => {
    const text = fixture('atom-full-entry.xml').toString('utf8').replace(' xml:base="https://fieldnotes.example/blog/"', '');
    const feed = await readXmlFeed(text, 'https://fieldnotes.example/feeds/all.atom');
    expect(feed.items[0]?.guid).toBe('https://fieldnotes.example/2024/05/swifts');
  });

  it('reaches the article with its enclosure resolved and its fields as read', async () => {
    const [swifts] = (await readParsed('atom-full-entry.xml', url)).articles;
    expect(swifts).toMatchObject({
      id: 'https://fieldnotes.example/2024/05/swifts',
      url: 'https://fieldnotes.example/blog/2024/05/swifts.html',
      author: 'Noor Haddad',
      enclosures: [{ url: 'https://fieldnotes.example/media/swifts-call.mp3', type: 'audio/mpeg', length: 2048000, duration: null }],
      categories: [
        { term: 'birds', scheme: 'https://fieldnotes.example/topics', label: 'Birds' },
        { term: 'citizen-science', scheme: null, label: null },
      ],
      comments: { count: 9 },
      geo: { latitude: 51.752, longitude: -1.2577 },
    });
  });
});

describe('comments, places and full-text bodies in RSS', () => {
  it('reads the comments page, their count and their feed', async () => {
    const feed = await readRaw('rss-comments-geo.xml');
    expect(feed.items.map((item) => item.comments)).toEqual([
      { url: 'https://trails.example/ridge#respond', count: 12, feedUrl: 'https://trails.example/ridge/feed/' },
      // wfw:commentRSS as some write it, and an atom:link to the comments with their count.
      { url: 'https://trails.example/valley#comments', count: 3, feedUrl: 'https://trails.example/valley/feed/' },
      // "many" is no count.
      null,
      null,
      null,
    ]);
  });

  it('reads georss:point, geo:lat and geo:long, and GML’s pos, and drops a point off the map', async () => {
    const feed = await readRaw('rss-comments-geo.xml');
    expect(feed.items.map((item) => item.geo)).toEqual([
      { latitude: 54.4609, longitude: -3.0886 },
      { latitude: 54.5362, longitude: -3.153 },
      { latitude: 54.4883, longitude: -3.0521 },
      null,
      null,
    ]);
  });

  it('takes an XHTML body as the content, markup in the order written, and the description as the summary', async () => {
    const full = itemTitled(await readRaw('rss-comments-geo.xml'), 'Full text walk');
    expect(full.contentHtml).toBe('<p>Start at the <b>car park</b>, then climb.</p><p>Fish &amp; chips after.</p>');
    expect(full.summaryHtml).toBe('Summary of the full walk.');
  });

  it('reads the same with every body left to the parser', async () => {
    const text = fixture('rss-comments-geo.xml').toString('utf8');
    expect(await readXmlFeed(text, 'https://trails.example/rss', { liftBodies: false })).toEqual(await readXmlFeed(text, 'https://trails.example/rss'));
  });

  it('leaves a <body> quoted in a description’s CDATA to the description', async () => {
    const text =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Quoted</title>' +
      '<description><![CDATA[<html><body><p>Inside</p></body></html>]]></description></item></channel></rss>';
    const [item] = (await readXmlFeed(text, 'https://quoted.example/rss')).items;
    expect(item).toMatchObject({ contentHtml: '<html><body><p>Inside</p></body></html>', summaryHtml: '<html><body><p>Inside</p></body></html>' });
  });
});

describe('namespaces under unusual prefixes', () => {
  it('reads iTunes, Media RSS and XHTML elements whatever prefix the feed binds them to', async () => {
    const [episode] = (await readRaw('rss-unusual-prefixes.xml')).items;
    expect(episode).toMatchObject({
      enclosures: [{ url: 'https://odd.example/one.mp3', type: 'audio/mpeg', length: 9600000, duration: 600, medium: 'audio' }],
      imageUrl: 'https://odd.example/one.jpg',
      contentHtml: '<p>Full <b>text</b>.</p>',
      summaryHtml: 'First.',
    });
  });
});
