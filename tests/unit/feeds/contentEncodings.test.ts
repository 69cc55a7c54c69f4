import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atomHtml, atomTitle, xhtmlAsHtml } from '../../../electron/feeds/parse/atomText';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import { unprefixMarkup, unprefixRss } from '../../../electron/feeds/parse/xmlPrefixes';
import type { ParsedArticle, ParsedFeed } from '../../../shared/model/article';

const fetchedAt = Date.UTC(2024, 10, 1);

async function read(name: string, sanitise = false): Promise<ParsedFeed> {
  const body = readFileSync(new URL(`../../fixtures/feeds/encodings/${name}`, import.meta.url));
  const reading = await readFeedDocument({ body, contentType: null, url: `https://feeds.example/${name}`, fetchedAt, sanitise });
  if (reading.kind !== 'feed') throw new Error(`${name}: ${JSON.stringify(reading)}`);
  return reading.feed;
}

function article(feed: ParsedFeed, index: number): ParsedArticle {
  const found = feed.articles[index];
  if (!found) throw new Error(`no article ${index} in ${feed.title}`);
  return found;
}

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('Atom 0.3 modes', () => {
  it('decodes mode="base64" titles and content as UTF-8, and resolves the content against its xml:base', async () => {
    const feed = await read('atom03-modes.xml', true);
    expect(feed.errors).toEqual([]);
    const curlews = article(feed, 0);
    expect(curlews.title).toBe('Curlews at dawn — a count of 14');
    expect(curlews.contentHtml).toBe(
      '<p>Fourteen curlews on the <em>north</em> scrape, and one lapwing. Café by the hide was shut.</p>' +
        '<p><img src="http://marsh-meadow.example/2005/03/curlews.jpg" alt="Curlews"></p>',
    );
  });

  it('takes mode="escaped" as HTML escaped once, unless its type says plain text', async () => {
    const feed = await read('atom03-modes.xml');
    expect(feed.title).toBe('Marsh & Meadow');
    const warbler = article(feed, 1);
    expect(warbler.title).toBe('The Reed Warbler returns');
    expect(warbler.contentHtml).toBe('<p>Heard first by the sluice, then <b>seen</b> &amp; photographed.</p>');
    expect(warbler.summaryHtml).toBe('<p>Heard before seen: 3 &lt; 5 sightings last year</p>');
  });

  it('writes out mode="xml" XHTML as markup, and reads mode="xml" plain text as text', async () => {
    const feed = await read('atom03-modes.xml');
    expect(article(feed, 2).contentHtml).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Listen for <span class="call">the bubbling call</span>, then count<br/> the pauses.</p></div>',
    );
    const ditches = article(feed, 3);
    expect(ditches.title).toBe('Ditches & drains');
    expect(ditches.contentHtml).toBe('<p>Water level: 40 cm &amp; falling; ditch &lt;3&gt; is dry.</p>');
  });
});

describe('Atom 1.0 content types', () => {
  it('decodes text/html content that a publisher sent as Base64', async () => {
    const feed = await read('atom10-content-types.xml');
    expect(article(feed, 0).contentHtml).toBe('<p>The <code>&lt;template&gt;</code> element holds markup that is <em>not</em> rendered — until you clone it.</p>');
    // One word is no Base64, even where every letter is in its alphabet.
    expect(article(feed, 4).contentHtml).toBe('Untitled');
  });

  it('shows an image sent as content inline, and leaves other binary content to the summary', async () => {
    const feed = await read('atom10-content-types.xml', true);
    const picture = article(feed, 2);
    expect(picture.contentHtml).toMatch(/^<img src="data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/=]+">$/);
    const slides = article(feed, 3);
    expect(slides.contentHtml).toBe('<p>The slides, as a PDF.</p>');
  });

  it('escapes type="text" content, keeping every word that looks like a tag', async () => {
    const dialog = article(await read('atom10-content-types.xml'), 1);
    expect(dialog.contentHtml).toBe('<p>A dialog opens with showModal(); the page behind is inert.<br>Use &lt;form method=&quot;dialog&quot;&gt; to close it.</p>');
    expect(dialog.summaryHtml).toBe('<p>Modal dialogs without a library: 3 &lt; 4 lines of script.</p>');
  });
});

