import type { KeyboardEvent } from 'react';
import { setFolderCollapsed } from '../../db/folders';
import { db } from '../../db/instance';

/**
 * The keys of the sources tree, as the WAI-ARIA tree pattern has them: Up and Down move through the items shown,
 * Home and End to the first and last; Right opens a shut folder or goes into an open one, Left shuts an open folder
 * or goes up to the folder an item is in; Enter and Space select. Focus moves; the selection waits for Enter, so that
 * walking the tree does not load a list at every step.
 */
export function onTreeKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.target instanceof HTMLInputElement) return; // a name being edited in place keeps its keys
  const tree = event.currentTarget;
  const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="treeitem"]') : null;
  if (!item || !tree.contains(item)) return;
  const items = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
  const at = items.indexOf(item);
  const folderId = item.dataset.sourceFolder;
  const expanded = item.getAttribute('aria-expanded');
  switch (event.key) {
    case 'ArrowDown':
      items[at + 1]?.focus();
      break;
    case 'ArrowUp':
      items[at - 1]?.focus();
      break;
    case 'Home':
      items[0]?.focus();
      break;
    case 'End':
      items.at(-1)?.focus();
      break;
    case 'ArrowRight':
      if (folderId && expanded === 'false') void setFolderCollapsed(db, folderId, false);
      else if (folderId) item.querySelector<HTMLElement>('[role="group"] > [role="treeitem"]')?.focus();
      break;
    case 'ArrowLeft':
      if (folderId && expanded === 'true') void setFolderCollapsed(db, folderId, true);
      else item.parentElement?.closest<HTMLElement>('[role="treeitem"]')?.focus();
      break;
    case 'Enter':
    case ' ':
      // The row's own click: a feed's is the item, a folder's its line (the item also holds what is inside it).
      (item.querySelector<HTMLElement>(':scope > .folder-line') ?? item).click();
      break;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
}
