import { create } from 'zustand';

/**
 * What the article list shows right now, for the commands that move through it (j/k, n/p, space): the keys of the
 * articles it shows, in list order, as far as it has read them.
 */
interface ListState {
  /** The key of the version each shown story shows, in list order. */
  order: readonly string[];
  /** Keys in `order` that are unread, as the list last read them. */
  unread: ReadonlySet<string>;
  setShown: (order: readonly string[], unread: ReadonlySet<string>) => void;
}

export const useListState = create<ListState>()((set) => ({
  order: [],
  unread: new Set(),
  setShown: (order, unread) => set({ order, unread }),
}));
