import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { ParsedFeed } from '../../../shared/model/article';

const fetchedAt = Date.UTC(2024, 5, 22, 12, 0, 0);

async function read(name: string, url = `https://feeds.example/${name}`, contentType: string | null = null): Promise<ParsedFeed> {
  const body = readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
  const reading = await readFeedDocument({ body, contentType, url, fetchedAt, sanitise: true });
  if (reading.kind !== 'feed') throw new Error(`${name}: ${JSON.stringify(reading)}`);
  return reading.feed;
}

describe('RSS 2.0', () => {
  it('reads Dublin Core item fields: dc:title, dc:date, dcterms:modified and dc:language', async () => {
    const [first, second] = (await read('rss-dublin-core.xml')).articles;
    expect(first).toMatchObject({
      title: 'La fiesta del barrio vuelve este fin de semana',
      published: '2024-05-02T08:15:00Z',
      updated: '2024-05-03T09:00:00Z',
      language: 'es',
    });
    expect(second).toMatchObject({ title: 'The element title wins', published: '2024-05-02T10:00:00Z', language: 'en' });
  });

  it('reads the channel and normalises every field of an item', async () => {
    const feed = await read('rss2-full.xml', 'https://quotidien.example/feed/rss');
    expect(feed).toMatchObject({ title: 'Le Quotidien & Co', siteUrl: 'https://quotidien.example/', language: 'fr', errors: [] });
    const [first] = feed.articles;
    expect(first).toMatchObject({
      id: 'quotidien-4711',
      title: 'Fête de la musique : le programme',
      url: 'https://quotidien.example/2024/06/fete-de-la-musique',
      published: '2024-06-21T06:30:00Z',
      author: 'Camille Martin, Luc Bernard',
      language: 'fr',
      excerpt: 'Le résumé court de la Fête.',
      categories: [
        { term: 'Culture', scheme: null, label: null },
        { term: 'Musique', scheme: 'https://quotidien.example/tags', label: null },
      ],
      enclosures: [
        { url: 'https://cdn.quotidien.example/podcast.mp3', type: 'audio/mpeg', length: 123456, duration: null, medium: 'audio' },
        { url: 'https://cdn.quotidien.example/photo.jpg', type: 'image/jpeg', length: 2048, duration: null, medium: 'image' },
      ],
      alternates: [
        { language: 'en', url: 'https://quotidien.example/en/2024/06/music-day' },
        { language: 'vi', url: 'https://quotidien.example/vi/2024/06/ngay-hoi-am-nhac' },
      ],
    });
  });

  it('prefers content:encoded over the description, sanitised, with absolute links', async () => {
    const feed = await read('rss2-full.xml', 'https://quotidien.example/feed/rss');
    expect(feed.articles[0]?.contentHtml).toBe(
      '<p>La <em>Fête de la musique</em> revient.</p><p><img src="https://quotidien.example/images/scene.jpg" alt="Scène"></p>' +
        '<p><a>piège</a> <a href="https://quotidien.example/2024/06/programme.html">programme</a></p>',
    );
  });

  it('gives an item without guid or link a stable id from its title and date, which survives the feed moving', async () => {
    const once = await read('rss2-full.xml');
    const again = await read('rss2-full.xml');
    expect(once.articles[1]?.id).toMatch(/^tidings:[0-9a-f]{24}$/);
    expect(again.articles[1]?.id).toBe(once.articles[1]?.id);
    expect((await read('rss2-full.xml', 'https://elsewhere.example/rss')).articles[1]?.id).toBe(once.articles[1]?.id);
    expect(new Set(once.articles.map((article) => article.id)).size).toBe(once.articles.length);
  });

  it('clamps a future date to the fetch time and reads the name in "email (Name)"', async () => {
    const future = (await read('rss2-full.xml')).articles[2];
    expect(future?.published).toBe('2024-06-22T12:00:00Z');
    expect(future?.author).toBe('La Rédaction');
  });
});

describe('older RSS and RDF', () => {
  it('reads RSS 0.91 in ISO-8859-1 with the Netscape DTD entities', async () => {
    const feed = await read('rss091.xml');
    expect(feed.title).toBe('Café des sciences');
    expect(feed.articles.map((article) => article.title)).toEqual(['Le café et la mémoire', 'Deuxième article']);
    expect(feed.articles[0]?.contentHtml).toBe('Une tasse\u00a0par jour.');
  });

  it('reads RSS 0.90', async () => {
    const feed = await read('rss090.rdf');
    expect(feed.articles.map((article) => article.url)).toEqual(['http://ancient.example/1', 'http://ancient.example/2']);
  });

  it('reads RSS 1.0 with Dublin Core dates, language, creator and subject', async () => {
    const feed = await read('rss10.rdf');
    expect(feed.language).toBe('de');
    expect(feed.articles[0]).toMatchObject({
      id: 'http://science.example/a',
      title: 'Über Zellen',
      published: '2024-03-05T09:20:30Z',
      author: 'Anna Schmidt',
      categories: [{ term: 'Biologie', scheme: null, label: null }],
      excerpt: 'Zellbiologie heute.',
    });
  });
});

