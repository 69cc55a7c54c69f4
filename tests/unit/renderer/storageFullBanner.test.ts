// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageFullBanner } from '../../../renderer/features/storage/StorageFullBanner';
import { useUi } from '../../../renderer/state/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(createElement(StorageFullBanner)));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  useUi.setState({ storageFull: false });
});

describe('the disk-full message', () => {
  it('shows nothing while results can be stored', () => {
    expect(container.innerHTML).toBe('');
  });

  it('says, as one alert, that checking is paused and nothing stored is lost; Try again tries at once; it goes once stored', () => {
    const retry = vi.fn();
    act(() => useUi.getState().setStorageFull(true, retry));
    const alerts = container.querySelectorAll('[role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.textContent).toMatch(/disk is full.*paused.*already\s+stored is kept/s);

    act(() => container.querySelector('button')?.click());
    expect(retry).toHaveBeenCalledTimes(1);

    act(() => useUi.getState().setStorageFull(false));
    expect(container.innerHTML).toBe('');
  });
});
