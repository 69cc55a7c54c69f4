import { app, Menu, type BrowserWindow } from 'electron';
import { commands, type CommandId } from '../../shared/commands/commandTable';
import { buildMenuTemplate } from './menuTemplate';

/** The application menu, from the command table; its commands reach the renderer as `app:command` events. */
export function buildMenu(send: (command: CommandId) => void, getWindow: () => BrowserWindow | null): Menu {
  const toggleDevTools = () => getWindow()?.webContents.toggleDevTools();
  return Menu.buildFromTemplate(
    buildMenuTemplate(commands, send, { isMac: process.platform === 'darwin', ...(app.isPackaged ? {} : { toggleDevTools }) }),
  );
}
