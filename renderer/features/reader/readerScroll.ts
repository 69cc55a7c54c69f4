/** The reading pane's scrolling box, below its toolbar; present only while an article is open. */
export const readerScrollerClass = 'reader-scroller';

/** Within this many pixels of the end counts as the end: zoom leaves fractional scroll positions. */
const endSlack = 4;

/** Where a smooth scroll still under way is heading, so that a second press continues from there. */
const heading = new WeakMap<HTMLElement, number>();

/** Scrolls the reading pane down by a page; false when it was already at the end (then space goes to the next unread). */
export function pageDownReader(): boolean {
  const scroller = document.querySelector<HTMLElement>(`.${readerScrollerClass}`);
  if (!scroller) return false;
  const bottom = scroller.scrollHeight - scroller.clientHeight;
  const from = Math.max(scroller.scrollTop, heading.get(scroller) ?? 0);
  if (bottom - from <= endSlack) return false;
  // Some lines of the page just read stay in view, so the eye finds its place.
  const to = Math.min(bottom, from + Math.round(scroller.clientHeight * 0.9));
  const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  if (smooth) {
    heading.set(scroller, to);
    scroller.addEventListener('scrollend', () => heading.delete(scroller), { once: true });
  }
  scroller.scrollTo({ top: to, behavior: smooth ? 'smooth' : 'auto' });
  return true;
}
