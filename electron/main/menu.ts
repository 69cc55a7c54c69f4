import { app, Menu, type BrowserWindow, type Tray } from 'electron';
import { commands, type CommandId } from '../../shared/commands/commandTable';
import type { MenuWords } from '../../shared/commands/menuWords';
import { buildMenuTemplate, buildTrayTemplate, type MenuShell, type TrayActions } from './menuTemplate';

export interface ShellMenuWiring {
  /** Passes a command chosen from the menu to the renderer, as an `app:command` event. */
  send: (command: CommandId) => void;
  getWindow: () => BrowserWindow | null;
  /** The Help menu's items that main does itself. */
  help?: Pick<MenuShell, 'openLogFolder' | 'reportProblem' | 'checkForUpdates'>;
  tray: TrayActions;
}

export interface ShellMenus {
  /** Sets the application menu and the tray's, in the last words sent or, before any, in English. */
  install(tray: Tray | null): void;
  /** The interface language changed: both menus are built again in its words. */
  reword(words: MenuWords): void;
  /** What the tray's menu shows changed (checking paused or resumed, its words): it is built again. */
  rebuildTray(): void;
}

export function createShellMenus(wiring: ShellMenuWiring): ShellMenus {
  let words: MenuWords | undefined;
  let tray: Tray | null = null;
  let installed = false;
  const toggleDevTools = () => wiring.getWindow()?.webContents.toggleDevTools();
  const shell = { isMac: process.platform === 'darwin', ...(app.isPackaged ? {} : { toggleDevTools }), ...wiring.help };

  function build(): void {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(commands, wiring.send, shell, words)));
    tray?.setContextMenu(Menu.buildFromTemplate(buildTrayTemplate(wiring.tray, words)));
  }

  return {
    install(trayIcon) {
      tray = trayIcon;
      installed = true;
      build();
    },
    reword(next) {
      words = next;
      // Words that come before the app is ready wait for install: menus cannot be set before then.
      if (installed) build();
    },
    rebuildTray() {
      if (installed) tray?.setContextMenu(Menu.buildFromTemplate(buildTrayTemplate(wiring.tray, words)));
    },
  };
}
