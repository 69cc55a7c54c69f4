/** Marks every unread article of the current view read, and offers to undo it for 10 seconds. */
export async function markAllReadWithUndo(): Promise<void> {
  // Filled in by the article list's work.
}

/** Undoes the last mark-all while its offer stands; false when there is nothing to undo. */
export async function undoLastMark(): Promise<boolean> {
  return false;
}
