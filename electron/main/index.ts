import { app, BrowserWindow, nativeImage, session, shell, Tray } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emit } from '../../shared/ipc/contract';
import { tidingsUserAgent } from '../feeds/fetchFeed';
import { createBackend } from '../handlers/backend';
import { MediaLibrary } from '../media/mediaLibrary';
import { isAppAddress } from './appAddress';
import { hardenApp } from './appHardening';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpcHandlers } from './ipc';
import { desktopProxy, keychainVault } from './feedAccess';
import { createShellMenus } from './menu';
import { systemNetwork } from './systemNetwork';
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

if (!app.requestSingleInstanceLock()) app.quit();
registerAppScheme();
hardenApp(app, {
  openExternal: (url) => void shell.openExternal(url),
  defaultSession: () => session.defaultSession,
  ready: app.whenReady(),
});

const emit: Emit = (event, payload) => {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
};

const proxy = desktopProxy();
// The pictures of articles, kept for reading offline beside the window's own data.
const media = MediaLibrary.open({ dir: join(app.getPath('userData'), 'images'), userAgent: tidingsUserAgent(app.getVersion()), proxy });

const backend = createBackend({
  emit,
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
});

const menus = createShellMenus({
  send: (command) => emit('app:command', { command }),
  getWindow: () => mainWindow,
  tray: { show: showWindow, refresh: () => backend.poller.refresh(), quit: () => app.quit() },
});

function showWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) mainWindow = createMainWindow(preloadPath, iconPath);
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createTray(): void {
  tray = new Tray(nativeImage.createFromPath(trayIconPath));
  tray.setToolTip('Tidings');
  tray.on('click', showWindow);
}

app.on('second-instance', showWindow);

app.whenReady().then(() => {
  serveRenderer(rendererDir, (query) => media.answer(query));
  registerIpcHandlers(backend.handlers, isAppAddress);
  createTray();
  menus.install(tray);
  showWindow();
  app.on('activate', showWindow);
});

app.on('window-all-closed', () => {
  // Not every Linux desktop shows tray icons, so closing the last window quits there and on Windows; macOS keeps the app.
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', () => {
  backend.poller.stop();
  // The index is written within seconds of every change anyway; this saves the last few uses.
  void media.close();
});
