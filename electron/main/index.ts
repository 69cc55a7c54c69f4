import { app, BrowserWindow, Menu, nativeImage, shell, Tray } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emit } from '../../shared/ipc/contract';
import { createBackend } from '../handlers/backend';
import { appOrigin, registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpcHandlers } from './ipc';
import { buildMenu } from './menu';
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

const emit: Emit = (event, payload) => {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
};

const backend = createBackend({
  emit,
  appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform, shell: 'desktop' },
  openExternal: async (url) => {
    await shell.openExternal(url);
    return true;
  },
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
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Show Tidings', click: showWindow },
      { label: 'Refresh All', click: () => backend.poller.refresh() },
      { type: 'separator' },
      { label: 'Quit', click: () => app.quit() },
    ]),
  );
  tray.on('click', showWindow);
}

app.on('second-instance', showWindow);

app.whenReady().then(() => {
  serveRenderer(rendererDir);
  registerIpcHandlers(backend.handlers, (url) => url.startsWith(`${appOrigin}/`));
  Menu.setApplicationMenu(buildMenu((command) => emit('app:command', { command }), () => mainWindow));
  createTray();
  showWindow();
  app.on('activate', showWindow);
});

app.on('window-all-closed', () => {
  // Not every Linux desktop shows tray icons, so closing the last window quits there and on Windows; macOS keeps the app.
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', () => backend.poller.stop());

// Nothing in Tidings' own pages should ever open a webview or navigate elsewhere; refuse it app-wide as well.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
