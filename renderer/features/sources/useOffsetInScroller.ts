import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How far down its scrolling panel an element starts, kept up to date as what is above it grows or shrinks (the add
 * box opening, language views appearing, the drawer shown): the sources tree scrolls with the views above it, and
 * draws the rows in view from where it starts.
 */
export function useOffsetInScroller(element: RefObject<HTMLElement | null>, scroller: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const panel = scroller.current;
    const own = element.current;
    if (!panel || !own) return;
    const measure = () => setOffset(Math.round(own.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop));
    const resized = new ResizeObserver(measure);
    const observeChildren = () => {
      resized.disconnect();
      resized.observe(panel);
      for (const child of panel.children) resized.observe(child);
    };
    observeChildren();
    // A box added above the tree (the add form) is a new child of the panel, to be watched too.
    const added = new MutationObserver(() => {
      observeChildren();
      measure();
    });
    added.observe(panel, { childList: true });
    measure();
    return () => {
      resized.disconnect();
      added.disconnect();
    };
  }, [element, scroller]);
  return offset;
}
