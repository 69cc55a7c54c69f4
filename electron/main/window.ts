import { BrowserWindow } from 'electron';
import { appOrigin } from './appAddress';

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
  // Navigation, new windows and webviews are refused app-wide, for this window as for any other (appHardening.ts).
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
