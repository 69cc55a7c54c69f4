/**
 * Encryption by a key the system keeps (Electron's safeStorage: the macOS Keychain, Windows' DPAPI, the Secret Service
 * or KWallet on Linux), passed in by the desktop shell so that the vault stays free of Electron and testable.
 */
export interface SecretBox {
  /**
   * Whether sealing now gives something only this user, on this machine, can open later. False where the key would be
   * one anybody could read (Chromium's fallback on a Linux desktop without a keyring), or before the system says.
   */
  available(): Promise<boolean>;
  seal(text: string): Promise<Buffer>;
  /** Rejects when the sealed bytes cannot be opened any more (another user, a keychain reset). */
  open(sealed: Buffer): Promise<string>;
}
