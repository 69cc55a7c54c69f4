import { create } from 'zustand';
import type { ListFilter, ListQuery, ListSort, SourceId } from '../../db/paging';
import { useUi } from '../../state/store';

/** How the reader chose to see one source's list: which articles, in which order. */
export interface ViewOptions {
  filter: ListFilter;
  sort: ListSort;
}

export const defaultViewOptions: ViewOptions = { filter: 'all', sort: 'newest' };

const storagePrefix = 'tidings.listView:';
const filters: readonly ListFilter[] = ['all', 'unread', 'starred'];
const sorts: readonly ListSort[] = ['newest', 'oldest'];

/**
 * The name a source's options are kept under. Every search shares one entry: a query is typed afresh each time,
 * while the reader's wish to see only unread results is theirs whatever the words.
 */
export function sourceKey(source: SourceId): string {
  switch (source.kind) {
    case 'feed':
      return `feed:${source.feedId}`;
    case 'folder':
      return `folder:${source.folderId}`;
    case 'language':
      return `language:${source.language}`;
    default:
      return source.kind;
  }
}

/** A search is answered newest first only (its index is numbered in time order): the list never asks otherwise. */
export function effectiveOptions(source: SourceId, options: ViewOptions): ViewOptions {
  return source.kind === 'search' ? { ...options, sort: 'newest' } : options;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // a page whose storage is blocked still lists articles, only without remembering how
  }
}

function loadOptions(key: string): ViewOptions {
  try {
    const saved = JSON.parse(storage()?.getItem(storagePrefix + key) ?? 'null') as Partial<Record<keyof ViewOptions, unknown>> | null;
    const filter = filters.find((candidate) => candidate === saved?.filter) ?? defaultViewOptions.filter;
    const sort = sorts.find((candidate) => candidate === saved?.sort) ?? defaultViewOptions.sort;
    return { filter, sort };
  } catch {
    return defaultViewOptions;
  }
}

/** What storage held for each source asked about, read once: options are asked for on every draw of the list. */
const loaded = new Map<string, ViewOptions>();

interface ViewOptionsState {
  /** Options the reader chose in this window, by source key. */
  chosen: ReadonlyMap<string, ViewOptions>;
  change: (source: SourceId, change: Partial<ViewOptions>) => void;
}

export const useViewOptions = create<ViewOptionsState>()((set, get) => ({
  chosen: new Map(),
  change: (source, change) => {
    const key = sourceKey(source);
    const next = { ...viewOptionsOf(source), ...change };
    set({ chosen: new Map(get().chosen).set(key, next) });
    try {
      storage()?.setItem(storagePrefix + key, JSON.stringify(next));
    } catch {
      // Full or blocked storage: the choice holds for this session.
    }
  },
}));

/** A source's options, as last chosen (in this window or an earlier session). */
export function viewOptionsOf(source: SourceId): ViewOptions {
  const key = sourceKey(source);
  const chosen = useViewOptions.getState().chosen.get(key);
  if (chosen) return chosen;
  let options = loaded.get(key);
  if (!options) loaded.set(key, (options = loadOptions(key)));
  return options;
}

/** The options of the source shown, for a component: re-drawn when the reader changes them. */
export function useViewOptionsOf(source: SourceId): ViewOptions {
  const key = sourceKey(source);
  const chosen = useViewOptions((state) => state.chosen.get(key));
  return effectiveOptions(source, chosen ?? viewOptionsOf(source));
}

/** The list the reader is looking at now: the selected source, filtered and sorted as chosen for it. */
export function currentListQuery(): ListQuery {
  const { source } = useUi.getState();
  return { source, ...effectiveOptions(source, viewOptionsOf(source)) };
}
