import { beforeEach, describe, expect, it, vi } from 'vitest';

// The desktop shell cannot start here (no Electron binary), so Electron's API is replaced by a recorder:
// what is checked is what Tidings asks of Electron.
const recorded = vi.hoisted(() => ({
  options: null as null | { webPreferences?: Record<string, unknown> },
  loaded: '' as string,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      recorded.options = options;
    }
    once() {}
    loadURL(url: string) {
      recorded.loaded = url;
      return Promise.resolve();
    }
  }
  return { BrowserWindow };
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