describe('titles of every type', () => {
  it('keeps the words of HTML titles whose tags are words, and drops the tags that are markup', async () => {
    const feed = await read('atom10-content-types.xml');
    expect(feed.articles.map((entry) => entry.title)).toEqual([
      'Why <template> matters',
      'Use bold & the <dialog> element',
      'The <picture> element, explained',
      'Printing with @page & margins',
      'Plain words, no type',
    ]);
  });

  it('reads text, html, xhtml and Base64 titles from their nodes', () => {
    expect(atomTitle({ _: 'The <dialog> element', $: { type: 'text' } })).toBe('The &lt;dialog> element');
    expect(atomTitle({ _: 'Why <template> matters', $: { type: 'html' } })).toBe('Why &lt;template> matters');
    expect(atomTitle({ _: 'Use <b>bold</b> & the <dialog> element', $: { type: 'html' } })).toBe('Use <b>bold</b> & the &lt;dialog> element');
    expect(atomTitle({ _: '<div xmlns="http://www.w3.org/1999/xhtml">An <em>XHTML</em> title</div>', $: { type: 'xhtml' } })).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml">An <em>XHTML</em> title</div>',
    );
    // XHTML the XML reader left as a tree: its words, decoded, are text.
    expect(atomTitle({ $: { type: 'xhtml' }, div: [{ _: 'The <dialog> element' }] })).toBe('The &lt;dialog> element');
    expect(atomTitle({ _: base64('Grüße <aus> Köln'), $: { mode: 'base64' } })).toBe('Grüße &lt;aus> Köln');
    expect(atomTitle({ _: base64('<b>Bold</b> news'), $: { mode: 'base64', type: 'text/html' } })).toBe('<b>Bold</b> news');
  });
});

