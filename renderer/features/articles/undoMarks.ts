import { create } from 'zustand';
import type { TidingsDb } from '../../db/database';
import { db } from '../../db/instance';
import { markRead, setMarks } from '../../db/marks';
import { unreadKeysOf, type ListQuery, type PageCursor } from '../../db/paging';
import { i18n } from '../../i18n';
import { currentListQuery } from './viewOptions';

/** How long the offer to undo a mark stands. */
export const undoWindowMs = 10_000;

/** What the toast says while an undo is on offer. */
export interface UndoOffer {
  id: number;
  message: string;
}

interface MarkUndoState {
  offer: UndoOffer | null;
  /**
   * Counts marks made in a list of unread articles only: the rows marked leave it, so the list is read again from its
   * top rather than page after page emptying as it scrolls into view.
   */
  listResets: number;
}

export const useMarkUndo = create<MarkUndoState>()(() => ({ offer: null, listResets: 0 }));

/** The keys the standing offer would set unread again: exactly those the mark changed. */
let standing: { id: number; keys: readonly string[]; timer: ReturnType<typeof setTimeout> } | null = null;
let offers = 0;

/**
 * Marks read the unread articles of a list, all or only those older than one of them (below it, newest first), in
 * one write; returns the keys it changed.
 */
export async function markListRead(database: TidingsDb, query: ListQuery, olderThan: PageCursor | null = null): Promise<string[]> {
  const keys = await unreadKeysOf(database, query.source, { filter: query.filter, olderThan });
  return markRead(database, keys);
}

/** Marks every unread article of the current view read, and offers to undo it for 10 seconds. */
export async function markAllReadWithUndo(): Promise<void> {
  const query = currentListQuery();
  offerUndo(query, await markListRead(db, query));
}

/** Marks read every article of the current view older than this one, and offers to undo it for 10 seconds. */
export async function markOlderReadWithUndo(article: PageCursor): Promise<void> {
  const query = currentListQuery();
  offerUndo(query, await markListRead(db, query, article));
}

/** Undoes the last mark-all while its offer stands; false when there is nothing to undo. */
export async function undoLastMark(): Promise<boolean> {
  const offer = standing;
  if (!offer) return false;
  withdrawOffer(offer.id);
  await setMarks(db, offer.keys, { read: 0 });
  return true;
}

/** Takes the toast and its undo away, if the offer is still this one. */
export function withdrawOffer(id: number): void {
  if (standing?.id !== id) return;
  clearTimeout(standing.timer);
  standing = null;
  useMarkUndo.setState({ offer: null });
}

function offerUndo(query: ListQuery, changed: readonly string[]): void {
  if (changed.length === 0) return;
  if (standing) withdrawOffer(standing.id);
  if (query.source.kind === 'unread' || query.filter === 'unread') useMarkUndo.setState((state) => ({ listResets: state.listResets + 1 }));
  const id = (offers += 1);
  standing = { id, keys: changed, timer: setTimeout(() => withdrawOffer(id), undoWindowMs) };
  useMarkUndo.setState({ offer: { id, message: i18n.t('list.markedRead', { count: changed.length }) } });
}
