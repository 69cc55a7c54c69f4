import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseToTray, closeAction } from '../../../electron/desktop/closeToTray';
import { DesktopState } from '../../../electron/desktop/desktopState';
import { autostartDir, autostartEntry, linuxAutostart } from '../../../electron/desktop/linuxAutostart';
import { loginItem, startedAtLogin, startHiddenFlag } from '../../../electron/desktop/loginItem';
import { PauseReasons } from '../../../electron/desktop/pauseReasons';
import { pauseWhileAsleep, type PowerEvents } from '../../../electron/desktop/powerPause';
import { shellSettingsFile } from '../../../electron/desktop/shellSettingsFile';
import { TrayStatus } from '../../../electron/desktop/trayStatus';
import { buildTrayTemplate } from '../../../electron/main/menuTemplate';
import { desktopWordsIn } from '../../../renderer/i18n/desktopWords';

const folders: string[] = [];
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tidings-desktop-'));
  folders.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the tray’s status', () => {
  it('shows the unread count in the tooltip, the badge and the overlay, and says when checking is paused', () => {
    const calls: unknown[][] = [];
    const status = new TrayStatus({
      setToolTip: (text) => calls.push(['tooltip', text]),
      setBadgeCount: (count) => calls.push(['badge', count]),
      setOverlay: (unread, description) => calls.push(['overlay', unread, description]),
    });
    status.setUnread(12);
    status.setUnread(12);
    status.setPaused(true);
    status.reword(desktopWordsIn('fr'));
    status.setUnread(0);
    expect(calls).toEqual([
      ['badge', 12],
      ['tooltip', 'Tidings — 12 unread'],
      ['overlay', true, 'Tidings — 12 unread'],
      ['tooltip', 'Tidings — 12 unread — Checking paused'],
      ['overlay', true, 'Tidings — 12 unread — Checking paused'],
      ['tooltip', 'Tidings — 12 non lus — Vérification suspendue'],
      ['overlay', true, 'Tidings — 12 non lus — Vérification suspendue'],
      ['badge', 0],
      ['tooltip', 'Tidings — Vérification suspendue'],
      ['overlay', false, 'Tidings — Vérification suspendue'],
    ]);
  });

  it('offers Open, Refresh all, Pause or Resume checking and Quit in the tray menu', () => {
    let paused = false;
    const words = desktopWordsIn('en');
    const checking = { paused: () => paused, toggle: () => (paused = !paused), label: (state: boolean) => (state ? words.resumeChecking : words.pauseChecking) };
    const labels = () =>
      buildTrayTemplate({ show: () => undefined, refresh: () => undefined, quit: () => undefined, checking }).map((item) => item.label ?? item.type);
    expect(labels()).toEqual(['Show Tidings', 'Refresh all', 'Pause checking', 'separator', 'Quit']);
    buildTrayTemplate({ show: () => undefined, refresh: () => undefined, quit: () => undefined, checking })[2]?.click?.(null, null);
    expect(labels()[2]).toBe('Resume checking');
  });
});

describe('pausing', () => {
  it('pauses on suspend and resumes on wake, but not over the reader’s own pause or a full disk', () => {
    const applied: boolean[] = [];
    const reasons = new PauseReasons((paused) => applied.push(paused));
    const listeners = new Map<string, () => void>();
    const power: PowerEvents = { on: (event, listener) => listeners.set(event, listener), off: (event) => listeners.delete(event) };
    const stop = pauseWhileAsleep(power, (reason, paused) => reasons.set(reason, paused));
    listeners.get('suspend')?.();
    listeners.get('resume')?.();
    expect(applied).toEqual([true, false]);
    reasons.set('user', true);
    listeners.get('suspend')?.();
    listeners.get('resume')?.();
    reasons.set('storage-full', true);
    reasons.set('user', false);
    expect(applied).toEqual([true, false, true, true, true, true, true]);
    reasons.set('storage-full', false);
    expect(applied.at(-1)).toBe(false);
    stop();
    expect(listeners.size).toBe(0);
  });
});

