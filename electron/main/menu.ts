import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { EventContract } from '../../shared/ipc/contract';

type Command = EventContract['app:command']['command'];

/** The application menu; its commands reach the renderer as `app:command` events. */
export function buildMenu(send: (command: Command) => void, getWindow: () => BrowserWindow | null): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Add Feed…', accelerator: 'CmdOrCtrl+N', click: () => send('add-feed') },
        { label: 'Refresh All', accelerator: 'CmdOrCtrl+R', click: () => send('refresh') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ label: 'Developer Tools', accelerator: 'F12', click: () => getWindow()?.webContents.toggleDevTools() }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
