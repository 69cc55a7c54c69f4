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
const paneLimits = { sourcesWidth: [160, 480], listWidth: [240, 720] } as const;

function savedLayout(): Pick<LayoutSlice, 'sourcesWidth' | 'listWidth'> {
  const fallback = { sourcesWidth: 240, listWidth: 380 };
  try {
    const saved = JSON.parse(localStorage.getItem(layoutKey) ?? 'null') as Partial<typeof fallback> | null;
    return { ...fallback, ...saved };
  } catch {
    return fallback;
  }
}

/** What this window is showing and doing; articles and feeds stay in the database and are read through live queries. */
export const useUi = create<UiState>()((set, get) => ({
  source: { kind: 'all' },
  articleKey: null,
  openedHere: [],
  selectSource: (source) => set({ source, articleKey: null, openedHere: [] }),
  selectArticle: (articleKey) =>
    set((state) => ({
      articleKey,
      settingsOpen: articleKey ? false : state.settingsOpen,
      openedHere: articleKey && !state.openedHere.includes(articleKey) ? [...state.openedHere, articleKey] : state.openedHere,
    })),

  ...savedLayout(),
  resize: (pane, width) => {
    const [min, max] = paneLimits[pane];
    set({ [pane]: Math.round(Math.min(max, Math.max(min, width))) } as Pick<LayoutSlice, typeof pane>);
    const { sourcesWidth, listWidth } = get();
    localStorage.setItem(layoutKey, JSON.stringify({ sourcesWidth, listWidth }));
  },

  progress: { running: false, done: 0, total: 0 },
  addFeedOpen: false,
  settingsOpen: false,
  setProgress: (progress) => set({ progress }),
  setAddFeedOpen: (addFeedOpen) => set({ addFeedOpen }),
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),

  storageFull: false,
  retryStoring: () => undefined,
  setStorageFull: (storageFull, retry) => set(retry ? { storageFull, retryStoring: retry } : { storageFull }),
}));

export function sameSource(a: SourceId, b: SourceId): boolean {
  if (a.kind === 'feed') return b.kind === 'feed' && a.feedId === b.feedId;
  if (a.kind === 'folder') return b.kind === 'folder' && a.folderId === b.folderId;
  if (a.kind === 'language') return b.kind === 'language' && a.language === b.language;
  if (a.kind === 'search') return b.kind === 'search' && a.query === b.query && sameSource(a.within, b.within);
  return a.kind === b.kind;
}
