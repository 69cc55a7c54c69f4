import { isAppAddress } from './appAddress';

/** Who asks for a permission, as Electron describes it to both handlers. */
interface Asker {
  requestingUrl?: string;
  isMainFrame: boolean;
}

/**
 * The part of Electron's Session the lock uses, written out so that it runs and is tested without Electron; index.ts
 * hands it real sessions, which the type-check holds to this shape.
 */
export interface LockableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, grant: (granted: boolean) => void, asker: Asker) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string, asker: Asker) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

/**
 * What Tidings' own window uses, and nothing more: Copy address writes the clipboard, Preferences → Storage asks that
 * the articles be kept under storage pressure, and a video enclosure's player may go full screen. Notifications are
 * shown by the main process, so the page needs none.
 */
export const appPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage', 'fullscreen']);

function granted(permission: string, address: string, isMainFrame: boolean): boolean {
  return isMainFrame && isAppAddress(address) && appPermissions.has(permission);
}

/**
 * Denies every permission (camera, microphone, location, notifications, USB, serial, HID and the rest) to every page
 * in the session, but the few the app's own top-level page uses. Electron grants them all by default.
 */
export function lockPermissions(session: LockableSession): void {
  session.setPermissionRequestHandler((_contents, permission, grant, asker) => grant(granted(permission, asker.requestingUrl ?? '', asker.isMainFrame)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, asker) => granted(permission, requestingOrigin, asker.isMainFrame));
  session.setDevicePermissionHandler(() => false);
}
