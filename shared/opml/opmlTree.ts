import { folderKey, type OpmlFolder } from './opmlTypes';

/** One folder of the nested view of a reading or an export: what an OPML body and a preview of an import both show. */
export interface OpmlTreeNode<Feed> {
  /** Empty for the top level. */
  name: string;
  path: string[];
  feeds: Feed[];
  folders: OpmlTreeNode<Feed>[];
}

/**
 * The folders nested, each with its feeds in the order given. Folders come in the order listed, then any only a feed
 * names; a feed's folder needs no entry of its own, and neither do a folder's parents.
 */
export function opmlTree<Feed extends { folder: readonly string[] }>(folders: readonly OpmlFolder[], feeds: readonly Feed[]): OpmlTreeNode<Feed> {
  const root: OpmlTreeNode<Feed> = { name: '', path: [], feeds: [], folders: [] };
  const nodes = new Map<string, OpmlTreeNode<Feed>>([[folderKey([]), root]]);
  const nodeFor = (path: readonly string[]): OpmlTreeNode<Feed> => {
    const key = folderKey(path);
    const known = nodes.get(key);
    if (known) return known;
    const parent = nodeFor(path.slice(0, -1));
    const node: OpmlTreeNode<Feed> = { name: path.at(-1) ?? '', path: [...path], feeds: [], folders: [] };
    parent.folders.push(node);
    nodes.set(key, node);
    return node;
  };
  for (const folder of folders) if (folder.path.length > 0) nodeFor(folder.path);
  for (const feed of feeds) nodeFor(feed.folder).feeds.push(feed);
  return root;
}
