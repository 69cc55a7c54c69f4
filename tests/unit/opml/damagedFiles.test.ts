import { describe, expect, it } from 'vitest';
import { readOpml, readOpmlBytes } from '../../../shared/opml/readOpml';
import { summariseOpmlReading } from '../../../shared/opml/summariseOpmlReading';
import { feedAt, fixtureBytes, folderPaths, outline, readFixture } from './opmlFixtures';

const opml = (body: string, head = '<head><title>T</title></head>'): string => `<?xml version="1.0"?>\n<opml version="2.0">${head}<body>\n${body}\n</body></opml>`;

describe('files that are not valid XML, read as real importers read them', () => {
  it('takes a bare & as itself, in names and in addresses, next to escaped ones', () => {
    const reading = readFixture('bare-ampersand.opml');
    expect(reading.title).toBe('News & Views');
    expect(outline(reading)).toEqual([
      'Arts & Letters/Tom & Jerry Fan Club <https://fanclub.example/rss?cat=1&sort=new>',
      'Arts & Letters/Rock & Roll Archive <https://rockroll.example/feed?x=1&y=2>',
      'Arts & Letters/Mixed & matched & more <https://mixed.example/feed.php?id=7&lang=fr&page=1>',
    ]);
    expect(feedAt(reading, 'https://fanclub.example/rss?cat=1&sort=new').siteUrl).toBe('https://fanclub.example/?a=1&b=2');
  });

  it('keeps quotes left unescaped inside values, and HTML written raw into a description', () => {
    const reading = readFixture('unescaped-quotes.opml');
    expect(outline(reading)).toEqual([
      'Press/The "Daily" Planet <https://dailyplanet.example/rss>',
      'Press/Газета "Вечерний звон". Главное <https://vecherniy-zvon.example/rss/main.xml>',
      'Press/Harbour Notes <https://harbour.example/feed/>',
      'Press/Plain Quotes <https://plainquotes.example/feed>',
    ]);
    expect(reading.skipped).toEqual([]);
  });

  it('reads HTML entities (&nbsp;, &eacute;, &rsquo;) and numeric references', () => {
    const reading = readFixture('html-entities.opml');
    expect(reading.title).toBe('Café Society — subscriptions');
    expect(folderPaths(reading)).toEqual(['Résumés']);
    expect(outline(reading)).toEqual([
      'Résumés/L’Écho du Matin <https://echodumatin.example/rss>',
      'Résumés/Café & Crème <https://cafe-creme.example/feed?copy=1&reg=2>',
      'Résumés/© Numbers – “Daily” <https://numbers.example/feed>',
    ]);
  });

  it('decodes a file declared ISO-8859-1 from its bytes', () => {
    const reading = readFixture('latin1.opml');
    expect(reading.title).toBe('Abonnements de Hélène');
    expect(outline(reading)).toEqual([
      'Actualités/Le Café du Coin <https://cafeducoin.example/rss.xml>',
      'Actualités/Économie & Société <https://economie-societe.example/feed>',
      'Ñandú Señales <https://nandu.example/rss>',
    ]);
    expect(feedAt(reading, 'https://nandu.example/rss').language).toBe('es');
  });

  it('reads a file that says UTF-8 but was saved in Windows-1252, and a UTF-16 one with its byte order mark', () => {
    const text = opml('<outline type="rss" text="Caf\u00e9 \u2014 Cr\u00e8me" xmlUrl="https://cafe.example/rss"/>');
    const windows1252 = Uint8Array.from([...text].map((char) => (char === '\u2014' ? 0x97 : char.charCodeAt(0))));
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from([...text].map((char) => char.charCodeAt(0))).buffer)]);
    for (const bytes of [windows1252, utf16]) {
      const reading = readOpmlBytes(bytes);
      expect(reading.kind === 'opml' && reading.feeds[0]?.title).toBe('Café — Crème');
    }
  });

  it('repairs a missing </opml>, unclosed folders, a byte order mark and a head that never closes', () => {
    const cut = '\uFEFF<opml version="1.0"><head><title>Cut</title><body><outline text="News"><outline type="rss" text="A" xmlUrl="https://a.example/rss"/>\n';
    const reading = readOpml(cut);
    expect(reading).toMatchObject({ kind: 'opml', title: 'Cut', folders: [{ path: ['News'] }], feeds: [{ url: 'https://a.example/rss', folder: ['News'] }] });
  });

  it('takes unquoted values, a tag running into the next, and a missing space between attributes', () => {
    const reading = readOpml(
      opml(
        [
          '<outline type=rss text=Unquoted xmlUrl=https://unquoted.example/rss/>',
          '<outline type="rss" text="Open" xmlUrl="https://open.example/rss"',
          '<outline type="rss" text="Squeezed"xmlUrl="https://squeezed.example/rss"/>',
        ].join('\n'),
      ),
    );
    expect(reading.kind === 'opml' && reading.feeds.map((feed) => `${feed.title} ${feed.url}`)).toEqual([
      'Unquoted https://unquoted.example/rss',
      'Open https://open.example/rss',
      'Squeezed https://squeezed.example/rss',
    ]);
  });

  it('ignores outlines in the head, comments and CDATA that look like outlines, and keeps reading after an early </body>', () => {
    const text = [
      '<opml version="1.0"><head><title><![CDATA[Mine & <yours>]]></title><outline type="rss" text="In head" xmlUrl="https://head.example/rss"/></head>',
      '<body><!-- <outline type="rss" text="Commented" xmlUrl="https://comment.example/rss"/> --></body>',
      '<outline type="rss" text="After body" xmlUrl="https://after.example/rss"/>',
      '</opml>',
    ].join('\n');
    const reading = readOpml(text);
    expect(reading).toMatchObject({ kind: 'opml', title: 'Mine & <yours>' });
    expect(reading.kind === 'opml' && reading.feeds.map((feed) => feed.url)).toEqual(['https://after.example/rss']);
  });
});

