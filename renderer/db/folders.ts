import type { TidingsDb } from './database';
import type { FeedRecord, FolderRecord } from './records';

/**
 * Folders as data: each row names its parent, so nesting, moving and renaming each change one row, and a folder's
 * articles are its feeds' (and its subfolders' feeds') without any article knowing which folder it is in.
 */

/** A new folder, last among its siblings. */
export async function createFolder(db: TidingsDb, name: string, parentId: string | null = null): Promise<FolderRecord> {
  return db.transaction('rw', db.folders, async () => {
    const folder: FolderRecord = { id: crypto.randomUUID(), name: cleanName(name), parentId, position: await nextPosition(db, parentId), collapsed: 0 };
    await db.folders.add(folder);
    return folder;
  });
}

/**
 * The folder at a path of names (outermost first), created where missing: siblings with the same name are one
 * folder, as in an OPML file.
 */
export async function folderAtPath(db: TidingsDb, path: readonly string[]): Promise<string | null> {
  return (await foldersAtPaths(db, [path]))[0] ?? null;
}

/**
 * The folders at many paths, as `folderAtPath` finds each, from one read of the table and one write of those
 * created: an import names dozens of paths, and a query per name would hold its transaction for each.
 */
export async function foldersAtPaths(db: TidingsDb, paths: ReadonlyArray<readonly string[]>): Promise<Array<string | null>> {
  return db.transaction('rw', db.folders, async () => {
    const childrenOf = new Map<string | null, FolderRecord[]>();
    for (const folder of (await db.folders.toArray()).sort((a, b) => a.position - b.position)) {
      const siblings = childrenOf.get(folder.parentId);
      if (siblings) siblings.push(folder);
      else childrenOf.set(folder.parentId, [folder]);
    }
    const created: FolderRecord[] = [];
    const found = paths.map((path) => {
      let parentId: string | null = null;
      for (const name of path) {
        const wanted = cleanName(name);
        const siblings: FolderRecord[] = childrenOf.get(parentId) ?? [];
        let folder: FolderRecord | undefined = siblings.find((sibling) => sibling.name === wanted);
        if (!folder) {
          folder = { id: crypto.randomUUID(), name: wanted, parentId, position: siblings.reduce((last, sibling) => Math.max(last, sibling.position + 1), 0), collapsed: 0 };
          childrenOf.set(parentId, [...siblings, folder]);
          created.push(folder);
        }
        parentId = folder.id;
      }
      return parentId;
    });
    if (created.length > 0) await db.folders.bulkAdd(created);
    return found;
  });
}

export async function renameFolder(db: TidingsDb, folderId: string, name: string): Promise<void> {
  await db.folders.update(folderId, { name: cleanName(name) });
}

export async function setFolderCollapsed(db: TidingsDb, folderId: string, collapsed: boolean): Promise<void> {
  await db.folders.update(folderId, { collapsed: collapsed ? 1 : 0 });
}

/** The user's own name for a feed; an empty name gives the feed its own back. */
export async function renameFeed(db: TidingsDb, feedId: string, name: string): Promise<void> {
  const cleaned = name.trim();
  await db.feeds.update(feedId, { customTitle: cleaned === '' ? null : cleaned });
}

/** Where a feed or folder goes: into a folder (null: the top level), before a sibling or, without one, last. */
export interface Placement {
  folderId: string | null;
  beforeId?: string | null;
}

/**
 * Moves a feed into a folder, before one of the feeds there or after them all. The feeds of the folder it joins are
 * numbered again in their shown order, so the order the reader made is the order stored.
 */
export async function moveFeed(db: TidingsDb, feedId: string, to: Placement): Promise<void> {
  await db.transaction('rw', db.feeds, async () => {
    const feed = await db.feeds.get(feedId);
    if (!feed) return;
    const siblings = sortSiblings(to.folderId === null ? await topLevelFeeds(db) : await db.feeds.where('folderId').equals(to.folderId).toArray());
    const order = placeAmong(
      siblings.map((sibling) => sibling.id).filter((id) => id !== feedId),
      feedId,
      to.beforeId ?? null,
    );
    await db.feeds.update(feedId, { folderId: to.folderId });
    await Promise.all(order.map((id, position) => db.feeds.update(id, { position })));
  });
}

/**
 * Moves a folder (with everything in it) into another or to the top level, before a sibling or last. A folder cannot
 * go into itself or into one of its own subfolders: that move is refused (false).
 */
