import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../../electron/main/background';
import { PauseReasons } from '../../../electron/desktop/pauseReasons';
import type { NewArticles } from '../../../shared/model/desktop';

// No Electron binary here: the shell's Electron calls are recorded.
const recorded = vi.hoisted(() => ({ calls: [] as unknown[][], notifications: [] as { emit: (event: string) => boolean }[], power: new Map<string, () => void>() }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class Notification extends Emitter {
    static isSupported = () => true;
    constructor(readonly options: { title: string; body: string }) {
      super();
      recorded.notifications.push(this);
    }
    show() {
      recorded.calls.push(['notification', this.options.title, this.options.body]);
    }
  }
  return {
    app: {
      isPackaged: true,
      getPath: () => tmpdir(),
      getAppPath: () => '/app',
      whenReady: () => Promise.resolve(),
      setBadgeCount: (count: number) => recorded.calls.push(['badge', count]),
      getLoginItemSettings: () => ({ openAtLogin: false }),
      setLoginItemSettings: () => undefined,
      quit: () => recorded.calls.push(['quit']),
    },
    dialog: { showMessageBox: async () => ({ response: 0 }) },
    nativeImage: { createFromPath: () => ({}) },
    powerMonitor: { on: (event: string, listener: () => void) => recorded.power.set(event, listener), off: () => undefined },
    Notification,
  };
});

const report: NewArticles = { feedId: 'news', feedTitle: 'News', count: 1, newestKey: 'news a', newestTitle: 'Hello', firstFetch: false, notify: true };

describe('the background shell', () => {
  it('shows a notification through Electron; its click shows the window and opens the article', async () => {
    vi.useFakeTimers();
    try {
      const pauses = new PauseReasons((paused) => recorded.calls.push(['poller paused', paused]));
      const background = createBackground({
        showWindow: () => recorded.calls.push(['show window']),
        open: (target) => recorded.calls.push(['open', target]),
        pauses: () => pauses,
        rebuildTrayMenu: () => recorded.calls.push(['tray menu']),
        setToolTip: (text) => recorded.calls.push(['tooltip', text]),
        overlayIconPath: '/app/assets/unread-overlay.png',
      });
      await Promise.resolve();
      background.hooks.setUnreadCount(3);
      expect(background.hooks.notifyNewArticles([report])).toBe(true);
      await vi.advanceTimersByTimeAsync(5_000);
      recorded.notifications[0]?.emit('click');
      recorded.power.get('suspend')?.();
      background.checking.toggle();
      recorded.power.get('resume')?.();
      expect(recorded.calls).toEqual([
        ['badge', 3],
        ['tooltip', 'Tidings — 3 unread'],
        ['notification', 'News', 'Hello'],
        ['show window'],
        ['open', { kind: 'article', feedId: 'news', articleKey: 'news a' }],
        // Asleep, then paused by the reader, then awake: still paused, by the reader.
        ['poller paused', true],
        ['tray menu'],
        ['poller paused', true],
        ['tooltip', 'Tidings — 3 unread — Checking paused'],
        ['tray menu'],
        ['poller paused', true],
        ['tray menu'],
      ]);
      expect(background.checking.label(background.checking.paused())).toBe('Resume checking');
    } finally {
      vi.useRealTimers();
    }
  });
});