describe('atomHtml', () => {
  it('never takes words for Base64', () => {
    const words = ['Untitled', 'RSParser', 'blogblog', 'Read more', 'AAAAAAAAAAAAAAAA', 'a3f5c9e1b2d4f6a8c0e2b4d6', 'InternationalisationGuide'];
    for (const word of words) expect(atomHtml({ _: word, $: { type: 'text/html' } })).toBe(word);
  });

  it('takes a value said to be Base64 that is not as it stands, rather than losing it', () => {
    expect(atomHtml({ _: 'not base64 at all!', $: { type: 'text/html', mode: 'base64' } })).toBe('not base64 at all!');
  });

  it('reads the charset of Base64 content as a document’s: a BOM, else UTF-8, else Windows-1252', () => {
    const latin1 = Buffer.from([0x3c, 0x70, 0x3e, 0x46, 0xea, 0x74, 0x65, 0x20, 0x93, 0x6f, 0x6b, 0x94]).toString('base64');
    expect(atomHtml({ _: latin1, $: { type: 'text/html', mode: 'base64' } })).toBe('<p>Fête “ok”');
  });

  it('keeps nothing of binary content but an image', () => {
    expect(atomHtml({ _: 'AAEC', $: { type: 'application/octet-stream' } })).toBeNull();
    expect(atomHtml({ _: 'R0lGODlhAQABAAAAACw=', $: { type: 'image/gif' } })).toBe('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
  });
});

describe('inline SVG and MathML in XHTML content', () => {
  it('keeps SVG and MathML as markup, with XHTML’s empty elements written so that HTML reads them empty', async () => {
    const euler = article(await read('atom-xhtml-svg-mathml.xml'), 0);
    expect(euler.title).toBe('Euler’s identity, drawn');
    expect(euler.contentHtml).toContain(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" width="100" height="100">',
    );
    expect(euler.contentHtml).toContain('<circle cx="50" cy="50" r="40" fill="none" stroke="black"></circle>');
    expect(euler.contentHtml).toContain('<use xlink:href="#dot"></use>');
    expect(euler.contentHtml).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(euler.contentHtml).toContain('<msup><mi>e</mi><mrow><mi>i</mi><mi>π</mi></mrow></msup>');
    expect(euler.contentHtml).toContain('<p>An empty <span class="gap"></span> stays empty.</p>');
  });

  it('unprefixes XHTML, SVG and MathML written with prefixes, those declared on the feed too', async () => {
    const pythagoras = article(await read('atom-xhtml-svg-mathml.xml'), 1);
    expect(pythagoras.title).toBe('Prefixed markup');
    expect(pythagoras.contentHtml).toContain('<p>A right triangle:</p>');
    expect(pythagoras.contentHtml).toContain('<svg viewBox="0 0 40 30" width="40" height="30"><polygon points="0,30 40,30 0,0"></polygon></svg>');
    expect(pythagoras.contentHtml).toContain('<math><msup><mi>a</mi><mn>2</mn></msup><mo>+</mo>');
    expect(pythagoras.contentHtml).not.toMatch(/<\/?(xh|svg|m):/);
  });

  it('writes out content of an XML media type (image/svg+xml) as markup', async () => {
    const square = article(await read('atom-xhtml-svg-mathml.xml'), 2);
    expect(square.contentHtml).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"></rect></svg>');
  });

  it('keeps the markup of content the XML reader left as a tree', () => {
    const tree = { $: { type: 'xhtml' }, 'xh:div': [{ $: { 'xmlns:xh': 'http://www.w3.org/1999/xhtml' }, 'svg:svg': [{ $: { 'xmlns:svg': 'http://www.w3.org/2000/svg' }, 'svg:rect': [{ $: { width: '1' } }] }] }] };
    // rss-parser's writer puts a <div> of its own around the tree.
    expect(atomHtml(tree)).toBe('<div><div xmlns:xh="http://www.w3.org/1999/xhtml"><svg xmlns:svg="http://www.w3.org/2000/svg"><rect width="1"></rect></svg></div></div>');
  });

  it('leaves prefixes of other namespaces, and void elements, as written', () => {
    expect(unprefixMarkup('<p xmlns:o="urn:office">A <o:note>note</o:note></p>')).toBe('<p xmlns:o="urn:office">A <o:note>note</o:note></p>');
    expect(xhtmlAsHtml('<p>a<br/>b<img src="x.png" alt="a/>b"/><i title="x/>y"/></p>')).toBe('<p>a<br/>b<img src="x.png" alt="a/>b"/><i title="x/>y"></i></p>');
  });
});

describe('RSS and Atom elements written with a prefix', () => {
  it('reads RSS 1.0 whose elements are all in the rss: prefix', async () => {
    const feed = await read('rss10-prefixed.rdf');
    expect(feed).toMatchObject({ title: 'Tidepool Lab News', siteUrl: 'https://tidepool.example/', language: 'en', errors: [] });
    expect(feed.articles.map((entry) => [entry.title, entry.url, entry.published])).toEqual([
      ['Anemones counted after the storm', 'https://tidepool.example/news/anemones', '2024-02-11T16:20:00Z'],
      ['A grant for the rock-pool survey', 'https://tidepool.example/news/grant', '2024-02-02T09:00:00Z'],
    ]);
    expect(article(feed, 0).author).toBe('Ruth Achebe');
    // Quoted in CDATA, the prefixed name is text and stays as written.
    expect(article(feed, 1).contentHtml).toBe('<p>Three years of funding. <rss:item> in CDATA stays text.</p>');
  });

  it('reads RSS 2.0 whose every element carries a prefix, keeping the other namespaces’ elements', async () => {
    const feed = await read('rss20-prefixed.xml');
    expect(feed).toMatchObject({ title: 'County Council Notices', siteUrl: 'https://council.example/notices', errors: [] });
    expect(article(feed, 0)).toMatchObject({
      id: 'notice-4411',
      title: 'Road closure: Mill Lane',
      url: 'https://council.example/notices/4411',
      published: '2024-05-06T08:00:00Z',
      author: 'Highways',
      contentHtml: '<p>Closed for resurfacing from 13 May.</p>',
    });
    expect(feed.articles).toHaveLength(2);
  });

  it('reads Atom written with the atom: prefix', async () => {
    const feed = await read('atom-prefixed.xml');
    expect(feed).toMatchObject({ title: 'Kiezblatt', siteUrl: 'https://kiezblatt.example/', language: 'de' });
    expect(article(feed, 0)).toMatchObject({
      title: 'Flohmarkt am Sonntag',
      url: 'https://feeds.example/2024/04/flohmarkt',
      author: 'Jonas Beck',
      contentHtml: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Ab 9 Uhr am <b>Kanal</b>.</p></div>',
    });
  });

  it('leaves ordinary feeds untouched, an RSS feed’s atom:link included', () => {
    const rss = '<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link rel="self" href="x"/></channel></rss>';
    expect(unprefixRss(rss)).toBe(rss);
    const rdf = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>';
    expect(unprefixRss(rdf)).toBe(rdf);
    // <feed> is Atom's only under Atom's namespace.
    const foreign = '<rss version="2.0" xmlns:x="urn:x"><channel><x:feed>1</x:feed></channel></rss>';
    expect(unprefixRss(foreign)).toBe(foreign);
  });

  it('renames an RDF root written under another prefix, its attributes too', () => {
    const text = '<RDF:RDF xmlns:RDF="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item RDF:about="u"/></RDF:RDF>';
    // The declaration stays: the XML reader does not resolve namespaces, and a second xmlns:rdf could clash with it.
    expect(unprefixRss(text)).toBe('<rdf:RDF xmlns:RDF="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="u"/></rdf:RDF>');
  });
});

describe('DOCTYPE', () => {
  it('reads RSS 0.91 with Netscape’s public DOCTYPE', async () => {
    const feed = await read('rss091-latin1-cp1252.xml');
    expect(feed).toMatchObject({ title: 'Café Société – Paris', language: 'fr', errors: [] });
    expect(feed.articles).toHaveLength(2);
  });

  it('expands the literal entities an internal subset declares, and nothing nested or external', async () => {
    const feed = await read('rss-doctype-subset.xml');
    expect(feed.title).toBe('Brackwater Radio — shows');
    const tonight = article(feed, 0);
    // &nbsp; is the subset's, as &#160;: a space once the title is text.
    expect(tonight.title).toBe('Tonight on Brackwater Radio');
    // The billion laughs and a file of the reader's own stay unread, as text.
    expect(tonight.contentHtml).toBe('Jazz until midnight. &lol3; [&secret;]');
  });
});

describe('Windows-1252 characters in place of C1 controls', () => {
  it('reads bytes 0x80–0x9F of a Latin-1 document, and references to them, as Windows-1252', async () => {
    const feed = await read('rss091-latin1-cp1252.xml');
    expect(feed.articles.map((entry) => [entry.title, entry.contentHtml])).toEqual([
      ['L’été à la terrasse', '“Un café à 2 €”, dit-il… Prix d’ami.'],
      ['Menu d’automne – “nouveau”', 'Ouvert de 8 h à 22 h.'],
    ]);
  });

  it('reads C1 controls encoded in UTF-8, and character references to them, as Windows-1252', async () => {
    const feed = await read('utf8-c1-controls.xml');
    expect(feed.errors).toEqual([]);
    expect(article(feed, 0)).toMatchObject({ title: 'Don’t miss “Fête de la mer”', contentHtml: '<p>It’s on Saturday.</p>' });
    // An escaped reference is HTML's to read, and HTML reads it as ’ too.
    expect(article(feed, 1)).toMatchObject({ title: 'Ticket prices – “fair”, say readers', contentHtml: 'Readers’ letters &#146; as written.' });
  });

  it('reads JSON \\u0092 escapes as Windows-1252, but not an escaped backslash followed by u0092', async () => {
    const feed = await read('json-c1-escapes.json');
    expect(article(feed, 0)).toMatchObject({ title: 'It’s “high” tide', contentHtml: '<p>A \\u0092 stays as written.</p>' });
  });
});
