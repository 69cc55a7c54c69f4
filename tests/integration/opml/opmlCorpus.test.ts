import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOpmlBytes } from '../../../shared/opml/readOpml';

// Real OPML files saved by other projects, beside the repository; absent on machines without ../shared.
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function opmlFilesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => file.endsWith('.opml') && statSync(file).isFile());
}

const files = opmlFilesUnder(join(corpus, 'opml'));
const reason = existsSync(corpus) ? '' : `skipped: ${corpus} is absent (the shared feed corpus sits beside the repository on development machines)`;

/** What the corpus's notes say of its files: these are subscription lists, so an import must find feeds in each. */
const subscriptionLists = (file: string): boolean => /awesome-rss-feeds|rssguard|subscriptionList/.test(file);

describe.skipIf(files.length === 0)(`real-world OPML files ${reason}`, () => {
  it('reads every one without throwing, and finds feeds in every subscription list, even those that are not valid XML', () => {
    const counts = { files: files.length, lists: 0, feeds: 0, folders: 0, skipped: 0, duplicates: 0, refused: [] as string[] };
    const empty: string[] = [];
    for (const file of files) {
      const reading = readOpmlBytes(readFileSync(file));
      const name = file.slice(corpus.length);
      if (reading.kind === 'failed') {
        counts.refused.push(`${name}: ${reading.error}`);
        continue;
      }
      counts.feeds += reading.feeds.length;
      counts.folders += reading.folders.length;
      counts.skipped += reading.skipped.length;
      counts.duplicates += reading.duplicates;
      if (!subscriptionLists(file)) continue;
      counts.lists += 1;
      if (reading.feeds.length === 0) empty.push(name);
    }
    console.log(`OPML corpus: ${JSON.stringify(counts, null, 1)}`);
    expect(counts.lists).toBeGreaterThan(50);
    expect(empty).toEqual([]);
    // Only files whose root is not <opml> are refused (a validator's test of a missing root, an outline document).
    expect(counts.refused.every((line) => line.includes('Not an OPML file: the file’s root element is'))).toBe(true);
  });

  it('finds in the RSS Guard export the 22 feeds in 6 folders the corpus notes count', () => {
    const reading = readOpmlBytes(readFileSync(join(corpus, 'opml/rssguard/feeds-en_US.opml')));
    expect(reading).toMatchObject({ kind: 'opml', skipped: [], duplicates: 0 });
    expect(reading.kind === 'opml' && [reading.feeds.length, reading.folders.length]).toEqual([22, 6]);
  });
});
