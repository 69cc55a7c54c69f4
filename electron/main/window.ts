import { BrowserWindow, screen } from 'electron';
import { placeWindow, type WindowState, type WindowStateKeeper } from '../desktop/windowState';
import { appOrigin } from './appAddress';

const sizes = { width: 1280, height: 820, minWidth: 720, minHeight: 480 };

/**
 * The main window, where it was left when `windowState` is given: its size and place clamped onto a monitor there is
 * now, maximised or full screen again if it was.
 */
export function createMainWindow(preloadPath: string, iconPath: string, windowState?: WindowStateKeeper, { hidden = false } = {}): BrowserWindow {
  const placement = placeWindow(windowState?.latest() ?? null, windowState ? workAreas() : [], sizes);
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: sizes.minWidth,
    minHeight: sizes.minHeight,
    fullscreen: placement.fullScreen,
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
  window.once('ready-to-show', () => {
    // Started at login, the window loads (it owns the database and stores what is fetched) and waits in the tray.
    if (hidden) return;
    // Maximised here rather than at once: maximize() shows a window, before its page is drawn.
    if (placement.maximized && !placement.fullScreen) window.maximize();
    window.show();
  });
  if (windowState) followWindowState(window, windowState);
  // Navigation, new windows and webviews are refused app-wide, for this window as for any other (appHardening.ts).
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

/** The monitors' work areas (without task bars and docks), the primary first: a window whose monitor is gone opens there. */
function workAreas(): Electron.Rectangle[] {
  const primary = screen.getPrimaryDisplay().id;
  const displays = screen.getAllDisplays();
  return [...displays.filter((display) => display.id === primary), ...displays.filter((display) => display.id !== primary)].map((display) => display.workArea);
}

function followWindowState(window: BrowserWindow, keeper: WindowStateKeeper): void {
  const current = (): WindowState => ({ bounds: window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() });
  const changed = () => keeper.changed(current());
  window.on('resize', changed);
  window.on('move', changed);
  window.on('maximize', changed);
  window.on('unmaximize', changed);
  window.on('enter-full-screen', changed);
  window.on('leave-full-screen', changed);
  window.on('close', () => void keeper.closing(current()));
}
