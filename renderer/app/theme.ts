import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const storageKey = 'tidings.theme';
const listeners = new Set<() => void>();

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (themeChoices as readonly string[]).includes(value);
}

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(storageKey);
    return isThemeChoice(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

let current: ThemeChoice = 'system';

/**
 * Sets the chosen theme on <html>, where styles.css turns it into `color-scheme`; every colour variable follows that.
 * "System" leaves the attribute off, so the page follows the system as it changes without listening for it.
 */
function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

/** Run before the first render, so that a window set to the other theme than the system's never shows a frame of it. */
export function applySavedTheme(): void {
  current = readChoice();
  apply(current);
}

export function setThemeChoice(choice: ThemeChoice): void {
  current = choice;
  apply(choice);
  try {
    if (choice === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, choice);
  } catch {
    // Not remembered, but applied for this session.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => current);
}
