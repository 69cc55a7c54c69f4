// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readOpml } from '../../../shared/opml/readOpml';
import { writeOpml } from '../../../shared/opml/writeOpml';
import type { OpmlExport } from '../../../shared/opml/opmlTypes';
import { expectWellFormed } from './wellFormed';

const dateCreated = new Date(Date.UTC(2024, 2, 1, 9, 30));

describe('writing OPML', () => {
  it('writes OPML 2.0 with nested folders, both names, the site, the language and Tidings’ settings in its namespace', () => {
    const text = writeOpml({
      title: 'Tidings subscriptions',
      dateCreated,
      folders: [{ path: ['News'] }, { path: ['News', 'Français'] }, { path: ['Later'] }],
      feeds: [
        { url: 'https://top.example/rss', title: 'Top', folder: [] },
        {
          url: 'https://quotidien.example/feed',
          title: 'Le Quotidien',
          folder: ['News', 'Français'],
          siteUrl: 'https://quotidien.example/',
          language: 'fr-FR',
          categories: ['presse', '/News/Français'],
          settings: { intervalMinutes: 60, languageOverride: 'fr', paused: true },
        },
      ],
    });
    expect(text).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0" xmlns:tidings="https://tidings.app/opml">',
        '  <head>',
        '    <title>Tidings subscriptions</title>',
        '    <dateCreated>Fri, 01 Mar 2024 09:30:00 GMT</dateCreated>',
        '    <docs>https://opml.org/spec2.opml</docs>',
        '  </head>',
        '  <body>',
        '    <outline type="rss" text="Top" title="Top" xmlUrl="https://top.example/rss"/>',
        '    <outline text="News" title="News">',
        '      <outline text="Français" title="Français">',
        '        <outline type="rss" text="Le Quotidien" title="Le Quotidien" xmlUrl="https://quotidien.example/feed" htmlUrl="https://quotidien.example/" language="fr"' +
          ' category="presse,/News/Français" tidings:interval="60" tidings:language="fr" tidings:paused="true"/>',
        '      </outline>',
        '    </outline>',
        '    <outline text="Later" title="Later"></outline>',
        '  </body>',
        '</opml>',
        '',
      ].join('\n'),
    );
    const document = expectWellFormed(text);
    expect(document.documentElement.getAttributeNS('http://www.w3.org/2000/xmlns/', 'tidings')).toBe('https://tidings.app/opml');
  });

  it('never writes a user name or password that an address carried', () => {
    const text = writeOpml({
      title: null,
      dateCreated,
      folders: [],
      feeds: [{ url: 'https://reader:s3cret@private.example/feed?token=public-part', title: 'Private', folder: [], siteUrl: 'http://me:pw@private.example/' }],
    });
    expect(text).not.toMatch(/s3cret|reader:|me:pw/);
    expect(text).toContain('xmlUrl="https://private.example/feed?token=public-part" htmlUrl="http://private.example/"');
  });

  it('stays well-formed whatever the names hold, and keeps them readable', () => {
    const hostile = 'A <b> & "c" \'d\' ]]> <!-- e --> <![CDATA[ f ]]> \u0000\u0007\u001b\u007f\u0085 \uD800 g \uDFFF \uFFFE\uFFFF 😀';
    const document: OpmlExport = { title: hostile, dateCreated, folders: [{ path: [hostile] }], feeds: [{ url: 'https://h.example/', title: hostile, folder: [hostile], categories: [hostile] }] };
    const text = writeOpml(document);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const parsed = expectWellFormed(text);
    const clean = 'A <b> & "c" \'d\' ]]> <!-- e --> <![CDATA[ f ]]> \uFFFD g \uFFFD 😀';
    expect(parsed.getElementsByTagName('title')[0]?.textContent).toBe(clean);
    expect(readOpml(text)).toMatchObject({ kind: 'opml', title: clean, folders: [{ path: [clean] }], feeds: [{ title: clean, folder: [clean] }] });
  });

  it('writes a feed without a name under its address, which reads back as no name', () => {
    const text = writeOpml({ title: null, dateCreated, folders: [], feeds: [{ url: 'https://nameless.example/rss', title: '  ', folder: [] }] });
    expect(text).toContain('<outline type="rss" text="https://nameless.example/rss" xmlUrl="https://nameless.example/rss"/>');
    expect(readOpml(text)).toMatchObject({ kind: 'opml', title: 'Tidings subscriptions', feeds: [{ title: null }] });
  });

  it('names a folder whose name is blank, so that its feeds stay together', () => {
    const text = writeOpml({ title: null, dateCreated, folders: [], feeds: [{ url: 'https://a.example/', title: 'A', folder: ['\u0000 '] }] });
    expect(readOpml(text)).toMatchObject({ kind: 'opml', folders: [{ path: ['Untitled folder'] }], feeds: [{ folder: ['Untitled folder'] }] });
  });

  it('leaves out settings that are the defaults or out of bounds', () => {
    const text = writeOpml({
      title: null,
      dateCreated,
      folders: [],
      feeds: [{ url: 'https://a.example/', title: 'A', folder: [], settings: { intervalMinutes: Number.NaN, languageOverride: 'not a tag', paused: false } }],
    });
    expect(text).not.toContain('tidings:interval');
    expect(text).not.toContain('tidings:language');
    expect(text).not.toContain('tidings:paused');
  });
});
