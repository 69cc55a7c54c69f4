import { db } from '../db/instance';
import { setRead } from '../db/marks';
import { useListState } from '../features/articles/listState';
import { useUi } from '../state/store';
import { focusContextOf } from './focusContext';
import { neighbourOf, unreadNeighbourOf, type Step } from './listSteps';

export function openNeighbour(step: Step): void {
  const { order } = useListState.getState();
  openListed(neighbourOf(order, useUi.getState().articleKey, step));
}

export function openUnreadNeighbour(step: Step): void {
  const { order, unread } = useListState.getState();
  openListed(unreadNeighbourOf(order, unread, useUi.getState().articleKey, step));
}

/**
 * Opens a listed article as a click on its row does (stories/openArticle.ts), but without reading its row first: the
 * selection moves at once, so keys pressed in quick succession each go on from where the previous one went.
 */
function openListed(key: string | undefined): void {
  if (key === undefined) return;
  useUi.getState().selectArticle(key);
  // A virtualised list may not have drawn the row: bringing it into view is then the list's own work.
  const row = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  row?.scrollIntoView({ block: 'nearest' });
  // Moving with the arrow keys inside the list carries focus along, from row to row of its grid.
  if (focusContextOf(document.activeElement).listFocused) row?.focus({ preventScroll: true });
  setRead(db, key, true).catch((error: unknown) => console.error('Could not mark the article read', error));
}
