import type { TreeRow } from './sourceTree';

/** What a key asks of the tree: focus another row, open or shut a folder, or select the row (its own click). */
export type TreeMove = { kind: 'focus'; index: number } | { kind: 'expand'; folderId: string; open: boolean } | { kind: 'activate' };

/**
 * The keys of the sources tree, as the WAI-ARIA tree pattern has them: Up and Down move through the items shown,
 * Home and End to the first and last; Right opens a shut folder or goes into an open one, Left shuts an open folder
 * or goes up to the folder an item is in; Enter and Space select. Focus moves; the selection waits for Enter, so that
 * walking the tree does not load a list at every step.
 *
 * Read from the rows listed rather than from the page: only the rows in view are drawn, so the next one may not be.
 */
export function treeMove(rows: readonly TreeRow[], at: number, key: string): TreeMove | null {
  const row = rows[at];
  if (!row) return null;
  const focus = (index: number): TreeMove | null => (index >= 0 && index < rows.length ? { kind: 'focus', index } : null);
  const folder = row.node.kind === 'folder' ? row.node.folder : null;
  switch (key) {
    case 'ArrowDown':
      return focus(at + 1);
    case 'ArrowUp':
      return focus(at - 1);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(rows.length - 1);
    case 'ArrowRight':
      if (folder && folder.collapsed !== 0) return { kind: 'expand', folderId: folder.id, open: true };
      return folder && rows[at + 1]?.parentKey === row.key ? focus(at + 1) : null;
    case 'ArrowLeft':
      if (folder && folder.collapsed === 0) return { kind: 'expand', folderId: folder.id, open: false };
      return row.parentKey === null ? null : focus(rows.findLastIndex((other, index) => index < at && other.key === row.parentKey));
    case 'Enter':
    case ' ':
      return { kind: 'activate' };
    default:
      return null;
  }
}
