import { beforeEach, describe, expect, it, vi } from 'vitest';

// The desktop shell cannot start here (no Electron binary), so Electron's API is replaced by a recorder:
// what is checked is what Tidings asks of Electron.
const recorded = vi.hoisted(() => ({
  options: null as null | { webPreferences?: Record<string, unknown> },
  handlers: new Map<string, (...args: unknown[]) => void>(),
  windowOpenHandler: null as null | ((details: { url: string }) => { action: string }),
  loaded: '' as string,
  opened: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: (event: string, handler: (...args: unknown[]) => void) => recorded.handlers.set(event, handler),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
        recorded.windowOpenHandler = handler;
      },
    };
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      recorded.options = options;
    }
    once() {}
    loadURL(url: string) {
      recorded.loaded = url;
      return Promise.resolve();
    }
  }
  return { BrowserWindow, shell: { openExternal: (url: string) => recorded.opened.push(url) } };
});

const { createMainWindow } = await import('../../../electron/main/window');

function navigationAllowed(event: 'will-navigate' | 'will-redirect', url: string): boolean {
  let prevented = false;
  recorded.handlers.get(event)?.({ preventDefault: () => (prevented = true) }, url);
  return !prevented;
}

describe('the desktop window', () => {
  beforeEach(() => {
    recorded.handlers.clear();
    recorded.opened = [];
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

  it('never navigates away from Tidings’ own pages', () => {
    expect(navigationAllowed('will-navigate', 'tidings://app/index.html')).toBe(true);
    expect(navigationAllowed('will-navigate', 'https://example.com/')).toBe(false);
    expect(navigationAllowed('will-navigate', 'file:///etc/passwd')).toBe(false);
    expect(navigationAllowed('will-redirect', 'https://evil.example/')).toBe(false);
  });

  it('opens no new window: http(s) links go to the system browser, anything else nowhere', () => {
    expect(recorded.windowOpenHandler?.({ url: 'https://www.nguoiduatin.vn/article.html' })).toEqual({ action: 'deny' });
    expect(recorded.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(recorded.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(recorded.opened).toEqual(['https://www.nguoiduatin.vn/article.html']);
  });

  it('refuses webviews', () => {
    let prevented = false;
    recorded.handlers.get('will-attach-webview')?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
