import { useSyncExternalStore } from 'react';

/**
 * How many panes the window has room for. The widths are those of styles.css's media queries, which lay the panes
 * out; this is for what the script does differently (focus, F6, Escape), and must say the same.
 *  - wide: sources · list · reader
 *  - collapsed (below 1100 px): a slim rail opens the sources as a drawer over the list
 *  - narrow (below 800 px): the rail, and the list or the article, one at a time
 */
export type WindowLayout = 'wide' | 'collapsed' | 'narrow';

const collapsedQuery = '(width < 1100px)';
const narrowQuery = '(width < 800px)';

function currentLayout(): WindowLayout {
  if (window.matchMedia(narrowQuery).matches) return 'narrow';
  return window.matchMedia(collapsedQuery).matches ? 'collapsed' : 'wide';
}

function subscribe(onChange: () => void): () => void {
  const queries = [window.matchMedia(collapsedQuery), window.matchMedia(narrowQuery)];
  for (const query of queries) query.addEventListener('change', onChange);
  return () => {
    for (const query of queries) query.removeEventListener('change', onChange);
  };
}

export function useWindowLayout(): WindowLayout {
  return useSyncExternalStore(subscribe, currentLayout);
}

export function windowLayoutNow(): WindowLayout {
  return currentLayout();
}
