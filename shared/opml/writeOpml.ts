import { normaliseLanguageTag } from '../lang/tags';
import { boundedIntervalMinutes } from '../model/pollSettings';
import { withoutCredentials } from './feedAddress';
import { opmlTree, type OpmlTreeNode } from './opmlTree';
import { tidingsOpmlNamespace, type OpmlExport, type OpmlExportFeed } from './opmlTypes';
import { cleanName, escapeAttribute, escapeText } from './xmlText';

/** A folder whose name cleans to nothing would vanish on import, its feeds moving up a level. */
export const untitledFolderName = 'Untitled folder';

/**
 * OPML 2.0 that other readers import and `readOpml` reads back to the same folders, feeds and settings: folders
 * nested, top-level feeds first and then each folder with its feeds before its subfolders; names cleaned as the
 * reader cleans them; Tidings' per-feed settings in its own namespace. No user names or passwords leave in addresses.
 */
export function writeOpml(document: OpmlExport): string {
  const folderPath = (path: readonly string[]): string[] => path.map((name) => cleanName(name) || untitledFolderName);
  const tree = opmlTree(
    document.folders.map((folder) => ({ path: folderPath(folder.path) })),
    document.feeds.map((feed) => ({ ...feed, folder: folderPath(feed.folder) })),
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<opml version="2.0" xmlns:tidings="${tidingsOpmlNamespace}">`,
    '  <head>',
    `    <title>${escapeText(cleanName(document.title) || 'Tidings subscriptions')}</title>`,
    ...(Number.isNaN(document.dateCreated.getTime()) ? [] : [`    <dateCreated>${document.dateCreated.toUTCString()}</dateCreated>`]),
    '    <docs>https://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
  ];
  writeFolderContents(tree, '    ', lines);
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

function writeFolderContents(node: OpmlTreeNode<OpmlExportFeed>, indent: string, lines: string[]): void {
  for (const feed of node.feeds) lines.push(`${indent}<outline ${feedAttributes(feed)}/>`);
  for (const folder of node.folders) {
    const name = escapeAttribute(folder.name);
    const open = `${indent}<outline text="${name}" title="${name}">`;
    // An empty folder is written open and closed, which is how readOpml tells it from a line of text.
    if (folder.feeds.length === 0 && folder.folders.length === 0) {
      lines.push(`${open}</outline>`);
      continue;
    }
    lines.push(open);
    writeFolderContents(folder, `${indent}  `, lines);
    lines.push(`${indent}</outline>`);
  }
}

function feedAttributes(feed: OpmlExportFeed): string {
  const url = withoutCredentials(feed.url);
  const title = cleanName(feed.title);
  const attributes: Array<[string, string]> = [['type', 'rss']];
  // Readers show `text`; without a title, the address is the most useful thing to show, and it reads back as no title.
  attributes.push(['text', title || url]);
  if (title) attributes.push(['title', title]);
  attributes.push(['xmlUrl', url]);
  if (feed.siteUrl) attributes.push(['htmlUrl', withoutCredentials(feed.siteUrl)]);
  const language = normaliseLanguageTag(feed.language);
  if (language) attributes.push(['language', language]);
  const categories = (feed.categories ?? []).flatMap((category) => category.split(',')).map((category) => cleanName(category)).filter(Boolean);
  if (categories.length > 0) attributes.push(['category', categories.join(',')]);
  const interval = boundedIntervalMinutes(feed.settings?.intervalMinutes);
  if (interval !== null) attributes.push(['tidings:interval', String(interval)]);
  const languageOverride = normaliseLanguageTag(feed.settings?.languageOverride);
  if (languageOverride) attributes.push(['tidings:language', languageOverride]);
  if (feed.settings?.paused) attributes.push(['tidings:paused', 'true']);
  if (feed.settings?.renamed) attributes.push(['tidings:renamed', 'true']);
  return attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
}
