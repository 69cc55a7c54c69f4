import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createShellMenus } from '../../../electron/main/menu';
import type { MenuItemTemplate } from '../../../electron/main/menuTemplate';
import { menuWordsIn } from '../../../renderer/i18n/menuWords';

// No Electron binary here: Menu records what it is asked to build and set.
const recorded = vi.hoisted(() => ({ applicationMenus: [] as MenuItemTemplate[][] }));

vi.mock('electron', () => ({
  app: { isPackaged: true },
  Menu: {
    buildFromTemplate: (template: MenuItemTemplate[]) => template,
    setApplicationMenu: (menu: MenuItemTemplate[]) => recorded.applicationMenus.push(menu),
  },
}));

function fakeTray() {
  const menus: MenuItemTemplate[][] = [];
  return { menus, tray: { setContextMenu: (menu: MenuItemTemplate[]) => menus.push(menu) } };
}

function shellMenus() {
  return createShellMenus({ send: () => undefined, getWindow: () => null, tray: { show: () => undefined, refresh: () => undefined, quit: () => undefined } });
}

// The File menu's name: the first menu with an item that asks more (Add feed…), on macOS too, where the app menu comes first.
const fileMenu = (menu: MenuItemTemplate[] | undefined) => menu?.find((item) => item.submenu?.some((entry) => entry.label?.includes('…')))?.label;

describe('the shell menus', () => {
  beforeEach(() => {
    recorded.applicationMenus.length = 0;
  });

  it('sets both menus in English when installed', () => {
    const { menus, tray } = fakeTray();
    shellMenus().install(tray as never);
    expect(recorded.applicationMenus).toHaveLength(1);
    expect(fileMenu(recorded.applicationMenus[0])).toBe('&File');
    expect(menus[0]?.[0]?.label).toBe('Show Tidings');
  });

  it('builds both again in the words sent', () => {
    const { menus, tray } = fakeTray();
    const shell = shellMenus();
    shell.install(tray as never);
    shell.reword(menuWordsIn('vi'));
    expect(fileMenu(recorded.applicationMenus.at(-1))).toBe('&Tệp');
    expect(menus.at(-1)?.[0]?.label).toBe('Hiện Tidings');
  });

  it('keeps words sent before the app is ready for when it is', () => {
    const { menus, tray } = fakeTray();
    const shell = shellMenus();
    shell.reword(menuWordsIn('fr'));
    expect(recorded.applicationMenus).toEqual([]);
    shell.install(tray as never);
    expect(fileMenu(recorded.applicationMenus[0])).toBe('&Fichier');
    expect(menus[0]?.[0]?.label).toBe('Afficher Tidings');
  });

  it('does without a tray', () => {
    shellMenus().install(null);
    expect(recorded.applicationMenus).toHaveLength(1);
  });
});
