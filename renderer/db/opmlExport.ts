import type { OpmlExportFeed } from '../../shared/opml/opmlTypes';
import { writeOpml } from '../../shared/opml/writeOpml';
import type { TidingsDb } from './database';
import { feedName } from './feeds';
import { sortSiblings } from './folders';
import type { FeedRecord, FolderRecord } from './records';

/**
 * Every followed feed as OPML, in its folder and in the order the sources pane shows, with the name shown, its site,
 * its language and the reader's settings for it; empty folders too, so that nothing the reader arranged is lost.
 * `writeOpml` leaves user names and passwords out of every address.
 */
export async function exportOpml(db: TidingsDb, now: number): Promise<string> {
  const [feeds, folders] = await db.transaction('r', db.feeds, db.folders, () =>
    Promise.all([db.feeds.filter((feed) => feed.unsubscribedAt === null).toArray(), db.folders.toArray()]),
  );
  const paths = folderPaths(folders);
  return writeOpml({
    title: null,
    dateCreated: new Date(now),
    folders: foldersInShownOrder(folders).flatMap((folder) => {
      const path = paths.get(folder.id);
      return path ? [{ path }] : [];
    }),
    // Sorted all together, each folder's feeds keep their shown order when writeOpml groups them by folder.
    feeds: sortSiblings(feeds).map((feed) => exportedFeed(feed, (feed.folderId === null ? undefined : paths.get(feed.folderId)) ?? [])),
  });
}

function exportedFeed(feed: FeedRecord, folder: string[]): OpmlExportFeed {
  return {
    url: feed.url,
    title: feedName(feed),
    folder,
    siteUrl: feed.siteUrl,
    language: feed.language,
    settings: { intervalMinutes: feed.pollIntervalMinutes, languageOverride: feed.languageOverride, paused: feed.paused === 1, renamed: feed.customTitle !== null },
  };
}

/**
 * Each folder's path of names, outermost first. A folder whose parent is missing is put at the top level, and one in
 * a cycle of parents (which moving folders cannot make, but a damaged store might hold) is left out.
 */
function folderPaths(folders: readonly FolderRecord[]): Map<string, string[]> {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const paths = new Map<string, string[]>();
  for (const folder of folders) {
    const names: string[] = [];
    const seen = new Set<string>();
    let current: FolderRecord | undefined = folder;
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      names.unshift(current.name);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    if (!current) paths.set(folder.id, names);
  }
  return paths;
}

/** Parents before their children, siblings by their place: the order the sources pane shows them in. */
function foldersInShownOrder(folders: readonly FolderRecord[]): FolderRecord[] {
  const known = new Set(folders.map((folder) => folder.id));
  const children = new Map<string | null, FolderRecord[]>();
  for (const folder of folders) {
    const parent = folder.parentId !== null && known.has(folder.parentId) ? folder.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), folder]);
  }
  const ordered: FolderRecord[] = [];
  const visit = (parentId: string | null, seen: Set<string>): void => {
    for (const folder of [...(children.get(parentId) ?? [])].sort((a, b) => a.position - b.position)) {
      if (seen.has(folder.id)) continue;
      seen.add(folder.id);
      ordered.push(folder);
      visit(folder.id, seen);
    }
  };
  visit(null, new Set());
  return ordered;
}
