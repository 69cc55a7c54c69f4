import { articleRowSelector } from '../commands/focusContext';

/** The three panes in F6 order, by the landmarks they are announced as. */
const paneSelectors = ['nav.sources', '.list-column', '.reader-column main'] as const;

const focusable = 'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea, summary, [tabindex]:not([tabindex="-1"])';

function isShown(element: Element): boolean {
  return element.checkVisibility({ visibilityProperty: true });
}

function firstShown(root: ParentNode, selector: string): HTMLElement | null {
  return [...root.querySelectorAll<HTMLElement>(selector)].find(isShown) ?? null;
}

/** Where the keyboard lands in a pane: its selected item, else its first control, else the pane itself. */
function focusInto(pane: HTMLElement): void {
  const target =
    firstShown(pane, '.source[aria-current="true"], [role="treeitem"][aria-selected="true"]') ??
    firstShown(pane, `${articleRowSelector}[tabindex="0"]`) ??
    firstShown(pane, 'h1[tabindex]') ??
    firstShown(pane, focusable);
  if (target) {
    target.focus();
    return;
  }
  // An empty reading pane has nothing to stop at; it still takes the keyboard, so that the next F6 goes on from it.
  pane.tabIndex = -1;
  pane.focus();
}

/** Moves the keyboard to the next (or previous) pane on screen, from the one it is in: F6 and Shift+F6. */
export function focusNextPane(step: 1 | -1, document: Document): void {
  const panes = paneSelectors.map((selector) => document.querySelector<HTMLElement>(selector)).filter((pane): pane is HTMLElement => pane !== null && isShown(pane));
  if (panes.length === 0) return;
  const active = document.activeElement;
  const current = panes.findIndex((pane) => active !== null && pane.contains(active));
  const next = current === -1 ? (step === 1 ? 0 : panes.length - 1) : (current + step + panes.length) % panes.length;
  const pane = panes[next];
  if (pane) focusInto(pane);
}

/**
 * After the list comes back on a narrow window: its selected row, as if the reader had never left it. The list was
 * out of the page, so its rows are drawn again a frame or two after it shows; until then there is nothing to focus.
 */
export function focusArticleList(document: Document, framesLeft = 10): void {
  const list = document.querySelector<HTMLElement>('.list-column');
  if (!list) return;
  const row = firstShown(list, `${articleRowSelector}[tabindex="0"]`);
  if (row) row.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusArticleList(document, framesLeft - 1));
  else focusInto(list);
}
