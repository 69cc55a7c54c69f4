// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readOpml } from '../../../shared/opml/readOpml';
import { writeOpml } from '../../../shared/opml/writeOpml';
import { defaultOpmlFeedSettings, folderKey, type OpmlExport, type OpmlExportFeed, type OpmlFeed } from '../../../shared/opml/opmlTypes';
import { expectWellFormed } from './wellFormed';

/** A small seeded generator (mulberry32), so that a failing case can be run again from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  'News', 'Le Monde', 'Tin tức', '新闻', 'أخبار', 'Ελληνικά', '😀', '👩🏽‍💻', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028',
  '<', '>', '&', '&amp;', '&nbsp;', '&#0;', '&#x41;', '"', "'", '""', ']]>', '<![CDATA[', '<!--', '-->', '<?xml', '?>', '/>',
  '</outline>', '<outline text="x" xmlUrl="https://evil.example/">', 'xmlUrl="https://evil.example/"', '/', ',', '=', ':',
  '\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\u007f', '\u0085', '\u009f', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF',
  '\u200f', '\u202e', '\ufeff', 'tidings:interval="5"', '%20', '\\',
];

function hostileText(next: () => number): string {
  const length = Math.floor(next() * 7);
  return Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)] ?? '').join(next() < 0.5 ? '' : ' ');
}

const pick = <T,>(next: () => number, values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;

function generatedExport(seed: number): OpmlExport {
  const next = random(seed);
  const folders: string[][] = [];
  for (let index = Math.floor(next() * 8); index > 0; index -= 1) {
    const parent = folders.length > 0 && next() < 0.5 ? pick(next, folders) : [];
    if (parent.length < 3) folders.push([...parent, hostileText(next)]);
  }
  const feeds: OpmlExportFeed[] = Array.from({ length: Math.floor(next() * 25) }, (_, index) => ({
    // Addresses as the store keeps them: through the URL parser, which encodes what it must and leaves `&` and `'` be.
    url: new URL(`https://feed-${seed}-${index}.example/${hostileText(next)}?a=1&b=${index}&c=${hostileText(next)}`).href,
    title: next() < 0.1 ? null : hostileText(next),
    folder: folders.length > 0 && next() < 0.8 ? pick(next, folders) : [],
    siteUrl: next() < 0.5 ? `https://site-${index}.example/` : null,
    language: pick(next, [null, 'fr', 'vi', 'zh', 'ar', 'en']),
    categories: next() < 0.3 ? [hostileText(next), hostileText(next)] : [],
    settings: {
      intervalMinutes: pick(next, [null, 15, 30, 60, 1440]),
      languageOverride: pick(next, [null, 'fr', 'pt', 'ja']),
      paused: next() < 0.2,
    },
  }));
  return { title: next() < 0.2 ? null : hostileText(next), dateCreated: new Date(seed * 1000), folders: folders.map((path) => ({ path })), feeds };
}

// The cleaning a name undergoes, written again here from its definition rather than imported: XML cannot carry
// controls or broken surrogates, and a name is one line with single spaces.
function cleaned(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff) out += ' ';
    else out += char;
  }
  return out.split(/\s+/).filter(Boolean).join(' ');
}

const folderName = (name: string): string => cleaned(name) || 'Untitled folder';

/** What reading the export must give back: the same feeds, each in its folder, in the order given within each folder. */
function expectedFeeds(exported: OpmlExport): Map<string, Omit<OpmlFeed, 'url'>> {
  return new Map(
    exported.feeds.map((feed) => [
      feed.url,
      {
        title: cleaned(feed.title ?? '') || null,
        siteUrl: feed.siteUrl ?? null,
        folder: feed.folder.map(folderName),
        language: feed.language ?? null,
        categories: (feed.categories ?? []).flatMap((category) => category.split(',')).map(cleaned).filter(Boolean),
        settings: { ...defaultOpmlFeedSettings, ...feed.settings },
      },
    ]),
  );
}

function expectedFolders(exported: OpmlExport): string[] {
  const keys = new Set<string>();
  for (const path of [...exported.folders.map((folder) => folder.path), ...exported.feeds.map((feed) => feed.folder)]) {
    const names = path.map(folderName);
    for (let depth = 1; depth <= names.length; depth += 1) keys.add(folderKey(names.slice(0, depth)));
  }
  return [...keys].sort();
}

const urlsByFolder = (feeds: ReadonlyArray<{ url: string; folder: readonly string[] }>, nameOf: (name: string) => string): Map<string, string[]> => {
  const groups = new Map<string, string[]>();
  for (const feed of feeds) {
    const key = folderKey(feed.folder.map(nameOf));
    groups.set(key, [...(groups.get(key) ?? []), feed.url]);
  }
  return groups;
};

describe('an export read back', () => {
  it('gives back its folders, names, addresses and settings, for hostile names of every kind', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const exported = generatedExport(seed);
      const text = writeOpml(exported);
      expectWellFormed(text);
      const reading = readOpml(text);
      if (reading.kind !== 'opml') expect.fail(`seed ${seed}: ${reading.error}`);
      const context = `seed ${seed}`;
      expect(reading.title, context).toBe(cleaned(exported.title ?? '') || 'Tidings subscriptions');
      expect(reading.skipped, context).toEqual([]);
      expect(reading.duplicates, context).toBe(0);
      expect(reading.folders.map((folder) => folderKey(folder.path)).sort(), context).toEqual(expectedFolders(exported));
      expect(new Map(reading.feeds.map(({ url, ...rest }) => [url, rest])), context).toEqual(expectedFeeds(exported));
      expect(urlsByFolder(reading.feeds, (name) => name), context).toEqual(urlsByFolder(exported.feeds, folderName));
    }
  });

  it('is written the same way again once read back', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const first = writeOpml(generatedExport(seed));
      const reading = readOpml(first);
      if (reading.kind !== 'opml') expect.fail(reading.error);
      expect(writeOpml({ ...reading, dateCreated: new Date(seed * 1000) }), `seed ${seed}`).toBe(first);
    }
  });
});
