import { create } from 'zustand';
import { parseSearchQuery } from '../../../shared/search/parseQuery';
import type { SourceId } from '../../db/queries';
import { sameSource, useUi } from '../../state/store';

/** Which articles a search looks through: those of the source chosen before it, or all of them. */
export type SearchScope = 'source' | 'all';

/** A source the reader picks in the sources pane: the kind a search looks within and returns to. */
export type BrowsedSource = Exclude<SourceId, { kind: 'search' }>;

interface SearchState {
  /** What the field holds, as typed. */
  text: string;
  scope: SearchScope;
  /** The source shown when the search began: searched within, and shown again when the search ends. Null when not searching. */
  origin: BrowsedSource | null;
}

export const useSearch = create<SearchState>()(() => ({ text: '', scope: 'source', origin: null }));

/**
 * Keys closer together than this are one burst of typing: the list waits for the burst to pause rather than search for
 * every keystroke of a word typed fast. Long enough to skip those keystrokes, short enough to feel immediate.
 */
export const typingPauseMs = 120;

let pending: ReturnType<typeof setTimeout> | undefined;
/** When the field last changed (Date.now), to tell a key after a pause from one in a burst. */
let lastKeyAt = Number.NEGATIVE_INFINITY;

function cancelPending(): void {
  clearTimeout(pending);
  pending = undefined;
}

/**
 * The source listing what `text` finds, or null while it is too short to search: the index's own rule (a word of two
 * characters, or one character of a script written without spaces), so that the field never asks for what finds nothing.
 */
export function searchSourceFor(text: string, scope: SearchScope, origin: BrowsedSource): SourceId | null {
  const query = text.trim().replace(/\s+/g, ' ');
  if (parseSearchQuery(query).length === 0) return null;
  return { kind: 'search', query, within: scope === 'all' ? { kind: 'all' } : origin };
}

/**
 * The field's text changed: a key after a pause in typing shows its results at once (at an ordinary typing speed, that
 * is every key); keys in a fast burst wait for the burst to pause. A search for an older text still being read is
 * dropped by the list, which shows only the answer for the source now selected. While an input method is still
 * composing (kana before their conversion to kanji), the text is not what the reader means yet: the search waits for
 * it to end.
 */
export function typeQuery(text: string, composing = false): void {
  const { source } = useUi.getState();
  const origin = useSearch.getState().origin ?? (source.kind === 'search' ? source.within : source);
  useSearch.setState({ text, origin });
  cancelPending();
  if (composing) return;
  const now = Date.now();
  const inBurst = now - lastKeyAt < typingPauseMs;
  lastKeyAt = now;
  if (inBurst) pending = setTimeout(showResults, typingPauseMs);
  else showResults();
}

/** Shows what the field holds now, without waiting for typing to pause (Enter). */
export function searchNow(): void {
  cancelPending();
  showResults();
}

export function chooseScope(scope: SearchScope): void {
  useSearch.setState({ scope });
  if (useSearch.getState().origin) searchNow();
}

/** Selects the search for the field's text, or the origin again once the text is too short to search. */
function showResults(): void {
  pending = undefined;
  const { text, scope, origin } = useSearch.getState();
  if (!origin) return;
  const ui = useUi.getState();
  const target = searchSourceFor(text, scope, origin);
  if (!target) useSearch.setState({ origin: null });
  const shown = target ?? origin;
  if (!sameSource(shown, ui.source)) ui.selectSource(shown);
}

/**
 * Empties the field and shows the source the search began in (Escape). False when there was no search to end, so that
 * a second Escape can leave the field.
 */
export function endSearch(): boolean {
  cancelPending();
  // The next key begins another search: it shows its results at once.
  lastKeyAt = Number.NEGATIVE_INFINITY;
  const { text, origin } = useSearch.getState();
  // Cleared before selecting, so that followSourceChanges takes the selection for the search's own.
  useSearch.setState({ text: '', origin: null });
  const ui = useUi.getState();
  if (origin && !sameSource(origin, ui.source)) ui.selectSource(origin);
  return text !== '' || origin !== null;
}

/**
 * Ends the search when the reader picks another source elsewhere (the sources pane), so that the field never shows a
 * query the list is not showing. Returns the unsubscribe.
 */
export function followSourceChanges(): () => void {
  return useUi.subscribe((state, previous) => {
    if (state.source === previous.source || state.source.kind === 'search' || !useSearch.getState().origin) return;
    cancelPending();
    useSearch.setState({ text: '', origin: null });
  });
}
