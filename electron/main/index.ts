import { app, BrowserWindow, nativeImage, session, shell, Tray } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LaunchInbox } from '../desktop/launchInbox';
import { startedAtLogin } from '../desktop/loginItem';
import { startLaunching } from '../desktop/launching';
import { problemReportUrl } from '../desktop/problemReport';
import { keepWindowState, windowStateFile } from '../desktop/windowState';
import { tidingsUserAgent } from '../feeds/fetchFeed';
import { createBackend } from '../handlers/backend';
import { joinedText, jsonTransport } from '../handlers/eventText';
import { MediaLibrary } from '../media/mediaLibrary';
import { isAppAddress } from './appAddress';
import { createBackground } from './background';
import { hardenApp } from './appHardening';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpcHandlers } from './ipc';
import { logFolder, startLog } from './log';
import { desktopProxy, keychainVault } from './feedAccess';
import { createShellMenus } from './menu';
import { systemNetwork } from './systemNetwork';
import { setUpUpdates } from './updater';
import { createMainWindow } from './window';

// Thin on purpose: window, tray, menu and IPC wiring. The work itself lives in ../handlers and below, free of Electron.
const distDir = fileURLToPath(new URL('..', import.meta.url));
const preloadPath = join(distDir, 'preload', 'index.cjs');
const rendererDir = join(distDir, 'renderer');
const iconPath = join(app.getAppPath(), 'assets', 'icon.png');
const trayIconPath = join(app.getAppPath(), 'assets', 'tray.png');

let mainWindow: BrowserWindow | null = null;
// Held at module level: a Tray nobody references is garbage-collected, and its icon disappears.
let tray: Tray | null = null;

const log = startLog();
// What launches ask to open (`feed:` links, addresses, OPML files) waits here until the window asks for it.
const launchInbox = new LaunchInbox((request) => emit('app:launch', request));
startLaunching(app, {
  argv: process.argv,
  workingDirectory: process.cwd(),
  isFile: (path) => existsSync(path) && statSync(path).isFile(),
  packaged: app.isPackaged,
  open: (targets) => {
    void launchInbox.receive(targets);
    // A link handed to macOS before the app was ready is opened by the first window, which asks for it.
    if (app.isReady()) showWindow();
  },
  showWindow,
});
const windowState = keepWindowState(windowStateFile(join(app.getPath('userData'), 'window-state.json')), {
  onError: (error) => log.warn('Could not keep the window state', error),
});
registerAppScheme();
hardenApp(app, {
  openExternal: (url) => void shell.openExternal(url),
  defaultSession: () => session.defaultSession,
  ready: app.whenReady(),
});

// Events go as their JSON text, which the page reads (DesktopBridge in shared/ipc/contract.ts).
const { emit, pushResult } = jsonTransport((event, json) => {
  const text = typeof json === 'string' ? json : joinedText(json);
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, text);
});

const proxy = desktopProxy();
// The pictures of articles, kept for reading offline beside the window's own data.
const media = MediaLibrary.open({ dir: join(app.getPath('userData'), 'images'), userAgent: tidingsUserAgent(app.getVersion()), proxy });

// Closing the window keeps Tidings in the tray, polling and storing: the hidden window owns the database.
const background = createBackground({
  showWindow,
  open: (target) => launchInbox.post({ kind: 'open', target }),
  pauses: () => backend.pauses,
  rebuildTrayMenu: () => menus.rebuildTray(),
  setToolTip: (text) => tray?.setToolTip(text),
  overlayIconPath: join(app.getAppPath(), 'assets', 'unread-overlay.png'),
});

const backend = createBackend({
  emit,
  pushResult,
  appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform, shell: 'desktop' },
  openExternal: async (url) => {
    await shell.openExternal(url);
    return true;
  },
  proxy,
  media,
  systemNetwork: systemNetwork(),
  vault: keychainVault(),
  applyMenuWords: (words) => {
    menus.reword(words);
    return true;
  },
  desktop: background.hooks,
  launch: { pendingLaunches: () => launchInbox.take(), writeLog: (line) => log.error(line) },
});

// Checks only in an installed release (not in development, nor in a deb, which the system updates).
const updates = setUpUpdates(() => mainWindow, () => background.words());

const menus = createShellMenus({
  send: (command) => emit('app:command', { command }),
  getWindow: () => mainWindow,
  help: {
    checkForUpdates: updates.enabled ? updates.checkForUpdates : undefined,
    openLogFolder: () => void shell.openPath(logFolder()),
    reportProblem: () =>
      void shell.openExternal(
        problemReportUrl({ appVersion: app.getVersion(), electronVersion: process.versions.electron, platform: process.platform, osVersion: process.getSystemVersion() }),
      ),
  },
  tray: { show: showWindow, refresh: () => backend.poller.refresh(), quit: () => app.quit(), checking: background.checking },
});

/** The window, made if there is none; `hidden` only for a start at login, when it waits in the tray. */
function ensureWindow({ hidden = false } = {}): BrowserWindow {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(preloadPath, iconPath, windowState, { hidden });
    background.keepOnClose(mainWindow);
    // A page loading again has stopped listening: what launches ask meanwhile waits until it asks again.
    mainWindow.webContents.on('did-start-loading', () => launchInbox.stopListening());
    mainWindow.on('closed', () => launchInbox.stopListening());
  }
  return mainWindow;
}

function showWindow(): void {
  const window = ensureWindow();
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function createTray(): void {
  tray = new Tray(nativeImage.createFromPath(trayIconPath));
  tray.setToolTip('Tidings');
  tray.on('click', showWindow);
}

app.whenReady().then(() => {
  serveRenderer(rendererDir, (query) => media.answer(query));
  registerIpcHandlers(backend.handlers, isAppAddress, (channel, error) => log.error(`The handler of ${channel} failed`, error));
  createTray();
  menus.install(tray);
  if (startedAtLogin(process.platform, process.argv, app)) ensureWindow({ hidden: true });
  else showWindow();
  app.on('activate', showWindow);
  updates.start();
});

app.on('window-all-closed', () => {
  // Reached only when closing quits (the reader's choice, see background.ts); macOS keeps the app as its apps do.
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', () => {
  background.quitting();
  backend.poller.stop();
  // The index is written within seconds of every change anyway; this saves the last few uses.
  void media.close();
});
