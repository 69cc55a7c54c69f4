import { create } from 'zustand';
import type { MenuPlace } from '../../app/ContextMenu';

/** A feed or a folder of the sources pane: what a menu, a rename or a move is about. */
export type SourceTarget = { kind: 'feed'; id: string } | { kind: 'folder'; id: string };

/** The sources pane's dialogs: each asks one thing about one feed or folder. */
export type SourcesDialog =
  | { kind: 'move'; target: SourceTarget }
  | { kind: 'delete-folder'; folderId: string }
  | { kind: 'edit-address'; feedId: string }
  | { kind: 'feed-settings'; feedId: string }
  | { kind: 'credentials'; feedId: string }
  | { kind: 'new-folder'; parentId: string | null };

interface SourcesEditingState {
  menu: { target: SourceTarget; place: MenuPlace } | null;
  /** The feed or folder whose name is being edited in place. */
  renaming: SourceTarget | null;
  dialog: SourcesDialog | null;
  openMenu: (target: SourceTarget, place: MenuPlace) => void;
  closeMenu: () => void;
  startRenaming: (target: SourceTarget | null) => void;
  openDialog: (dialog: SourcesDialog | null) => void;
}

export const useSourcesEditing = create<SourcesEditingState>()((set) => ({
  menu: null,
  renaming: null,
  dialog: null,
  openMenu: (target, place) => set({ menu: { target, place } }),
  closeMenu: () => set({ menu: null }),
  startRenaming: (renaming) => set({ renaming }),
  openDialog: (dialog) => set({ dialog }),
}));

export function sameTarget(a: SourceTarget | null, b: SourceTarget): boolean {
  return a !== null && a.kind === b.kind && a.id === b.id;
}

/** The row of a feed or folder in the sources pane, to hand the keyboard back to after a menu or dialog. */
export function focusSourceRow(target: SourceTarget): void {
  document.querySelector<HTMLElement>(`[data-source-${target.kind}="${CSS.escape(target.id)}"]`)?.focus();
}

/** How long a row moved or renamed may take to be drawn again in its new place. */
const settleMs = 1_500;

/**
 * Hands the keyboard back to a row that a change is about to draw again (a move puts it under another folder, a new
 * element): focused now, and again whenever the focus falls to the page because its element was replaced, until
 * the tree has settled or the reader has put the focus somewhere else.
 */
export function focusSourceRowAfterChange(target: SourceTarget): void {
  const until = performance.now() + settleMs;
  const selector = `[data-source-${target.kind}="${CSS.escape(target.id)}"]`;
  // Where the focus fell when the dialog or field went (the page, or the control that opened it): anywhere else
  // means the reader moved on, and the focus stays theirs.
  let fallen: Element | null = null;
  const step = () => {
    const active = document.activeElement;
    fallen ??= active;
    const onRow = active?.closest(selector) ?? null;
    if (!onRow && (active === fallen || active === document.body || active === null)) {
      focusSourceRow(target);
      fallen = document.activeElement?.closest(selector) ? null : document.activeElement;
    } else if (!onRow) {
      return;
    }
    if (performance.now() < until) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
