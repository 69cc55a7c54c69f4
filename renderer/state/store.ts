import { create } from 'zustand';
import type { PollProgress } from '../../shared/model/feed';
import type { SourceId } from '../db/queries';

interface SelectionSlice {
  source: SourceId;
  articleKey: string | null;
  /** Articles opened since this source was chosen: they stay in the Unread view until the reader leaves it. */
  openedHere: readonly string[];
  selectSource: (source: SourceId) => void;
  selectArticle: (key: string | null) => void;
}

interface LayoutSlice {
  sourcesWidth: number;
  listWidth: number;
  resize: (pane: 'sourcesWidth' | 'listWidth', width: number) => void;
  /** On a window too narrow for the sources pane, whether it is open over the others. */
  sourcesDrawerOpen: boolean;
  setSourcesDrawerOpen: (open: boolean) => void;
  /** On a window too narrow for two panes, the one shown: the list, or the article (or preferences) in its place. */
  narrowPane: 'list' | 'reader';
  backToList: () => void;
}

interface ActivitySlice {
  progress: PollProgress;
  addFeedOpen: boolean;
  /** The reader's preferences take the reading pane's place while open. */
  settingsOpen: boolean;
  setProgress: (progress: PollProgress) => void;
  setAddFeedOpen: (open: boolean) => void;
  setSettingsOpen: (open: boolean) => void;
}

/** Set by the window that stores fetched results when the disk has no room for them (see renderer/sync). */
interface StorageSlice {
  /** True while results wait for space: one message for the app, polling paused. */
  storageFull: boolean;
  /** Tries storing the waiting results now rather than at the next automatic try. */
  retryStoring: () => void;
  setStorageFull: (full: boolean, retry?: () => void) => void;
}

export type UiState = SelectionSlice & LayoutSlice & ActivitySlice & StorageSlice;

const layoutKey = 'tidings.layout';
const selectionKey = 'tidings.selection';
/** The narrowest and widest each pane may be dragged to. */
export const paneLimits = { sourcesWidth: [160, 480], listWidth: [240, 720] } as const;

function savedLayout(): Pick<LayoutSlice, 'sourcesWidth' | 'listWidth'> {
  const fallback = { sourcesWidth: 240, listWidth: 380 };
  try {
    const saved = JSON.parse(localStorage.getItem(layoutKey) ?? 'null') as Partial<typeof fallback> | null;
    return { ...fallback, ...saved };
  } catch {
    return fallback;
  }
}

type SavedSelection = Pick<SelectionSlice, 'source' | 'articleKey' | 'openedHere'>;

/**
 * The source and article the reader last had open. A search is not restored (its words live in the field, which starts
 * empty): the source it was searching in is. Whether that feed and article still exist is checked after start.
 */
function savedSelection(): SavedSelection {
  const fallback: SavedSelection = { source: { kind: 'all' }, articleKey: null, openedHere: [] };
  try {
    const saved = JSON.parse(localStorage.getItem(selectionKey) ?? 'null') as { source?: SourceId; articleKey?: string | null } | null;
    if (!saved?.source || typeof saved.source.kind !== 'string') return fallback;
    const articleKey = typeof saved.articleKey === 'string' ? saved.articleKey : null;
    return { source: saved.source, articleKey, openedHere: articleKey ? [articleKey] : [] };
  } catch {
    return fallback;
  }
}

function saveSelection(source: SourceId, articleKey: string | null): void {
  const kept = source.kind === 'search' ? source.within : source;
  try {
    localStorage.setItem(selectionKey, JSON.stringify({ source: kept, articleKey }));
  } catch {
    // A full or refused storage costs only the restoring at the next start.
  }
}

/** What this window is showing and doing; articles and feeds stay in the database and are read through live queries. */
const restored = savedSelection();

export const useUi = create<UiState>()((set, get) => ({
  ...restored,
  // Choosing a source in the drawer is what the drawer was opened for.
  selectSource: (source) => set({ source, articleKey: null, openedHere: [], sourcesDrawerOpen: false, narrowPane: 'list' }),
  selectArticle: (articleKey) =>
    set((state) => ({
      articleKey,
      settingsOpen: articleKey ? false : state.settingsOpen,
      openedHere: articleKey && !state.openedHere.includes(articleKey) ? [...state.openedHere, articleKey] : state.openedHere,
      narrowPane: articleKey ? 'reader' : 'list',
    })),

  ...savedLayout(),
  resize: (pane, width) => {
    const [min, max] = paneLimits[pane];
    set({ [pane]: Math.round(Math.min(max, Math.max(min, width))) } as Pick<LayoutSlice, typeof pane>);
    const { sourcesWidth, listWidth } = get();
    localStorage.setItem(layoutKey, JSON.stringify({ sourcesWidth, listWidth }));
  },
  sourcesDrawerOpen: false,
  setSourcesDrawerOpen: (sourcesDrawerOpen) => set({ sourcesDrawerOpen }),
  narrowPane: restored.articleKey ? 'reader' : 'list',
  backToList: () => set({ narrowPane: 'list', settingsOpen: false }),

  progress: { running: false, done: 0, total: 0 },
  addFeedOpen: false,
  settingsOpen: false,
  setProgress: (progress) => set({ progress }),
  // The add box is in the sources pane: on a narrow window, asking for it opens the drawer it is in.
  setAddFeedOpen: (addFeedOpen) => set(addFeedOpen ? { addFeedOpen, sourcesDrawerOpen: true } : { addFeedOpen }),
  setSettingsOpen: (settingsOpen) =>
    // On a narrow window the preferences are opened from the list (the rail is not beside an article), and go back to it.
    set((state) => ({ settingsOpen, sourcesDrawerOpen: settingsOpen ? false : state.sourcesDrawerOpen, narrowPane: settingsOpen ? 'reader' : 'list' })),

  storageFull: false,
  retryStoring: () => undefined,
  setStorageFull: (storageFull, retry) => set(retry ? { storageFull, retryStoring: retry } : { storageFull }),
}));

useUi.subscribe((state, before) => {
  if (state.source !== before.source || state.articleKey !== before.articleKey) saveSelection(state.source, state.articleKey);
});

export function sameSource(a: SourceId, b: SourceId): boolean {
  if (a.kind === 'feed') return b.kind === 'feed' && a.feedId === b.feedId;
  if (a.kind === 'folder') return b.kind === 'folder' && a.folderId === b.folderId;
  if (a.kind === 'language') return b.kind === 'language' && a.language === b.language;
  if (a.kind === 'search') return b.kind === 'search' && a.query === b.query && sameSource(a.within, b.within);
  return a.kind === b.kind;
}
