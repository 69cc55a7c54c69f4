// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageFullBanner } from '../../../renderer/features/storage/StorageFullBanner';
import { useUi } from '../../../renderer/state/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// What the buttons do to the store and to main is tested with them (retention.test.ts); here, only what they call.
const freeSpace = vi.hoisted(() => ({
  removeOldArticles: vi.fn(async () => ({ removed: 1_234, examined: 2_000, full: true })),
  clearImageCache: vi.fn(async () => ({ bytes: 0, files: 0, limits: { maxImageMegabytes: 5, maxTotalMegabytes: 500 } })),
}));
vi.mock('../../../renderer/features/storage/freeSpace', () => freeSpace);

let container: HTMLDivElement;
let root: Root;
const retry = vi.fn();

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(createElement(StorageFullBanner)));
  act(() => useUi.getState().setStorageFull(true, retry));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  useUi.setState({ storageFull: false });
  vi.clearAllMocks();
});

const button = (name: string) => [...container.querySelectorAll('button')].find((element) => element.textContent === name) as HTMLButtonElement;

describe('the disk-full message’s offer to free space', () => {
  it('removes old articles, says how many, and tries storing again', async () => {
    await act(async () => button('Remove old articles now').click());
    expect(freeSpace.removeOldArticles).toHaveBeenCalledTimes(1);
    expect(retry).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain('Removed 1,234 old articles.');
  });

  it('clears the image cache and tries storing again', async () => {
    await act(async () => button('Clear image cache').click());
    expect(freeSpace.clearImageCache).toHaveBeenCalledTimes(1);
    expect(retry).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain('Image cache cleared.');
  });
});
