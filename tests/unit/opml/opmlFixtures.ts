import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { readOpmlBytes } from '../../../shared/opml/readOpml';
import type { OpmlFeed, OpmlReading } from '../../../shared/opml/opmlTypes';

export type Opml = Extract<OpmlReading, { kind: 'opml' }>;

export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/opml/${name}`, import.meta.url));
}

/** The fixture read as the app reads a file the reader picked: from its bytes. */
export function readFixture(name: string): Opml {
  const reading = readOpmlBytes(fixtureBytes(name));
  if (reading.kind !== 'opml') expect.fail(`${name}: ${reading.error}`);
  return reading;
}

/** `Folder/Sub: Title <url>`, one line per feed: what a reader checks by eye after an import. */
export function outline(reading: Opml): string[] {
  return reading.feeds.map((feed) => `${[...feed.folder, ''].join('/')}${feed.title ?? '(none)'} <${feed.url}>`);
}

export function feedAt(reading: Opml, url: string): OpmlFeed {
  const feed = reading.feeds.find((candidate) => candidate.url === url);
  if (!feed) expect.fail(`no feed ${url}`);
  return feed;
}

export const folderPaths = (reading: Opml): string[] => reading.folders.map((folder) => folder.path.join('/'));
