import { app, dialog, nativeImage, Notification, powerMonitor, type BrowserWindow } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { DesktopWords, OpenTarget } from '../../shared/model/desktop';
import type { DesktopHooks } from '../handlers/desktopHandlers';
import { CloseToTray } from '../desktop/closeToTray';
import { DesktopState } from '../desktop/desktopState';
import { linuxAutostart, autostartDir } from '../desktop/linuxAutostart';
import { loginItem, startHiddenFlag } from '../desktop/loginItem';
import type { Notice } from '../desktop/notificationBatch';
import type { PauseReasons } from '../desktop/pauseReasons';
import { pauseWhileAsleep } from '../desktop/powerPause';
import { shellSettingsFile } from '../desktop/shellSettingsFile';
import type { TrayActions } from './menuTemplate';

export interface BackgroundWiring {
  /** Shows the window (created again if it was closed for good). */
  showWindow: () => void;
  /**
   * Opens a clicked notification's target in the window: through the launch inbox, so that a window created again for
   * it (or still loading) gets it when it asks, rather than missing an event sent before it listened.
   */
  open: (target: OpenTarget) => void;
  pauses: () => PauseReasons;
  /** Builds the tray's menu again: the pause item changed. */
  rebuildTrayMenu: () => void;
  setToolTip: (text: string) => void;
  overlayIconPath: string;
}

export interface Background {
  /** What the handlers reach of it. */
  hooks: DesktopHooks;
  /** The tray menu's Pause/Resume checking item. */
  checking: NonNullable<TrayActions['checking']>;
  /** Keeps the window for the tray when it is closed, unless Tidings is quitting. */
  keepOnClose(window: BrowserWindow): void;
  /** Tidings is quitting: windows close for good, and what was gathered for a notification is dropped. */
  quitting(): void;
  /** The words the window last sent, in the interface language (English until it does). */
  words(): DesktopWords;
}

/** Tidings' life without its window, wired to Electron: the tray's status, notifications, closing to the tray, sleep, login. */
export function createBackground(wiring: BackgroundWiring): Background {
  const { platform } = process;
  let overlayWindow: BrowserWindow | null = null;
  const overlay = nativeImage.createFromPath(wiring.overlayIconPath);
  // Held while shown: a Notification nobody references is garbage-collected, and its click is lost.
  const shown = new Set<Notification>();
  const command = [...(app.isPackaged ? [process.env.APPIMAGE ?? process.execPath] : [process.execPath, app.getAppPath()]), startHiddenFlag];

  const state = new DesktopState({
    platform,
    surfaces: {
      setToolTip: wiring.setToolTip,
      ...(platform === 'win32' ? {} : { setBadgeCount: (count: number) => void app.setBadgeCount(count) }),
      ...(platform === 'win32'
        ? { setOverlay: (unread: boolean, description: string) => overlayWindow?.setOverlayIcon(unread ? overlay : null, description) }
        : {}),
    },
    showNotice,
    settingsFile: shellSettingsFile(join(app.getPath('userData'), 'shell-settings.json')),
    loginItem: loginItem(platform, app, linuxAutostart(autostartDir(process.env, homedir()), command)),
  });

  function showNotice(notice: Notice): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: notice.title, body: notice.body, silent: false });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      wiring.showWindow();
      wiring.open(notice.target);
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  }

  const closeToTray = new CloseToTray({
    platform,
    keepRunning: () => state.keepsRunning(),
    remember: (keep) => void state.rememberKeepRunning(keep).catch((error: unknown) => console.error('Could not remember the choice', error)),
    ask: async () => {
      const words = state.currentWords;
      const { response } = await dialog.showMessageBox({
        type: 'question',
        message: words.closeQuestion,
        detail: words.closeDetail,
        buttons: [words.keepRunning, words.quit],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return response === 0;
    },
    hide: () => overlayWindow?.hide(),
    quit: () => app.quit(),
  });

  const checking: Background['checking'] = {
    paused: () => wiring.pauses().has('user'),
    toggle: () => wiring.pauses().set('user', !wiring.pauses().has('user')),
    label: (paused) => (paused ? state.currentWords.resumeChecking : state.currentWords.pauseChecking),
  };

  void app.whenReady().then(() => {
    pauseWhileAsleep(powerMonitor, (reason, paused) => wiring.pauses().set(reason, paused));
    wiring.pauses().onChange((reasons) => {
      state.status.setPaused(reasons.has('user'));
      wiring.rebuildTrayMenu();
    });
  });

  return {
    hooks: {
      setUnreadCount: (count) => state.setUnreadCount(count),
      reword: (words) => {
        state.reword(words);
        wiring.rebuildTrayMenu();
      },
      configureNotifications: (settings) => state.configureNotifications(settings),
      notifyNewArticles: (feeds) => state.notifyNewArticles(feeds),
      background: (change) => state.background(change),
    },
    checking,
    words: () => state.currentWords,
    keepOnClose(window) {
      overlayWindow = window;
      window.on('close', (event) => closeToTray.close(() => event.preventDefault()));
    },
    quitting() {
      closeToTray.quit();
      state.notifications.clear();
    },
  };
}
