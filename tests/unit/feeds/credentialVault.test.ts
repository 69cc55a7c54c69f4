import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CredentialVault, type FeedLogin } from '../../../electron/feeds/auth/credentialVault';
import type { SecretBox } from '../../../electron/feeds/auth/secretBox';

/** Stands in for the keychain: reversible, and nothing of the text readable in what it gives back. */
function fakeBox(available = true): SecretBox & { sealedTexts: string[] } {
  const key = 0x5a;
  const sealedTexts: string[] = [];
  return {
    sealedTexts,
    available: async () => available,
    seal: async (text) => {
      sealedTexts.push(text);
      return Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ key));
    },
    open: async (sealed) => Buffer.from(sealed.map((byte) => byte ^ key)).toString('utf8'),
  };
}

const login: FeedLogin = { username: 'reader@example.com', password: 'correct horse battery staple', origin: 'https://members.example' };

let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tidings-vault-'));
  file = join(folder, 'data', 'feed-logins.json');
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the credential vault', () => {
  it('keeps a login across restarts, sealed, in a file only its user can read', async () => {
    const box = fakeBox();
    expect(await new CredentialVault({ file, box }).set('feed-1', login)).toEqual({ stored: true, persistent: true });

    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(login.password);
    expect(text).not.toContain(login.username);
    expect(text).toContain('feed-1');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);

    const reopened = new CredentialVault({ file, box });
    expect(await reopened.get('feed-1')).toEqual(login);
    expect(await reopened.has(['feed-1', 'feed-2'])).toEqual(['feed-1']);
  });

  it('forgets a login in the file too', async () => {
    const box = fakeBox();
    const vault = new CredentialVault({ file, box });
    await vault.set('feed-1', login);
    await vault.set('feed-2', { ...login, username: 'other' });
    expect(await vault.clear('feed-1')).toBe(true);
    expect(await vault.clear('feed-1')).toBe(false);
    const reopened = new CredentialVault({ file, box });
    expect(await reopened.has(['feed-1', 'feed-2'])).toEqual(['feed-2']);
  });

  it('without a keychain, keeps a login in memory only and writes nothing of it', async () => {
    const box = fakeBox(false);
    const vault = new CredentialVault({ file, box });
    expect(await vault.set('feed-1', login)).toEqual({ stored: true, persistent: false });
    expect(await vault.get('feed-1')).toEqual(login);
    expect(box.sealedTexts).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toContain('feed-1');
    expect(await new CredentialVault({ file, box }).get('feed-1')).toBeNull();
  });

  it('drops an older sealed login when a new one can only be kept in memory', async () => {
    await new CredentialVault({ file, box: fakeBox() }).set('feed-1', login);
    const locked = new CredentialVault({ file, box: fakeBox(false) });
    await locked.set('feed-1', { ...login, password: 'newer' });
    expect(await new CredentialVault({ file, box: fakeBox() }).get('feed-1')).toBeNull();
  });

  it('with no store at all (npm run web), says the login lasts until Tidings closes', async () => {
    const vault = new CredentialVault();
    expect(await vault.persistent()).toBe(false);
    expect(await vault.set('feed-1', login)).toEqual({ stored: true, persistent: false });
    expect(await vault.has(['feed-1'])).toEqual(['feed-1']);
  });

  it('reports an entry it cannot open once, and treats the feed as having no login', async () => {
    await new CredentialVault({ file, box: fakeBox() }).set('feed-1', login);
    const warn = vi.fn();
    const otherKeychain: SecretBox = { ...fakeBox(), open: () => Promise.reject(new Error('the key has changed')) };
    const vault = new CredentialVault({ file, box: otherKeychain }, warn);
    expect(await vault.get('feed-1')).toBeNull();
    expect(await vault.has(['feed-1'])).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('starts empty from a damaged file, and replaces it at the next save', async () => {
    const warn = vi.fn();
    await new CredentialVault({ file, box: fakeBox() }).set('seed', login);
    writeFileSync(file, '{ not json');
    const vault = new CredentialVault({ file, box: fakeBox() }, warn);
    expect(await vault.has(['seed'])).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    await vault.set('feed-1', login);
    expect(await new CredentialVault({ file, box: fakeBox() }).has(['feed-1'])).toEqual(['feed-1']);
  });

  it('writes every one of several logins saved at once', async () => {
    const vault = new CredentialVault({ file, box: fakeBox() });
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => vault.set(id, { ...login, username: id })));
    const reopened = new CredentialVault({ file, box: fakeBox() });
    expect((await Promise.all(['a', 'b', 'c', 'd'].map((id) => reopened.get(id)))).map((found) => found?.username)).toEqual(['a', 'b', 'c', 'd']);
  });
});
