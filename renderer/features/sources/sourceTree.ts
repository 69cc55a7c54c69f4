import { sortSiblings } from '../../db/folders';
import type { FeedRecord, FolderRecord } from '../../db/records';

export interface FolderNode {
  kind: 'folder';
  folder: FolderRecord;
  /** 0 at the top level. */
  depth: number;
  /** Its subfolders first, then its feeds, each in the reader's order. */
  children: SourceNode[];
  /** Every feed inside it, at any depth: what its count and its list are made of. */
  feedIds: string[];
}

export interface FeedNode {
  kind: 'feed';
  feed: FeedRecord;
  depth: number;
}

export type SourceNode = FolderNode | FeedNode;

/**
 * The sources pane's tree, from the two small tables: folders by their parent, feeds by their folder. Unsubscribed
 * feeds are left out; a folder whose parent is missing (a damaged store) shows at the top level rather than vanish.
 */
export function buildSourceTree(feeds: readonly FeedRecord[], folders: readonly FolderRecord[]): SourceNode[] {
  const known = new Set(folders.map((folder) => folder.id));
  const foldersIn = new Map<string | null, FolderRecord[]>();
  for (const folder of folders) {
    const parent = folder.parentId !== null && known.has(folder.parentId) && folder.parentId !== folder.id ? folder.parentId : null;
    append(foldersIn, parent, folder);
  }
  const feedsIn = new Map<string | null, FeedRecord[]>();
  for (const feed of feeds) {
    if (feed.unsubscribedAt !== null) continue;
    append(feedsIn, feed.folderId !== null && known.has(feed.folderId) ? feed.folderId : null, feed);
  }
  const visited = new Set<string>();
  const level = (parentId: string | null, depth: number): SourceNode[] => {
    const subfolders = [...(foldersIn.get(parentId) ?? [])].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    const nodes: SourceNode[] = [];
    for (const folder of subfolders) {
      // A cycle of parents cannot be made through the app; walking each folder once keeps a damaged store finite.
      if (visited.has(folder.id)) continue;
      visited.add(folder.id);
      const children = level(folder.id, depth + 1);
      nodes.push({ kind: 'folder', folder, depth, children, feedIds: children.flatMap((child) => (child.kind === 'feed' ? [child.feed.id] : child.feedIds)) });
    }
    for (const feed of sortSiblings(feedsIn.get(parentId) ?? [])) nodes.push({ kind: 'feed', feed, depth });
    return nodes;
  };
  return level(null, 0);
}

/**
 * One item of the tree as it is listed, flat: the tree draws only the rows in view, so each says where it stands
 * among its siblings (aria-posinset, aria-setsize) and under which folder, without the others being in the page.
 */
export interface TreeRow {
  node: SourceNode;
  /** The feed's or folder's id: the row's key. */
  key: string;
  /** The folder it is in; null at the top level. */
  parentKey: string | null;
  /** 1-based, among its siblings. */
  position: number;
  siblings: number;
}

/** The rows a reader sees, in order: those inside a collapsed folder are left out. */
export function visibleRows(tree: readonly SourceNode[]): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (nodes: readonly SourceNode[], parentKey: string | null) => {
    nodes.forEach((node, index) => {
      const key = nodeKey(node);
      rows.push({ node, key, parentKey, position: index + 1, siblings: nodes.length });
      if (node.kind === 'folder' && node.folder.collapsed === 0) walk(node.children, key);
    });
  };
  walk(tree, null);
  return rows;
}

export function nodeKey(node: SourceNode): string {
  return node.kind === 'feed' ? node.feed.id : node.folder.id;
}

/** Every folder of the tree with its path of names, outermost first, in tree order: what "Move to…" offers. */
export function folderPaths(tree: readonly SourceNode[], path: readonly string[] = []): Array<{ folder: FolderRecord; path: string[] }> {
  return tree.flatMap((node) => {
    if (node.kind !== 'folder') return [];
    const own = [...path, node.folder.name];
    return [{ folder: node.folder, path: own }, ...folderPaths(node.children, own)];
  });
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
