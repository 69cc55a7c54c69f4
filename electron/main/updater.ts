import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import electronUpdater from 'electron-updater';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
export function setUpUpdates(getWindow: () => BrowserWindow | null): AppUpdates {
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
      const { response } = await showMessage(getWindow(), {
        type: 'info',
        message: `Tidings ${version} is ready`,
        detail: 'Restart Tidings to start using it, or it will be installed the next time Tidings quits.',
        buttons: ['Restart now', 'Later'],
        defaultId: 0,
        cancelId: 1,
      });
      return response === 0;
    },
    report: (outcome) => {
      const message = outcomeMessage(outcome);
      if (message) void showMessage(getWindow(), { type: outcome.kind === 'failed' ? 'warning' : 'info', ...message, buttons: ['OK'] });
    },
    log: (message) => console.info(`[updates] ${message}`),
  });
  return { start: () => updates.start(), checkForUpdates: () => void updates.checkNow(), enabled: mode.on };
}

function showMessage(window: BrowserWindow | null, options: MessageBoxOptions) {
  // Attached to the window (a sheet on macOS) when there is one, so that it does not float above other apps.
  return window && !window.isDestroyed() ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

const offDetail: Record<UpdatesOffReason, string> = {
  development: 'Tidings updates itself only when it is installed from a release.',
  'system-package': 'This copy of Tidings was installed as a system package: your system’s software updates keep it up to date.',
  unmanaged: 'This copy of Tidings is not an installer or an AppImage, so it cannot replace itself: download the new version to update.',
};

function outcomeMessage(outcome: CheckOutcome): { message: string; detail?: string } | null {
  switch (outcome.kind) {
    case 'off':
      return { message: 'Updates are not checked here', detail: offDetail[outcome.reason] };
    case 'up-to-date':
      return { message: `Tidings ${outcome.version} is the latest version` };
    case 'downloading':
      return { message: `Tidings ${outcome.version} is available`, detail: 'It is being downloaded; Tidings will ask to restart when it is ready.' };
    case 'ready':
      // The restart prompt itself is shown again.
      return null;
    case 'failed':
      return { message: 'Could not check for updates', detail: outcome.message };
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
