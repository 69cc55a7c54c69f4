import { describe, expect, it } from 'vitest';
import { hardenApp, type HardenableApp } from '../../../electron/main/appHardening';
import type { GuardedContents } from '../../../electron/main/contentsGuard';
import type { LockableSession } from '../../../electron/main/sessionPermissions';

// The desktop shell cannot start here (no Electron binary): the app, its web contents and sessions are recorders, and
// what is checked is what Tidings asks of Electron. `npm run typecheck` holds the real ones to these shapes.

type Listener = (...args: never[]) => unknown;

/** Web contents that keep what the guard registers, and answer as Electron would to a page's attempts. */
class RecordedContents implements GuardedContents {
  private listeners = new Map<string, Listener>();
  private openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  /** Whether a navigation or redirect of this kind to `url` would go ahead. */
  goes(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let refused = false;
    const listener = this.listeners.get(event) as ((event: { preventDefault(): void }, url: string) => void) | undefined;
    listener?.({ preventDefault: () => (refused = true) }, url);
    return !refused;
  }

  attachesWebview(): boolean {
    let refused = false;
    const listener = this.listeners.get('will-attach-webview') as ((event: { preventDefault(): void }) => void) | undefined;
    listener?.({ preventDefault: () => (refused = true) });
    return !refused;
  }

  /** What window.open(url) or a target=_blank link would get; without a handler Electron opens a window. */
  opens(url: string): string {
    return this.openHandler?.({ url }).action ?? 'allow';
  }
}

/** A session whose handlers answer as Electron would ask them; without a handler Electron grants everything. */
class RecordedSession implements LockableSession {
  private request: Parameters<LockableSession['setPermissionRequestHandler']>[0] | null = null;
  private check: Parameters<LockableSession['setPermissionCheckHandler']>[0] | null = null;
  private device: Parameters<LockableSession['setDevicePermissionHandler']>[0] | null = null;

  setPermissionRequestHandler(handler: Parameters<LockableSession['setPermissionRequestHandler']>[0]): void {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: Parameters<LockableSession['setPermissionCheckHandler']>[0]): void {
    this.check = handler;
  }
  setDevicePermissionHandler(handler: Parameters<LockableSession['setDevicePermissionHandler']>[0]): void {
    this.device = handler;
  }

  requested(permission: string, requestingUrl: string, isMainFrame = true): boolean {
    let answer = true;
    this.request?.(null, permission, (granted) => (answer = granted), { requestingUrl, isMainFrame });
    return answer;
  }
  checked(permission: string, requestingOrigin: string, isMainFrame = true): boolean {
    return this.check ? this.check(null, permission, requestingOrigin, { requestingUrl: `${requestingOrigin}/`, isMainFrame }) : true;
  }
  deviceAllowed(): boolean {
    return this.device ? this.device({ deviceType: 'usb', origin: 'tidings://app' }) : true;
  }
}

/** The app as Electron's `app` emitter, and a helper standing in for Electron creating contents and sessions. */
function hardenedApp() {
  const listeners = new Map<string, Listener>();
  const app = { on: (event: string, listener: Listener) => listeners.set(event, listener) } as unknown as HardenableApp;
  const opened: string[] = [];
  const defaultSession = new RecordedSession();
  let ready: () => void = () => undefined;
  hardenApp(app, { openExternal: (url) => opened.push(url), defaultSession: () => defaultSession, ready: new Promise<void>((resolve) => (ready = resolve)) });
  return {
    opened,
    defaultSession,
    becomeReady: async () => {
      ready();
      await Promise.resolve();
      await Promise.resolve();
    },
    createContents: () => {
      const contents = new RecordedContents();
      (listeners.get('web-contents-created') as (event: unknown, contents: GuardedContents) => void)({}, contents);
      return contents;
    },
    createSession: () => {
      const session = new RecordedSession();
      (listeners.get('session-created') as (session: LockableSession) => void)(session);
      return session;
    },
  };
}

describe('every web contents the app creates', () => {
  it('never navigates or redirects away from Tidings’ own pages', () => {
    const { createContents } = hardenedApp();
    for (const contents of [createContents(), createContents()]) {
      expect(contents.goes('will-navigate', 'tidings://app/index.html')).toBe(true);
      expect(contents.goes('will-navigate', 'https://example.com/')).toBe(false);
      expect(contents.goes('will-navigate', 'file:///etc/passwd')).toBe(false);
      expect(contents.goes('will-navigate', 'tidings://app.example.com/')).toBe(false);
      expect(contents.goes('will-redirect', 'tidings://app/feed')).toBe(true);
      expect(contents.goes('will-redirect', 'https://evil.example/')).toBe(false);
    }
  });

  it('opens no window: http(s) links go to the system browser, anything else nowhere', () => {
    const { createContents, opened } = hardenedApp();
    const contents = createContents();
    for (const url of ['https://www.nguoiduatin.vn/article.html', 'http://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'tidings://app/index.html', 'smb://host/share']) {
      expect(contents.opens(url), url).toBe('deny');
    }
    expect(opened).toEqual(['https://www.nguoiduatin.vn/article.html', 'http://example.com/']);
  });

  it('refuses webviews', () => {
    expect(hardenedApp().createContents().attachesWebview()).toBe(false);
  });
});

describe('every session, the default one included', () => {
  it('denies every permission to every page, but the three the app’s own window uses', async () => {
    const app = hardenedApp();
    await app.becomeReady();
    for (const session of [app.defaultSession, app.createSession()]) {
      for (const permission of ['media', 'geolocation', 'notifications', 'midiSysex', 'hid', 'serial', 'usb', 'clipboard-read', 'openExternal', 'display-capture', 'unknown']) {
        expect(session.requested(permission, 'tidings://app/index.html'), permission).toBe(false);
        expect(session.checked(permission, 'tidings://app'), permission).toBe(false);
      }
      expect(session.deviceAllowed()).toBe(false);
      for (const permission of ['clipboard-sanitized-write', 'persistent-storage', 'fullscreen']) {
        expect(session.requested(permission, 'tidings://app/index.html'), permission).toBe(true);
        expect(session.checked(permission, 'tidings://app'), permission).toBe(true);
        // Not to another origin, nor to a frame inside the app's page.
        expect(session.requested(permission, 'https://evil.example/'), permission).toBe(false);
        expect(session.checked(permission, 'https://evil.example'), permission).toBe(false);
        expect(session.requested(permission, 'tidings://app/index.html', false), permission).toBe(false);
        expect(session.checked(permission, 'tidings://app', false), permission).toBe(false);
      }
    }
  });

  it('locks the default session once the app is ready, when it exists', async () => {
    const app = hardenedApp();
    expect(app.defaultSession.requested('geolocation', 'tidings://app/index.html')).toBe(true);
    await app.becomeReady();
    expect(app.defaultSession.requested('geolocation', 'tidings://app/index.html')).toBe(false);
  });
});