describe('files that cannot be imported', () => {
  it('refuses a file cut off in the middle of an outline, naming the line, and imports none of it', () => {
    expect(readOpmlBytes(fixtureBytes('truncated.opml'))).toEqual({
      kind: 'failed',
      error: 'The OPML file is damaged at line 10: the value of xmlUrl in <outline> is never closed; it may have been cut short',
    });
    expect(readOpml(opml('<outline type="rss" text="A" xmlUrl="https://a.example/rss"/>\n<outline type="rss"').replace(/\n<\/body><\/opml>$/, ''))).toEqual({
      kind: 'failed',
      error: 'The OPML file is damaged at line 4: the file ends in the middle of <outline>; it may have been cut short',
    });
    expect(readOpml('<opml><body><!-- a comment that never ends')).toMatchObject({ error: 'The OPML file is damaged at line 1: a comment is never closed; it may have been cut short' });
  });

  it('tells a feed, a web page, JSON, an empty file and other XML from OPML', () => {
    expect(readOpmlBytes(fixtureBytes('not-opml.xml'))).toEqual({ kind: 'failed', error: 'Not an OPML file: the file is a feed (<rss>), not a list of feeds' });
    expect(readOpml('<!DOCTYPE html><html><body><outline/></body></html>')).toEqual({ kind: 'failed', error: 'Not an OPML file: the file is a web page' });
    expect(readOpml('{"feeds": []}')).toEqual({ kind: 'failed', error: 'Not an OPML file: the file holds JSON' });
    expect(readOpml(' \n ')).toEqual({ kind: 'failed', error: 'Not an OPML file: the file is empty' });
    expect(readOpml('hello')).toEqual({ kind: 'failed', error: 'Not an OPML file: the file does not begin with markup' });
    expect(readOpml('<?xml version="1.0"?><!-- only a comment -->')).toEqual({ kind: 'failed', error: 'Not an OPML file: the file holds no elements' });
    expect(readOpml('<subscriptions><outline xmlUrl="https://a.example/"/></subscriptions>')).toEqual({
      kind: 'failed',
      error: 'Not an OPML file: the file’s root element is <subscriptions>, not <opml>',
    });
    expect(readOpml('\u0000\u0001PNG')).toMatchObject({ error: 'Not an OPML file: the file is not text' });
  });

  it('reads an empty body as a file with nothing in it', () => {
    const reading = readFixture('empty-body.opml');
    expect(reading).toEqual({ kind: 'opml', title: 'Nothing yet', feeds: [], folders: [], skipped: [], duplicates: 0 });
    expect(summariseOpmlReading(reading)).toBe('No feeds in this file.');
  });
});
