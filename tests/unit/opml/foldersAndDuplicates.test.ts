import { describe, expect, it } from 'vitest';
import { readOpml } from '../../../shared/opml/readOpml';
import { folderKey } from '../../../shared/opml/opmlTypes';
import { summariseOpmlReading } from '../../../shared/opml/summariseOpmlReading';
import { feedAt, folderPaths, outline, readFixture } from './opmlFixtures';

describe('folders', () => {
  it('keeps every level of nesting, merges folders of the same name, keeps an empty one, and passes over a note', () => {
    const reading = readFixture('nested-3-levels.opml');
    expect(folderPaths(reading)).toEqual(['World', 'World/Europe', 'World/Europe/France', 'World/Europe/Portugal', 'World/Asia', 'World/Asia/Vietnam']);
    expect(outline(reading)).toEqual([
      'World/Globe Wire <https://globewire.example/rss>',
      'World/Europe/Continental Post <https://continentalpost.example/rss>',
      'World/Europe/France/Le Courrier de Lyon <https://courrierdelyon.example/rss>',
      'World/Europe/France/Bretagne Hebdo <https://bretagnehebdo.example/rss>',
      'World/Asia/Vietnam/Hà Nội Ngày Nay <https://hanoingaynay.example/rss>',
      'World/Europe/Baltic Brief <https://balticbrief.example/rss>',
      'Top Level <https://toplevel.example/rss>',
    ]);
    expect(feedAt(reading, 'https://courrierdelyon.example/rss').language).toBe('fr');
    expect(reading.skipped).toEqual([]);
  });

  it('lists parents before their children, so an import can create each folder under one already made', () => {
    const reading = readFixture('nested-3-levels.opml');
    const made = new Set<string>([folderKey([])]);
    for (const { path } of reading.folders) {
      expect(made.has(folderKey(path.slice(0, -1)))).toBe(true);
      made.add(folderKey(path));
    }
    for (const feed of reading.feeds) expect(made.has(folderKey(feed.folder))).toBe(true);
  });

  it('lets a nameless grouping outline hand its feeds to the folder around it', () => {
    const reading = readOpml('<opml><body><outline text="Outer"><outline><outline type="rss" text="A" xmlUrl="https://a.example/"/></outline></outline></body></opml>');
    expect(reading).toMatchObject({ kind: 'opml', folders: [{ path: ['Outer'] }], feeds: [{ folder: ['Outer'] }] });
  });

  it('names a folder by its text before its title, as newsboat and the OPML spec do', () => {
    const reading = readOpml('<opml><body><outline text="Blogs" title="ignored"><outline type="rss" title="A" xmlUrl="https://a.example/"/></outline></body></opml>');
    expect(reading).toMatchObject({ kind: 'opml', folders: [{ path: ['Blogs'] }] });
  });

  it('does not make folders of an outline document’s headings', () => {
    const reading = readOpml('<opml><body><outline text="Chapter"><outline text="Section"><outline text="A line"/></outline></outline></body></opml>');
    expect(reading).toMatchObject({ kind: 'opml', folders: [], feeds: [], skipped: [] });
  });
});

describe('duplicates and broken entries', () => {
  const reading = readFixture('duplicates.opml');

  it('counts as one address the spellings that are one (case of scheme and host, default port, spaces, feed://)', () => {
    expect(outline(reading)).toEqual([
      'Signal Path <https://signalpath.example/feed>',
      'Signal Path, slash <https://signalpath.example/feed/>',
      'Signal Path, other case in path <https://signalpath.example/Feed>',
      'Old Browser Link <http://oldbrowser.example/rss>',
      'Root <https://root.example/>',
    ]);
    expect(reading.duplicates).toBe(5);
  });

  it('reports each broken entry with its line, its name and the reason in plain words', () => {
    expect(reading.skipped).toEqual([
      { line: 15, title: 'No Address', reason: 'no feed address' },
      { line: 16, title: 'Empty Address', reason: 'no feed address' },
      { line: 17, title: 'File Server', reason: '“ftp://files.example/feed.xml” is not a web address' },
      { line: 18, title: 'Script', reason: '“javascript:alert(1)” is not a web address' },
      { line: 19, title: 'Spaced Host', reason: '“http://spaced host.example/feed” is not a valid address' },
      { line: 20, title: 'Schemeless', reason: '“schemeless.example/feed” is not a complete address (it lacks http:// or https://)' },
      { line: 21, title: 'Just a page', reason: 'a link to a web page, not a feed' },
    ]);
  });

  it('says what happened in one sentence, listing a few reasons and counting the rest', () => {
    expect(summariseOpmlReading(reading)).toBe(
      '5 feeds imported, 5 duplicates left out, 7 skipped: “No Address” (line 15): no feed address; “Empty Address” (line 16): no feed address; ' +
        '“File Server” (line 17): “ftp://files.example/feed.xml” is not a web address; and 4 more.',
    );
  });
});