describe('closing the window', () => {
  it('hides it by default on Windows and macOS, asks first on Linux, and follows the choice once made', () => {
    expect([closeAction(null, 'win32'), closeAction(null, 'darwin'), closeAction(null, 'linux')]).toEqual(['hide', 'hide', 'ask']);
    expect([closeAction(true, 'linux'), closeAction(false, 'win32')]).toEqual(['hide', 'quit']);
  });

  async function closing(answer: boolean) {
    const calls: string[] = [];
    let keep: boolean | null = null;
    const close = new CloseToTray({
      platform: 'linux',
      keepRunning: () => keep,
      remember: (value) => {
        keep = value;
        calls.push(`remember ${value}`);
      },
      ask: async () => {
        calls.push('ask');
        return answer;
      },
      hide: () => calls.push('hide'),
      quit: () => calls.push('quit'),
    });
    let prevented = 0;
    close.close(() => (prevented += 1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { calls, close, prevented: () => prevented };
  }

  it('on Linux, asks at the first close and remembers: keep running hides the window', async () => {
    const { calls, close, prevented } = await closing(true);
    close.close(() => undefined);
    expect(calls).toEqual(['ask', 'remember true', 'hide', 'hide']);
    expect(prevented()).toBe(1);
  });

  it('on Linux, asks at the first close and remembers: quit quits, and the window then closes for good', async () => {
    const { calls, close } = await closing(false);
    let prevented = false;
    close.close(() => (prevented = true));
    expect(calls).toEqual(['ask', 'remember false', 'quit']);
    expect(prevented).toBe(false);
  });

  it('lets the window close while Tidings quits', () => {
    const close = new CloseToTray({ platform: 'win32', keepRunning: () => true, remember: () => undefined, ask: async () => true, hide: () => undefined, quit: () => undefined });
    close.quit();
    let prevented = false;
    close.close(() => (prevented = true));
    expect(prevented).toBe(false);
  });
});

describe('starting at login', () => {
  it('uses the system’s login items on macOS and Windows', async () => {
    const calls: unknown[] = [];
    let openAtLogin = false;
    const api = { getLoginItemSettings: () => ({ openAtLogin }), setLoginItemSettings: (settings: { openAtLogin: boolean }) => calls.push(settings) && (openAtLogin = settings.openAtLogin) };
    const item = loginItem('darwin', api, linuxAutostart('/nowhere', ['tidings']));
    expect(await item.isEnabled()).toBe(false);
    await item.setEnabled(true);
    expect(calls).toEqual([{ openAtLogin: true }]);
    expect(await item.isEnabled()).toBe(true);
    // Windows starts it with the flag that keeps the window hidden; macOS says so itself.
    await loginItem('win32', api, linuxAutostart('/nowhere', ['tidings'])).setEnabled(true);
    expect(calls.at(-1)).toEqual({ openAtLogin: true, args: [startHiddenFlag] });
  });

  it('starts hidden when the system started it at login, and only then', () => {
    const settings = (wasOpenedAtLogin: boolean) => ({ getLoginItemSettings: () => ({ openAtLogin: true, wasOpenedAtLogin }) });
    expect(startedAtLogin('linux', ['/opt/tidings', startHiddenFlag], settings(false))).toBe(true);
    expect(startedAtLogin('win32', ['C:\\Tidings.exe'], settings(false))).toBe(false);
    expect(startedAtLogin('darwin', ['/Applications/Tidings.app'], settings(true))).toBe(true);
    expect(startedAtLogin('linux', ['/opt/tidings'], settings(true))).toBe(false);
  });

  it('writes and removes an XDG autostart entry on Linux, its command quoted', async () => {
    const dir = join(await folder(), 'autostart');
    const command = ['/opt/My Apps/Tidings.AppImage', '--flag=100%'];
    const item = loginItem('linux', { getLoginItemSettings: () => ({ openAtLogin: true }), setLoginItemSettings: () => undefined }, linuxAutostart(dir, command));
    expect(await item.isEnabled()).toBe(false);
    await item.setEnabled(true);
    const entry = await readFile(join(dir, 'tidings.desktop'), 'utf8');
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=Tidings\n');
    expect(entry).toContain('Exec="/opt/My Apps/Tidings.AppImage" "--flag=100%%"\n');
    expect(await item.isEnabled()).toBe(true);
    await writeFile(join(dir, 'tidings.desktop'), `${entry}Hidden=true\n`);
    expect(await item.isEnabled()).toBe(false);
    await item.setEnabled(false);
    await expect(readFile(join(dir, 'tidings.desktop'))).rejects.toThrow();
    expect(autostartEntry(['a"b$c\\d'])).toContain('Exec="a\\\\"b\\\\$c\\\\\\\\d"');
  });

  it('finds the autostart folder in XDG_CONFIG_HOME, else ~/.config', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/me')).toBe('/cfg/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative' }, '/home/me')).toBe('/home/me/.config/autostart');
    expect(autostartDir({}, '/home/me')).toBe('/home/me/.config/autostart');
  });
});

describe('the shell’s own settings', () => {
  it('remember the answer to the first close across starts, and ask the system whether Tidings starts at login', async () => {
    const path = join(await folder(), 'shell-settings.json');
    let atLogin = false;
    const options = {
      platform: 'linux' as const,
      surfaces: { setToolTip: () => undefined },
      showNotice: () => undefined,
      settingsFile: shellSettingsFile(path),
      loginItem: { isEnabled: async () => atLogin, setEnabled: async (enabled: boolean) => void (atLogin = enabled) },
    };
    const first = new DesktopState(options);
    expect(await first.background()).toEqual({ keepRunning: null, startAtLogin: false });
    expect(await first.background({ keepRunning: false, startAtLogin: true })).toEqual({ keepRunning: false, startAtLogin: true });
    const next = new DesktopState(options);
    await next.whenLoaded();
    expect(next.keepsRunning()).toBe(false);
    expect(new DesktopState({ ...options, platform: 'win32', settingsFile: shellSettingsFile(join(path, '..', 'none.json')) }).keepsRunning()).toBe(true);
  });
});
