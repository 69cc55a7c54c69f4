import { beforeEach, describe, expect, it, vi } from 'vitest';

// The desktop shell cannot start here (no Electron binary), so Electron's API is replaced by a recorder:
// what is checked is what Tidings asks of Electron.
const recorded = vi.hoisted(() => ({
  options: null as null | { webPreferences?: Record<string, unknown> } & Record<string, unknown>,
  loaded: '' as string,
  calls: [] as string[],
  listeners: new Map<string, () => void>(),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      recorded.options = options;
    }
    once(event: string, listener: () => void) {
      recorded.listeners.set(event, listener);
    }
    on(event: string, listener: () => void) {
      recorded.listeners.set(event, listener);
    }
    loadURL(url: string) {
      recorded.loaded = url;
      return Promise.resolve();
    }
    maximize() {
      recorded.calls.push('maximize');
    }
    show() {
      recorded.calls.push('show');
    }
    getNormalBounds() {
      return { x: 50, y: 60, width: 900, height: 700 };
    }
    isMaximized() {
      return true;
    }
    isFullScreen() {
      return false;
    }
  }
  const screen = {
    getPrimaryDisplay: () => ({ id: 2 }),
    getAllDisplays: () => [
      { id: 1, workArea: { x: -1920, y: 0, width: 1920, height: 1050 } },
      { id: 2, workArea: { x: 0, y: 0, width: 1440, height: 875 } },
    ],
  };
  return { BrowserWindow, screen };
});

const { createMainWindow } = await import('../../../electron/main/window');

describe('the desktop window', () => {
  beforeEach(() => {
    createMainWindow('/app/dist/preload/index.cjs', '/app/assets/icon.png');
  });

  it('isolates the page: context isolation, sandbox, no Node integration, the preload as the only bridge', () => {
    expect(recorded.options?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/dist/preload/index.cjs',
    });
    expect(recorded.loaded).toBe('tidings://app/index.html');
  });
});

describe('the desktop window, where it was left', () => {
  it('opens on a monitor there is, maximised again after its page is ready, and keeps what changes', async () => {
    const changes: unknown[] = [];
    const closing: unknown[] = [];
    // Saved on a monitor to the right, unplugged since: the window opens on the primary one.
    const saved = { bounds: { x: 3000, y: 100, width: 1000, height: 700 }, maximized: true, fullScreen: false };
    const keeper = { latest: () => saved, changed: (state: unknown) => changes.push(state), closing: async (state: unknown) => void closing.push(state) };
    recorded.calls = [];
    createMainWindow('/app/dist/preload/index.cjs', '/app/assets/icon.png', keeper);
    expect(recorded.options).toMatchObject({ x: 220, y: 88, width: 1000, height: 700, fullscreen: false, minWidth: 720, minHeight: 480 });
    expect(recorded.calls).toEqual([]);
    recorded.listeners.get('ready-to-show')?.();
    expect(recorded.calls).toEqual(['maximize', 'show']);
    recorded.listeners.get('move')?.();
    recorded.listeners.get('close')?.();
    const now = { bounds: { x: 50, y: 60, width: 900, height: 700 }, maximized: true, fullScreen: false };
    expect(changes).toEqual([now]);
    expect(closing).toEqual([now]);
  });
});
