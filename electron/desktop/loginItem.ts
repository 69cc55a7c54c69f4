import type { LinuxAutostart } from './linuxAutostart';

/** Electron's login item calls, as far as this needs them (macOS and Windows). */
export interface LoginItemApi {
  getLoginItemSettings: () => { openAtLogin: boolean; wasOpenedAtLogin?: boolean };
  setLoginItemSettings: (settings: { openAtLogin: boolean; args?: string[] }) => void;
}

/** Whether Tidings starts at login: asked of the system each time, since the reader can change it there too. */
export interface LoginItem {
  isEnabled(): Promise<boolean>;
  setEnabled(enabled: boolean): Promise<void>;
}

/**
 * Given to Tidings when the system starts it at login (Windows' login item, the Linux autostart entry): it then starts
 * in the tray, checking feeds, without putting a window in front of whatever the reader opens first.
 */
export const startHiddenFlag = '--hidden';

/** macOS and Windows keep login items themselves; Linux desktops read XDG autostart entries. */
export function loginItem(platform: NodeJS.Platform, api: LoginItemApi, autostart: LinuxAutostart): LoginItem {
  if (platform === 'linux') return autostart;
  return {
    isEnabled: async () => api.getLoginItemSettings().openAtLogin,
    // macOS passes no arguments to login items; it says instead that it opened the app at login (startedAtLogin).
    setEnabled: async (enabled) => api.setLoginItemSettings(platform === 'win32' ? { openAtLogin: enabled, args: [startHiddenFlag] } : { openAtLogin: enabled }),
  };
}

/** Whether this start is the system's, at login: the window is then made (it owns the database) but not shown. */
export function startedAtLogin(platform: NodeJS.Platform, argv: readonly string[], api: Pick<LoginItemApi, 'getLoginItemSettings'>): boolean {
  if (argv.includes(startHiddenFlag)) return true;
  return platform === 'darwin' && api.getLoginItemSettings().wasOpenedAtLogin === true;
}
