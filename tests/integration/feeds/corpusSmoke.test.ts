import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';

// Real feeds saved by other projects, beside the repository; absent on machines without ../shared.
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const folders = ['netnewswire', 'rss-parser/input', 'feedsmith', 'jsonfeed-spec', 'feed-extractor/test-data', 'newsboat/test/data'];
const feedFile = /\.(xml|rss|atom|rdf|json|feed)$/i;

function filesUnder(folder: string): string[] {
  const path = join(corpus, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => feedFile.test(file) && statSync(file).isFile() && !/derived-facts|package|tsconfig|\/output\/|\/opml\/|references\/.*\.json$/.test(file));
}

const files = folders.flatMap(filesUnder);
const reason = existsSync(corpus) ? '' : `skipped: ${corpus} is absent (the shared feed corpus sits beside the repository on development machines)`;

describe.skipIf(files.length === 0)(`real-world feeds ${reason}`, () => {
  it('reads every corpus file without throwing, and finds articles in most', async () => {
    const unreadable: string[] = [];
    let withArticles = 0;
    for (const file of files) {
      const reading = await readFeedDocument({ body: readFileSync(file), contentType: null, url: 'https://corpus.example/feed', fetchedAt: Date.now(), sanitise: true });
      if (reading.kind === 'feed' && reading.feed.articles.length > 0) withArticles += 1;
      else if (reading.kind === 'unreadable') unreadable.push(`${file.slice(corpus.length)}: ${reading.error}`);
    }
    expect(files.length).toBeGreaterThan(50);
    // A few corpus files are deliberately not feeds (an HTML "moved" page, a cut-off JSON Feed, an empty file).
    expect(withArticles / files.length).toBeGreaterThan(0.85);
    expect(unreadable.length, unreadable.join('\n')).toBeLessThanOrEqual(5);
  }, 120_000);
});
