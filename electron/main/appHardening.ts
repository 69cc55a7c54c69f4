import { guardContents, type GuardedContents } from './contentsGuard';
import { lockPermissions, type LockableSession } from './sessionPermissions';

/** The part of Electron's app the hardening listens to; written out so that it runs and is tested without Electron. */
export interface HardenableApp {
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
  on(event: 'session-created', listener: (session: LockableSession) => void): unknown;
}

export interface Hardening {
  /** Hands an http(s) link the page tried to open in a window to the system browser. */
  openExternal: (url: string) => void;
  /** The default session, which exists only once the app is ready. */
  defaultSession: () => LockableSession;
  ready: Promise<unknown>;
}

/**
 * App-wide, so that nothing created later escapes it: every web contents is held to Tidings' own pages
 * (contentsGuard.ts) and every session, the default one included, denies the permissions the app does not use
 * (sessionPermissions.ts). Call before the app is ready, so the first window and session are covered.
 */
export function hardenApp(app: HardenableApp, hardening: Hardening): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, hardening.openExternal));
  app.on('session-created', lockPermissions);
  void hardening.ready.then(() => lockPermissions(hardening.defaultSession()));
}