describe('Atom', () => {
  it('gives entries without an author the feed’s, and keeps only the language of a regional hreflang', async () => {
    const [team, signed] = (await read('atom-feed-author.xml')).articles;
    expect(team).toMatchObject({
      author: 'The Team',
      alternates: [
        { language: 'pt', url: 'https://team.example/pt/1' },
        { language: 'zh', url: 'https://team.example/zh/1' },
      ],
    });
    expect(signed?.author).toBe('Ana');
  });

  it('resolves links against nested xml:base and collects hreflang alternates', async () => {
    const feed = await read('atom10.xml', 'https://feeds.example/atom');
    expect(feed).toMatchObject({ title: 'Notes & Essays', siteUrl: 'https://blog.example/', language: 'en' });
    expect(feed.articles[0]).toMatchObject({
      id: 'tag:blog.example,2024:1',
      url: 'https://blog.example/posts/2024/essay.html',
      published: '2024-05-01T07:00:00Z',
      updated: '2024-05-01T08:00:00Z',
      author: 'Ada Writer, Bo Editor',
      categories: [{ term: 'essays', scheme: null, label: 'Essays' }],
      excerpt: 'Short summary.',
      enclosures: [{ url: 'https://blog.example/posts/2024/essay.ogg', type: 'audio/ogg', length: 999, duration: null, medium: 'audio' }],
      alternates: [
        { language: 'fr', url: 'https://blog.example/fr/essai.html' },
        { language: 'es', url: 'https://blog.example/es/ensayo.html' },
      ],
    });
    expect(feed.articles[0]?.contentHtml).toBe('<p>Full text with a <a href="https://blog.example/posts/2024/notes.html">relative link</a>.</p>');
  });

  it('keeps an entry whose published date is garbage, dated by its updated date', async () => {
    const entry = (await read('atom10.xml')).articles[1];
    expect(entry).toMatchObject({ title: 'XHTML title', published: '2024-04-30T08:00:00Z', language: 'de' });
    expect(entry?.contentHtml).toContain('<p>Zweiter <strong>Eintrag</strong></p>');
  });

  it('escapes type="text" content instead of treating it as HTML', async () => {
    expect((await read('atom10.xml')).articles[2]?.contentHtml).toBe('<p>Line one &lt;not a tag&gt;</p><p>Second paragraph</p>');
  });

  it('reads Atom 0.3 (issued/modified, escaped content)', async () => {
    const feed = await read('atom03.xml');
    expect(feed.articles[0]).toMatchObject({
      url: 'http://old.example/2004/01/entry',
      published: '2004-01-01T14:00:00Z',
      updated: '2004-01-01T12:00:00Z',
      contentHtml: '<p>Hello from 2004</p>',
      language: 'en',
    });
  });
});

describe('JSON Feed', () => {
  it('reads version 1.1 with authors, attachments, tags and per-item language', async () => {
    const feed = await read('feed-1.1.json', 'https://json.example/feed.json');
    expect(feed).toMatchObject({ title: 'JSON Journal', siteUrl: 'https://json.example/', language: 'es' });
    expect(feed.articles[0]).toMatchObject({
      id: '1',
      published: '2024-02-01T13:00:00Z',
      author: 'Equipo',
      categories: [
        { term: 'a', scheme: null, label: null },
        { term: 'b', scheme: null, label: null },
      ],
      contentHtml: '<p>Hola <b>mundo</b></p>',
      summaryHtml: 'Resumen',
      excerpt: 'Resumen',
      enclosures: [{ url: 'https://json.example/a.mp3', type: 'audio/mpeg', length: 100, duration: null, medium: 'audio' }],
    });
    expect(feed.details).toMatchObject({ authors: [{ name: 'Equipo', email: null, url: null }], selfUrl: 'https://json.example/feed.json' });
    expect(feed.articles[1]).toMatchObject({ url: 'https://json.example/dos', language: 'pt', author: 'Rui', contentHtml: '<p>Texto &lt;plano&gt;<br>segunda línea</p>' });
  });

  it('reads version 1.0 with a feed-level author and text-only items', async () => {
    const feed = await read('feed-1.0.json');
    expect(feed.articles[0]).toMatchObject({ title: 'Only text', author: 'Solo', published: '2017-05-17T15:02:12Z', contentHtml: '<p>Only text</p>' });
  });
});

