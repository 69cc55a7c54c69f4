import { describe, expect, it } from 'vitest';
import type { OpmlFeed, OpmlReading, OpmlSkip } from '../../../shared/opml/opmlTypes';
import { summariseOpmlReading } from '../../../shared/opml/summariseOpmlReading';

const feed = (index: number): OpmlFeed => ({
  url: `https://feed${index}.example/rss`,
  title: null,
  siteUrl: null,
  folder: [],
  language: null,
  categories: [],
  settings: { intervalMinutes: null, languageOverride: null, paused: false, renamed: false },
});

const reading = (feeds: number, skipped: OpmlSkip[] = [], duplicates = 0): OpmlReading => ({
  kind: 'opml',
  title: null,
  feeds: Array.from({ length: feeds }, (_, index) => feed(index)),
  folders: [],
  skipped,
  duplicates,
});

describe('the sentence after an import', () => {
  it('counts in the singular and the plural', () => {
    expect(summariseOpmlReading(reading(1))).toBe('1 feed imported.');
    expect(summariseOpmlReading(reading(212))).toBe('212 feeds imported.');
    expect(summariseOpmlReading(reading(2, [{ line: 3, reason: 'no feed address' }], 1))).toBe('2 feeds imported, 1 duplicate left out, 1 skipped: line 3: no feed address.');
  });

  it('lists at most three reasons, then counts the others', () => {
    const skipped: OpmlSkip[] = [
      { line: 4, reason: 'no feed address', title: 'Old blog' },
      { line: null, reason: '“ftp://x.example/” is not a web address' },
      { line: 9, reason: 'a link to a web page, not a feed' },
      { line: 12, reason: 'no feed address' },
      { line: 13, reason: 'no feed address' },
    ];
    expect(summariseOpmlReading(reading(212, skipped))).toBe(
      '212 feeds imported, 5 skipped: “Old blog” (line 4): no feed address; “ftp://x.example/” is not a web address; line 9: a link to a web page, not a feed; and 2 more.',
    );
    expect(summariseOpmlReading(reading(212, skipped), 1)).toBe('212 feeds imported, 5 skipped: “Old blog” (line 4): no feed address; and 4 more.');
  });

  it('says so when nothing could be imported, and passes a failure on as it is', () => {
    expect(summariseOpmlReading(reading(0, [{ line: 2, reason: 'no feed address' }]))).toBe('No feeds imported, 1 skipped: line 2: no feed address.');
    expect(summariseOpmlReading(reading(0, [], 3))).toBe('No feeds imported, 3 duplicates left out.');
    expect(summariseOpmlReading({ kind: 'failed', error: 'Not an OPML file: the file is empty' })).toBe('Not an OPML file: the file is empty');
  });
});
