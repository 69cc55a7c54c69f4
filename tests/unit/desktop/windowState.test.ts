import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { keepWindowState, placeWindow, readWindowState, windowStateFile, type WindowState } from '../../../electron/desktop/windowState';

const sizes = { width: 1280, height: 820, minWidth: 720, minHeight: 480 };
const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1415 };
const state = (x: number, y: number, width = 1200, height = 800, more: Partial<WindowState> = {}): WindowState => ({
  bounds: { x, y, width, height },
  maximized: false,
  fullScreen: false,
  ...more,
});

describe('reading a saved window state', () => {
  it('accepts a complete state and refuses anything else', () => {
    expect(readWindowState(state(10, 20))).toEqual(state(10, 20));
    expect(readWindowState({ bounds: { x: 1, y: 2, width: 300, height: 200 } })).toEqual(state(1, 2, 300, 200));
    for (const broken of [null, 'x', {}, { bounds: { x: 1, y: 2, width: 0, height: 200 } }, { bounds: { x: 1, y: 2, width: '3', height: 200 } }, { bounds: { x: Infinity, y: 2, width: 3, height: 2 } }]) {
      expect(readWindowState(broken)).toBeNull();
    }
  });
});

describe('placing the window on the monitors there are', () => {
  it('opens at the default size, centred by the system, without a saved state', () => {
    expect(placeWindow(null, [laptop], sizes)).toEqual({ bounds: { width: 1280, height: 820 }, maximized: false, fullScreen: false });
  });

  it('opens where it was when that monitor is still there', () => {
    expect(placeWindow(state(1600, 100), [laptop, monitorOnTheRight], sizes).bounds).toEqual({ x: 1600, y: 100, width: 1200, height: 800 });
  });

  it('moves onto the first monitor, centred, when its monitor is gone', () => {
    expect(placeWindow(state(1600, 100, 1200, 800, { maximized: true }), [laptop], sizes)).toEqual({
      bounds: { x: 120, y: 38, width: 1200, height: 800 },
      maximized: true,
      fullScreen: false,
    });
  });

  it('is pulled back whole onto the monitor it mostly lay on, shrunk to fit it', () => {
    expect(placeWindow(state(300, -50), [laptop, monitorOnTheRight], sizes).bounds).toEqual({ x: 240, y: 0, width: 1200, height: 800 });
    expect(placeWindow(state(0, 0, 3000, 2000), [laptop], sizes).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('keeps its smallest size unless the monitor is smaller still', () => {
    expect(placeWindow(state(10, 10, 200, 100), [laptop], sizes).bounds).toEqual({ x: 10, y: 10, width: 720, height: 480 });
    expect(placeWindow(state(0, 0, 800, 600), [{ x: 0, y: 0, width: 640, height: 400 }], sizes).bounds).toEqual({ x: 0, y: 0, width: 640, height: 400 });
  });

  it('keeps full screen and maximised', () => {
    expect(placeWindow(state(0, 0, 1200, 800, { fullScreen: true }), [laptop], sizes).fullScreen).toBe(true);
  });
});

describe('keeping the window state', () => {
  it('writes once the window is still, at once when it closes, and never the same state twice', async () => {
    vi.useFakeTimers();
    try {
      const written: string[] = [];
      const keeper = keepWindowState({ read: () => JSON.stringify(state(1, 1)), write: (text) => void written.push(text) }, { delayMs: 500 });
      expect(keeper.latest()).toEqual(state(1, 1));
      keeper.changed(state(10, 10));
      keeper.changed(state(20, 20));
      vi.advanceTimersByTime(499);
      expect(written).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(written.map((text) => JSON.parse(text) as WindowState)).toEqual([state(20, 20)]);
      keeper.changed(state(30, 30));
      await keeper.closing(state(40, 40));
      vi.advanceTimersByTime(1000);
      await keeper.closing(state(40, 40));
      expect(written.map((text) => JSON.parse(text) as WindowState)).toEqual([state(20, 20), state(40, 40)]);
      expect(keeper.latest()).toEqual(state(40, 40));
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts without a state from a missing or broken file, and reports a failed write', async () => {
    const errors: unknown[] = [];
    const folder = mkdtempSync(join(tmpdir(), 'tidings-window-'));
    const path = join(folder, 'state', 'window-state.json');
    expect(keepWindowState(windowStateFile(path)).latest()).toBeNull();
    await keepWindowState(windowStateFile(path)).closing(state(5, 5));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(state(5, 5));
    expect(keepWindowState(windowStateFile(path)).latest()).toEqual(state(5, 5));
    const broken = keepWindowState({ read: () => '{"bounds":', write: () => { throw new Error('disk full'); } }, { onError: (error) => errors.push(error) });
    expect(broken.latest()).toBeNull();
    await broken.closing(state(1, 1));
    expect(errors).toHaveLength(2);
  });
});
