import { create } from 'zustand';
import type { TidingsDb } from '../../db/database';
import { db } from '../../db/instance';
import { markRead, setMarks } from '../../db/marks';
import { unreadKeysOf, type ListQuery, type PageCursor, type SourceId } from '../../db/paging';
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

/**
 * What the standing offer would undo, and what becomes final when it is over (unsubscribing removes articles only
 * then). One offer stands at a time: a new one makes the last final.
 */
let standing: { id: number; undo: () => Promise<unknown>; expire: (() => Promise<unknown>) | null; timer: ReturnType<typeof setTimeout> } | null = null;
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
  offerMarkUndo(query, await markListRead(db, query));
}

/** Marks every unread article of a source (a feed or folder from its menu) read, and offers to undo it. */
export async function markSourceReadWithUndo(source: SourceId): Promise<void> {
  const query: ListQuery = { source, filter: 'all', sort: 'newest' };
  offerMarkUndo(query, await markListRead(db, query));
}

/** Marks read every article of the current view older than this one, and offers to undo it for 10 seconds. */
export async function markOlderReadWithUndo(article: PageCursor): Promise<void> {
  const query = currentListQuery();
  offerMarkUndo(query, await markListRead(db, query, article));
}

/** Undoes the last undoable action while its offer stands; false when there is nothing to undo. */
export async function undoLastMark(): Promise<boolean> {
  const offer = standing;
  if (!offer) return false;
  takeOffer(offer.id);
  await offer.undo();
  return true;
}

/** Takes the toast and its undo away, if the offer is still this one; what it would have undone stays done. */
export function withdrawOffer(id: number): void {
  takeOffer(id)?.expire?.().catch((error: unknown) => console.error('Could not finish an action whose undo ran out', error));
}

function takeOffer(id: number): typeof standing {
  const offer = standing;
  if (offer?.id !== id) return null;
  clearTimeout(offer.timer);
  standing = null;
  useMarkUndo.setState({ offer: null });
  return offer;
}

/**
 * Shows "message · Undo" for 10 seconds. `undo` puts things back; `expire`, when given, makes the action final once
 * the offer is over (withdrawn, replaced or run out), and never after an undo.
 */
export function offerUndo(message: string, undo: () => Promise<unknown>, expire: (() => Promise<unknown>) | null = null): void {
  if (standing) withdrawOffer(standing.id);
  const id = (offers += 1);
  standing = { id, undo, expire, timer: setTimeout(() => withdrawOffer(id), undoWindowMs) };
  useMarkUndo.setState({ offer: { id, message } });
}

function offerMarkUndo(query: ListQuery, changed: readonly string[]): void {
  if (changed.length === 0) return;
  if (query.source.kind === 'unread' || query.filter === 'unread') useMarkUndo.setState((state) => ({ listResets: state.listResets + 1 }));
  offerUndo(i18n.t('list.markedRead', { count: changed.length }), () => setMarks(db, changed, { read: 0 }));
}
