/** Scrolls the reading pane down by a page; false when it was already at the end (then space goes to the next unread). */
export function pageDownReader(): boolean {
  return false;
}
