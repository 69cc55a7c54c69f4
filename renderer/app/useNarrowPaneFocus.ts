import { useLayoutEffect, useRef } from 'react';
import type { UiState } from '../state/store';
import type { WindowLayout } from './windowLayout';

/**
 * On a narrow window, opening an article hides the row that had the keyboard; the keyboard then goes to the Back
 * button at the top of the article rather than to the top of the page.
 */
export function useNarrowPaneFocus(layout: WindowLayout, narrowPane: UiState['narrowPane']): void {
  const before = useRef(narrowPane);
  useLayoutEffect(() => {
    const changed = before.current !== narrowPane;
    before.current = narrowPane;
    if (!changed || layout !== 'narrow' || narrowPane !== 'reader') return;
    const active = document.activeElement;
    const lost = active === null || active === document.body || !(active instanceof HTMLElement) || !active.checkVisibility();
    if (lost) document.querySelector<HTMLElement>('.back-to-list')?.focus();
  }, [layout, narrowPane]);
}
