import { create } from 'zustand';

/** Pixel sizes of the article text: one pixel a step, so that each step is a small, even change. */
export const readingFontSizes = { min: 14, max: 24, standard: 16 } as const;

const storageKey = 'tidings.readingFontSize';

export function clampReadingFontSize(size: number): number {
  if (!Number.isFinite(size)) return readingFontSizes.standard;
  return Math.min(readingFontSizes.max, Math.max(readingFontSizes.min, Math.round(size)));
}

/** The size one step from `current`; 0 goes back to the standard size. */
export function steppedReadingFontSize(current: number, step: 1 | -1 | 0): number {
  return step === 0 ? readingFontSizes.standard : clampReadingFontSize(current + step);
}

/** What was remembered, or the standard size when nothing (or nothing usable) was. */
export function storedReadingFontSize(stored: string | null): number {
  return stored === null || stored.trim() === '' ? readingFontSizes.standard : clampReadingFontSize(Number(stored));
}

/** localStorage, when this page may use it (it may throw in a locked-down or storage-less context). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function remembered(): number {
  try {
    return storedReadingFontSize(storage()?.getItem(storageKey) ?? null);
  } catch {
    return readingFontSizes.standard;
  }
}

const useReadingFont = create<{ size: number }>()(() => ({ size: remembered() }));

// Another window of the same app changing the size changes it here too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey) useReadingFont.setState({ size: storedReadingFontSize(event.newValue) });
  });
}

export function useReadingFontSize(): number {
  return useReadingFont((state) => state.size);
}

export function readingFontSize(): number {
  return useReadingFont.getState().size;
}

export function setReadingFontSize(size: number): void {
  const next = clampReadingFontSize(size);
  useReadingFont.setState({ size: next });
  try {
    const store = storage();
    if (next === readingFontSizes.standard) store?.removeItem(storageKey);
    else store?.setItem(storageKey, String(next));
  } catch {
    // Not remembered past this session, which is all that is lost.
  }
}

/** One step bigger (1), smaller (-1), or back to the default (0) for the article text; remembered. */
export function changeReadingFontSize(step: 1 | -1 | 0): void {
  setReadingFontSize(steppedReadingFontSize(readingFontSize(), step));
}
