import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import electronUpdater from 'electron-updater';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DesktopWords, UpdateWord } from '../../shared/model/desktop';
import { fillPhrase } from '../desktop/desktopWords';
import { createUpdates, updateMode, type CheckOutcome, type UpdatesOffReason } from '../desktop/updates';

export interface AppUpdates {
  /** The first check comes a little after start, then one every few hours. */
  start(): void;
  /** The menu's "Check for updates": checks now and says what it found. */
  checkForUpdates(): void;
  /** Whether this install updates itself: the menu offers the check only then. */
  enabled: boolean;
}

/** Self-updating from the GitHub releases named in electron-builder.yml's `publish`; see desktop/updates.ts for when. */
export function setUpUpdates(getWindow: () => BrowserWindow | null, words: () => DesktopWords): AppUpdates {
  const mode = updateMode({
    isPackaged: app.isPackaged,
    platform: process.platform,
    appImagePath: process.env.APPIMAGE,
    packageType: readPackageType(),
  });
  const updates = createUpdates({
    mode,
    // electron-updater picks the AppImage, deb, NSIS or macOS updater for this install when first asked for it.
    createUpdater: () => electronUpdater.autoUpdater,
    currentVersion: app.getVersion(),
    askToRestart: async (version) => {
      const said = words().updates;
      const { response } = await showMessage(getWindow(), {
        type: 'info',
        message: fillPhrase(said.ready, { version }),
        detail: said.readyDetail,
        buttons: [said.restartNow, said.later],
        defaultId: 0,
        cancelId: 1,
      });
      return response === 0;
    },
    report: (outcome) => {
      const said = words().updates;
      const message = outcomeMessage(outcome, said);
      if (message) void showMessage(getWindow(), { type: outcome.kind === 'failed' ? 'warning' : 'info', ...message, buttons: [said.ok] });
    },
    log: (message) => console.info(`[updates] ${message}`),
  });
  return { start: () => updates.start(), checkForUpdates: () => void updates.checkNow(), enabled: mode.on };
}

function showMessage(window: BrowserWindow | null, options: MessageBoxOptions) {
  // Attached to the window (a sheet on macOS) when there is one, so that it does not float above other apps.
  return window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

const offDetail: Record<UpdatesOffReason, UpdateWord> = {
  development: 'offDevelopment',
  'system-package': 'offSystemPackage',
  unmanaged: 'offUnmanaged',
};

/** What a check the reader asked for found, in the interface's words. */
function outcomeMessage(outcome: CheckOutcome, said: Record<UpdateWord, string>): { message: string; detail?: string } | null {
  switch (outcome.kind) {
    case 'off':
      return { message: said.off, detail: said[offDetail[outcome.reason]] };
    case 'up-to-date':
      return { message: fillPhrase(said.upToDate, { version: outcome.version }) };
    case 'downloading':
      return { message: fillPhrase(said.available, { version: outcome.version }), detail: said.downloading };
    case 'ready':
      // The restart prompt itself is shown again.
      return null;
    case 'failed':
      // electron-updater's own words: the log's, and the only account of what went wrong.
      return { message: said.failed, detail: outcome.message };
  }
}

/** The word electron-builder writes into `resources/package-type` for deb, rpm and pacman builds; null in others. */
function readPackageType(): string | null {
  try {
    return readFileSync(join(process.resourcesPath, 'package-type'), 'utf8').trim();
  } catch {
    return null;
  }
}
