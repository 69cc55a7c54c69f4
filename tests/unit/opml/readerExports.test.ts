import { describe, expect, it } from 'vitest';
import { summariseOpmlReading } from '../../../shared/opml/summariseOpmlReading';
import { feedAt, folderPaths, outline, readFixture } from './opmlFixtures';

const noSettings = { intervalMinutes: null, languageOverride: null, paused: false, renamed: false };

// Each fixture imitates one reader's export, written for these tests after the shapes those readers write.
describe('reading the exports of other readers', () => {
  it('Feedly: folders as outlines, a feed filed in two folders imported once, in the first', () => {
    const reading = readFixture('feedly.opml');
    expect(reading.title).toBe('Marguerite subscriptions in feedly Cloud');
    expect(folderPaths(reading)).toEqual(['Tech', 'Cuisine', 'Must read']);
    expect(outline(reading)).toEqual([
      'Tech/Circuit Notes <https://circuitnotes.example/feed/>',
      'Tech/The Kernel Letter <https://kernel-letter.example/rss.xml>',
      'Tech/Bytes & Pieces <https://bytes.example/atom.xml?lang=en&full=1>',
      'Cuisine/Le Petit Fournil <https://fournil.example/feed>',
      'Cuisine/Phở Mỗi Ngày <https://phomoingay.example/rss>',
      'Must read/Slow Journal <https://slowjournal.example/feed.xml>',
    ]);
    expect(reading.duplicates).toBe(1);
    expect(reading.skipped).toEqual([]);
    expect(feedAt(reading, 'https://circuitnotes.example/feed/')).toEqual({
      url: 'https://circuitnotes.example/feed/',
      title: 'Circuit Notes',
      siteUrl: 'https://circuitnotes.example/',
      folder: ['Tech'],
      language: null,
      categories: [],
      settings: noSettings,
    });
    expect(summariseOpmlReading(reading)).toBe('6 feeds imported, 1 duplicate left out.');
  });

  it('Inoreader: top-level feeds filed by their /-path categories, plain categories kept as tags', () => {
    const reading = readFixture('inoreader.opml');
    expect(folderPaths(reading)).toEqual(['Nachrichten', 'Science', 'Science/Space', 'Science/Biology']);
    expect(outline(reading)).toEqual([
      'Nachrichten/Tagesblick <https://tagesblick.example/rss/alle.xml>',
      'Nachrichten/Rundschau Süd <https://rundschau-sued.example/feeds/top>',
      'Science/Space/Orbit Weekly <https://orbitweekly.example/feed>',
      'Science/Biology/Tiefsee <https://tiefsee.example/atom>',
      'Podcast Radar <https://podcastradar.example/rss>',
    ]);
    expect(feedAt(reading, 'https://orbitweekly.example/feed').categories).toEqual(['/Science/Space', 'astronomy']);
    expect(feedAt(reading, 'https://podcastradar.example/rss').categories).toEqual(['audio']);
  });

  it('NetNewsWire: a comment before the root, top-level feeds and folders mixed, a feed with no name', () => {
    const reading = readFixture('netnewswire.opml');
    expect(reading.title).toBe('Subscriptions-OnMyMac.opml');
    expect(folderPaths(reading)).toEqual(['Apple', 'Friends']);
    expect(outline(reading)).toEqual([
      'Quiet Corner <https://quietcorner.example/feed.json>',
      'Ramen & Rust <https://ramenrust.example/atom.xml>',
      'Apple/Six Colors Of Tea <https://sixcolorsoftea.example/feed/>',
      'Apple/Swift Sprouts <https://swiftsprouts.example/news.rss>',
      'Friends/(none) <https://mira.example/feed>',
    ]);
    expect(feedAt(reading, 'https://swiftsprouts.example/news.rss').siteUrl).toBeNull();
    expect(feedAt(reading, 'https://mira.example/feed').siteUrl).toBe('https://mira.example/');
  });

  it('Fluent Reader: everything on one line, Japanese and Vietnamese names, escaped quotes', () => {
    const reading = readFixture('fluent-reader.opml');
    expect(reading.title).toBe('Fluent Reader Export');
    expect(folderPaths(reading)).toEqual(['日本語', 'Tiếng Việt']);
    expect(outline(reading)).toEqual([
      '日本語/東京テック <https://tokyotech.example/rss>',
      '日本語/さくら日記 <https://sakura-nikki.example/feed>',
      'Tiếng Việt/Tin Nhanh Sài Gòn <https://tinnhanhsaigon.example/rss/home.rss>',
      'Lab & Field <https://labandfield.example/feed.xml>',
      'Weekly "Digest" <https://weeklydigest.example/rss>',
    ]);
    expect(reading.skipped).toEqual([]);
  });

  it('FreshRSS: text-only outlines, its own namespace ignored, an empty category kept, a scraped page skipped', () => {
    const reading = readFixture('freshrss.opml');
    expect(folderPaths(reading)).toEqual(['Uncategorized', 'Linux', 'Later']);
    expect(outline(reading)).toEqual([
      'Uncategorized/FreshRSS releases <https://releases.freshrss.example/releases.atom>',
      'Linux/Weekly Penguin <https://weeklypenguin.example/headlines/rss>',
      'Linux/Distro Watchtower <https://distrowatchtower.example/news/dw.xml>',
    ]);
    expect(reading.skipped).toEqual([{ line: 14, reason: 'a web page FreshRSS reads by scraping, not a feed', title: 'Forum front page' }]);
    expect(feedAt(reading, 'https://weeklypenguin.example/headlines/rss').settings).toEqual(noSettings);
  });

  it('newsboat: flat, names in `text` only, tags in categories, its query and command feeds skipped', () => {
    const reading = readFixture('newsboat.opml');
    expect(reading.folders).toEqual([]);
    expect(outline(reading)).toEqual([
      'Planet Example <https://planet.example.org/rss20.xml>',
      'Terminal Tips <https://terminal-tips.example/feed.atom>',
      '(none) <https://mailing-list.example/archive.rss>',
      'Quiet blog <https://quiet-blog.example/index.xml>',
    ]);
    // `tag/two` has no leading slash: newsboat's tags are not folders.
    expect(feedAt(reading, 'https://quiet-blog.example/index.xml')).toMatchObject({ folder: [], categories: ['tag one', 'tag/two'] });
    expect(reading.skipped).toEqual([
      { line: 10, reason: '“query:Unread Articles:unread = "yes"” is not a web address', title: 'Unread Articles' },
      { line: 11, reason: '“exec:~/bin/weather-feed.sh” is not a web address', title: 'Local weather' },
    ]);
  });

  it('Thunderbird: its fz: attributes with JSON inside them, folders named by title and text', () => {
    const reading = readFixture('thunderbird.opml');
    expect(reading.title).toBe('Thunderbird OPML Export - Blogs & News Feeds');
    expect(folderPaths(reading)).toEqual(['Open Source', 'Nyheter']);
    expect(outline(reading)).toEqual([
      'Open Source/Gecko Gazette <https://geckogazette.example/feed/>',
      'Open Source/Mail Matters <https://mailmatters.example/index.rss>',
      'Nyheter/Fjordposten – Siste nytt <https://fjordposten.example/rss/siste>',
    ]);
  });

  it('RSS Guard: a namespace declared on every outline, kilobytes of icon, names with spaces around them', () => {
    const reading = readFixture('rss-guard.opml');
    expect(folderPaths(reading)).toEqual(['Science', 'Science/Physics', 'Español']);
    expect(outline(reading)).toEqual([
      'Science/Cell Stories <https://cellstories.example/feed/rss>',
      'Science/Deep Field <https://deepfield.example/atom.xml>',
      'Science/Physics/Quanta & Co <https://quantaco.example/feed>',
      'Español/Crónica del Sur <https://cronicadelsur.example/rss/portada.xml>',
      'Open Data Diary <https://opendatadiary.example/feed.json>',
    ]);
  });
});