export async function moveFolder(db: TidingsDb, folderId: string, to: Placement): Promise<boolean> {
  return db.transaction('rw', db.folders, async () => {
    if (to.folderId !== null && (to.folderId === folderId || (await descendantFolderIds(db, folderId)).includes(to.folderId))) return false;
    const siblings = (await childFolders(db, to.folderId)).map((folder) => folder.id).filter((id) => id !== folderId);
    const order = placeAmong(siblings, folderId, to.beforeId ?? null);
    await db.folders.update(folderId, { parentId: to.folderId });
    await Promise.all(order.map((id, position) => db.folders.update(id, { position })));
    return true;
  });
}

/**
 * Deletes a folder. Its feeds and subfolders move up to its parent (`keep`), or its feeds are returned for the caller
 * to unsubscribe (`remove`), which it does with its own confirmation and undo. Returns the feeds that were in it, at
 * any depth.
 */
export async function deleteFolder(db: TidingsDb, folderId: string, feeds: 'keep' | 'remove'): Promise<string[]> {
  return db.transaction('rw', db.folders, db.feeds, async () => {
    const folder = await db.folders.get(folderId);
    if (!folder) return [];
    const inside = [folderId, ...(await descendantFolderIds(db, folderId))];
    const feedIds = await db.feeds.where('folderId').anyOf(inside).primaryKeys();
    if (feeds === 'keep') {
      await db.feeds.where('folderId').equals(folderId).modify({ folderId: folder.parentId, position: null });
      await db.folders.where('parentId').equals(folderId).modify({ parentId: folder.parentId });
      await db.folders.delete(folderId);
    } else {
      await db.feeds.where('folderId').anyOf(inside).modify({ folderId: null, position: null });
      await db.folders.bulkDelete(inside);
    }
    return feedIds;
  });
}

/** Every folder inside this one, at any depth. */
export async function descendantFolderIds(db: TidingsDb, folderId: string): Promise<string[]> {
  const found: string[] = [];
  let level = [folderId];
  while (level.length > 0) {
    const next = await db.folders.where('parentId').anyOf(level).primaryKeys();
    // A cycle cannot be made through moveFolder; stopping at one already seen keeps a damaged store from looping.
    level = next.filter((id) => id !== folderId && !found.includes(id));
    found.push(...level);
  }
  return found;
}

/** The feeds a folder holds, in it or in any of its subfolders. */
export async function feedsInFolder(db: TidingsDb, folderId: string): Promise<string[]> {
  const folders = [folderId, ...(await descendantFolderIds(db, folderId))];
  return db.feeds.where('folderId').anyOf(folders).primaryKeys();
}

/** Siblings in the order shown: those the reader placed by their place, then the rest by name. */
export function sortSiblings<T extends Pick<FeedRecord, 'position' | 'title' | 'customTitle'>>(feeds: readonly T[]): T[] {
  return [...feeds].sort((a, b) => {
    if (a.position !== null && b.position !== null) return a.position - b.position;
    if (a.position !== null) return -1;
    if (b.position !== null) return 1;
    return (a.customTitle ?? a.title).localeCompare(b.customTitle ?? b.title);
  });
}

function childFolders(db: TidingsDb, parentId: string | null): Promise<FolderRecord[]> {
  // IndexedDB does not index null: the top level is found by filtering, over a table of at most a few hundred rows.
  const found = parentId === null ? db.folders.filter((folder) => folder.parentId === null).toArray() : db.folders.where('parentId').equals(parentId).toArray();
  return found.then((folders) => folders.sort((a, b) => a.position - b.position));
}

function topLevelFeeds(db: TidingsDb): Promise<FeedRecord[]> {
  return db.feeds.filter((feed) => feed.folderId === null && feed.unsubscribedAt === null).toArray();
}

async function nextPosition(db: TidingsDb, parentId: string | null): Promise<number> {
  const siblings = await childFolders(db, parentId);
  return siblings.reduce((last, folder) => Math.max(last, folder.position + 1), 0);
}

function placeAmong(siblings: readonly string[], id: string, beforeId: string | null): string[] {
  const at = beforeId === null ? -1 : siblings.indexOf(beforeId);
  return at < 0 ? [...siblings, id] : [...siblings.slice(0, at), id, ...siblings.slice(at)];
}

function cleanName(name: string): string {
  // Control characters (U+0000 among them, which folder paths use as a separator) have no place in a name.
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() || 'Untitled';
}
