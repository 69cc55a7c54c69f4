import { BrowserWindow, shell } from 'electron';
import { isWebUrl } from '../../shared/util/url';
import { appOrigin } from './appProtocol';

export function createMainWindow(preloadPath: string, iconPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Tidings',
    icon: iconPath,
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // The window owns the database and stores what the poller fetches, also while hidden or minimised.
      backgroundThrottling: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The window only ever shows Tidings itself; links leave for the system browser, and only http(s) ones.
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
