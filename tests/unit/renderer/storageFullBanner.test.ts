// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountEach } from './support/mountEach';
import { StorageFullBanner } from '../../../renderer/features/storage/StorageFullBanner';
import { useUi } from '../../../renderer/state/store';

const view = mountEach(() => createElement(StorageFullBanner), () => useUi.setState({ storageFull: false }));

describe('the disk-full message', () => {
  it('shows nothing while results can be stored', () => {
    expect(view().innerHTML).toBe('');
  });

  it('says, as one alert, that checking is paused and nothing stored is lost; Try again tries at once; it goes once stored', () => {
    const retry = vi.fn();
    act(() => useUi.getState().setStorageFull(true, retry));
    const alerts = view().querySelectorAll('[role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.textContent).toMatch(/disk is full.*paused.*already\s+stored is kept/s);

    act(() => view().querySelector('button')?.click());
    expect(retry).toHaveBeenCalledTimes(1);

    act(() => useUi.getState().setStorageFull(false));
    expect(view().innerHTML).toBe('');
  });
});
