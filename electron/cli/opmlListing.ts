import { describeInterval } from '../../shared/model/pollSettings';
import { opmlTree, type OpmlTreeNode } from '../../shared/opml/opmlTree';
import type { OpmlFeed, OpmlReading } from '../../shared/opml/opmlTypes';
import { describeSkip, summariseOpmlReading } from '../../shared/opml/summariseOpmlReading';

type Opml = Extract<OpmlReading, { kind: 'opml' }>;

/** What an import of the file would bring, as the inspector prints it: the folders and feeds, the skips, the sentence. */
export function opmlListing(reading: Opml): string {
  const lines = [`${reading.title ?? 'Untitled OPML file'} — ${count(reading.feeds.length, 'feed')} in ${count(reading.folders.length, 'folder')}`];
  listFolder(opmlTree(reading.folders, reading.feeds), '', lines);
  for (const skip of reading.skipped) lines.push(`! ${describeSkip(skip)}`);
  lines.push(summariseOpmlReading(reading));
  return lines.join('\n');
}

function listFolder(node: OpmlTreeNode<OpmlFeed>, indent: string, lines: string[]): void {
  for (const feed of node.feeds) lines.push(`${indent}• ${feedLine(feed)}`);
  for (const folder of node.folders) {
    lines.push(`${indent}${folder.name}/`);
    listFolder(folder, `${indent}  `, lines);
  }
}

function feedLine(feed: OpmlFeed): string {
  const facts = [
    feed.language,
    feed.settings.intervalMinutes === null ? null : `every ${describeInterval(feed.settings.intervalMinutes)}`,
    feed.settings.languageOverride ? `read as ${feed.settings.languageOverride}` : null,
    feed.settings.paused ? 'paused' : null,
  ].filter(Boolean);
  return `${feed.title ?? '(no title)'} — ${feed.url}${facts.length > 0 ? `  (${facts.join(', ')})` : ''}`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