describe('polling hints', () => {
  it('takes the longest of ttl and sy:updatePeriod/sy:updateFrequency, since each is a lower bound', async () => {
    const body = readFileSync(new URL('../../fixtures/feeds/rss-interval.xml', import.meta.url));
    const reading = await readFeedDocument({ body, contentType: null, url: 'https://digest.example/rss', fetchedAt, sanitise: false });
    expect(reading.kind === 'feed' && reading.suggestedIntervalSeconds).toBe(12 * 60 * 60);
  });
});

describe('broken feeds', () => {
  it('escapes bare ampersands and says so', async () => {
    const feed = await read('broken-ampersand.xml');
    expect(feed.title).toBe('Tom & Jerry News');
    expect(feed.articles[0]).toMatchObject({ title: 'Cats & Mice', url: 'http://tj.example/item?id=1&x=2', contentHtml: 'Q&A' });
    expect(feed.errors).toEqual(['The feed had unescaped “&” characters; they were escaped']);
  });

  it('understands HTML entities that XML does not define', async () => {
    const feed = await read('html-entities.xml');
    expect(feed.title).toBe('Café Blog');
    expect(feed.articles[0]?.title).toBe('Résumé — © 2024 …');
    expect(feed.articles[0]?.excerpt).toBe('«Bonjour»');
    expect(feed.errors).toEqual(['The feed used HTML entities such as &nbsp; that XML does not define; they were read as HTML']);
  });

  it('reads HTML pasted into items without escaping as HTML, whether or not it is well-formed XML', async () => {
    const feed = await read('raw-html.xml');
    expect(feed.articles.map((article) => article.title)).toEqual(['An unclosed break', 'Well-formed markup, emphasised']);
    expect(feed.articles[0]?.contentHtml).toBe('Hello<br>world, and a &lt; b too.');
    expect(feed.articles[1]?.contentHtml).toBe('<p>Hello <b>bold</b> world</p>');
    expect(feed.errors).toContain('The feed put HTML in its items without escaping it; it was read as HTML');
  });

  it('leaves out an item too damaged to read and keeps the others', async () => {
    const feed = await read('broken-item.xml');
    expect(feed.title).toBe('One bad apple');
    expect(feed.articles.map((article) => article.title)).toEqual(['First', 'Third']);
    expect(feed.errors).toEqual(['1 of 3 articles were too damaged to read and were left out; the others were kept']);
  });

  it('skips junk before the XML declaration', async () => {
    const feed = await read('junk-before-declaration.xml');
    expect(feed.articles.map((article) => article.title)).toEqual(['Still readable']);
    expect(feed.errors[0]).toMatch(/stray text before the XML/);
  });

  it('keeps the complete items of a truncated feed', async () => {
    const feed = await read('truncated.xml');
    expect(feed.articles.map((article) => article.title)).toEqual(['Complete one', 'Complete two']);
    expect(feed.errors).toEqual(['The feed ends abruptly; the articles before the cut were kept']);
  });

  it('says what is wrong with documents that are not feeds', async () => {
    const body = readFileSync(new URL('../../fixtures/feeds/not-a-feed.opml', import.meta.url));
    expect(await readFeedDocument({ body, contentType: 'text/xml', url: 'https://x.example/', fetchedAt, sanitise: true })).toMatchObject({
      kind: 'unreadable',
      error: 'Not a feed: the address answered with XML that is not RSS or Atom',
      reason: 'not-a-feed',
    });
    const garbage = await readFeedDocument({ body: Buffer.from('<rss><channel><item>'), contentType: null, url: 'https://x.example/', fetchedAt, sanitise: true });
    expect(garbage.kind === 'unreadable' && garbage.error).toMatch(/^Not a readable feed: /);
    expect(garbage).toMatchObject({ reason: 'parse' });
  });
});

describe('encodings', () => {
  it('reads a Windows-1252 feed declared as ISO-8859-1, including € and dashes', async () => {
    const feed = await read('latin1-declared.xml');
    expect(feed.title).toBe('Fête de la musique');
    expect(feed.articles[0]?.contentHtml).toBe('Naïve été — €5');
  });

  it('reads Shift_JIS and UTF-16', async () => {
    expect((await read('shift_jis.xml')).articles[0]?.title).toBe('東京の天気');
    expect((await read('utf16le-bom.xml')).articles[0]?.title).toBe('Привет');
  });
});

describe('sanitising can be left to the caller', () => {
  it('returns the feed’s own HTML when sanitise is false', async () => {
    const body = readFileSync(new URL('../../fixtures/feeds/rss2-full.xml', import.meta.url));
    const reading = await readFeedDocument({ body, contentType: null, url: 'https://quotidien.example/rss', fetchedAt, sanitise: false });
    expect(reading.kind === 'feed' && reading.feed.articles[0]?.contentHtml).toContain('<script>');
  });
});
