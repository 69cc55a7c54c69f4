import type { Locator } from '@playwright/test';

/** One row of the sources tree as a reader finds it by scrolling: its place, its name and the folders it is in. */
export interface TreeLine {
  index: number;
  level: number;
  kind: 'feed' | 'folder';
  name: string;
  /** The folders it is in, outermost first, read from the rows above it with a lower aria-level. */
  path: string[];
  position: number;
  siblings: number;
}

/**
 * Every row of the tree, read by scrolling its panel from top to bottom as a reader would: only the rows in view are
 * in the page. Fails when a row was never drawn on the way down, so that a gap cannot pass for a shorter list.
 */
export function readTree(tree: Locator): Promise<TreeLine[]> {
  return tree.evaluate(async (list) => {
    const scroller = list.closest<HTMLElement>('.sources-panel');
    if (!scroller) throw new Error('the tree is not in its panel');
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    const kept = scroller.scrollTop;
    const seen = new Map<number, Omit<TreeLine, 'path'>>();
    scroller.scrollTop = 0;
    for (;;) {
      await frame();
      for (const row of list.querySelectorAll<HTMLElement>(':scope > [role="treeitem"]')) {
        const index = Number(row.dataset.index);
        seen.set(index, {
          index,
          level: Number(row.getAttribute('aria-level')),
          kind: row.classList.contains('folder-row') ? 'folder' : 'feed',
          name: row.querySelector('.source-title')?.textContent ?? '',
          position: Number(row.getAttribute('aria-posinset')),
          siblings: Number(row.getAttribute('aria-setsize')),
        });
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      scroller.scrollTop += Math.max(40, scroller.clientHeight / 2);
    }
    scroller.scrollTop = kept;
    await frame();
    const lines = [...seen.values()].sort((a, b) => a.index - b.index);
    const missing = lines.findIndex((line, at) => line.index !== at);
    if (missing >= 0) throw new Error(`row ${missing} was never drawn while scrolling`);
    const folders: string[] = [];
    return lines.map((line) => {
      folders.length = line.level - 1;
      const path = [...folders];
      if (line.kind === 'folder') folders[line.level - 1] = line.name;
      return { ...line, path };
    });
  });
}

/** The folders a feed or folder of that name is in, outermost first; null when the tree does not list it. */
export async function folderPathOf(tree: Locator, name: string): Promise<string[] | null> {
  return (await readTree(tree)).find((line) => line.name === name)?.path ?? null;
}
