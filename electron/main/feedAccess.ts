// How the desktop reaches protected feeds: through the system's proxy settings, with logins sealed by its keychain.
import { app, safeStorage, session } from 'electron';
import { join } from 'node:path';
import { CredentialVault } from '../feeds/auth/credentialVault';
import type { SecretBox } from '../feeds/auth/secretBox';
import { systemProxy, type ProxyResolver } from '../feeds/http/proxy/proxyRoute';

/**
 * safeStorage as a SecretBox. On Linux, Chromium falls back to a key written in its own source when no keyring answers
 * (`basic_text`): sealing with it would be plaintext in all but name, so the box says it is unavailable there and the
 * vault keeps passwords in memory only.
 */
const keychainBox: SecretBox = {
  available: async () => (await safeStorage.isAsyncEncryptionAvailable()) && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  seal: (text) => safeStorage.encryptStringAsync(text),
  // shouldReEncrypt is left aside: the entry is sealed afresh whenever the reader saves the login again.
  open: async (sealed) => (await safeStorage.decryptStringAsync(sealed)).result,
};

/** The feeds' logins, sealed by the system's keychain in the app's data folder. Nothing is read before the app is ready. */
export function keychainVault(): CredentialVault {
  return new CredentialVault({ file: join(app.getPath('userData'), 'feed-logins.json'), box: keychainBox });
}

/** The system's proxy settings as Chromium reads them (PAC scripts included); asked per address, once the app is ready. */
export function desktopProxy(): ProxyResolver {
  return systemProxy((url) => session.defaultSession.resolveProxy(url));
}
