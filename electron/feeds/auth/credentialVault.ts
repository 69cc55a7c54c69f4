import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Login } from './basicAuth';
import type { SecretBox } from './secretBox';

/** A feed's login, with the origin it was saved for (null when the feed's address was not known then). */
export interface FeedLogin extends Login {
  origin: string | null;
}

/** Where logins outlive the process: a file of sealed entries, and the box that seals them. */
export interface VaultStore {
  file: string;
  box: SecretBox;
}

/** Whether a login was taken, and whether it will still be there when Tidings starts again. */
export interface StoreAnswer {
  stored: boolean;
  persistent: boolean;
}

/**
 * The file: each feed id with its login sealed whole (user name, password, origin), so that nothing in it reads as
 * anything but which feeds have one. Version 1.
 */
interface VaultFile {
  version: 1;
  feeds: Record<string, string>;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readLogin(text: string): FeedLogin | null {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) return null;
  const { username, password, origin } = value as Record<string, unknown>;
  if (typeof username !== 'string' || typeof password !== 'string' || (typeof origin !== 'string' && origin !== null)) return null;
  return { username, password, origin };
}

async function readSealed(file: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<VaultFile>;
  const feeds = parsed.version === 1 && typeof parsed.feeds === 'object' && parsed.feeds !== null ? parsed.feeds : {};
  return new Map(Object.entries(feeds).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Written beside and renamed over, so that a crash mid-write leaves the old file whole; readable by this user only. */
async function writeSealed(file: string, sealed: Map<string, string>): Promise<void> {
  const contents: VaultFile = { version: 1, feeds: Object.fromEntries(sealed) };
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(contents, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
  await rename(temporary, file);
}

/**
 * The feeds' user names and passwords, kept by the main process alone: never in the renderer's database, so never in
 * an export. With a store whose box can seal, a login is written sealed and survives a restart; without one (`npm run
 * web` has no keychain, nor has a Linux desktop without a keyring), it is kept in memory until the process ends, and
 * the answer says so: a password written where anyone who can read the file could read it would be worse than asking
 * again.
 */
export class CredentialVault {
  private readonly opened = new Map<string, FeedLogin>();
  /** Entries that would not open (another keychain, a reset one): tried once and reported once, not at every poll. */
  private readonly unopenable = new Set<string>();
  private sealed: Promise<Map<string, string>> | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: VaultStore | null = null,
    private readonly warn: (message: string) => void = console.warn,
  ) {}

  /** Whether a login saved now will still be there after a restart. */
  async persistent(): Promise<boolean> {
    return this.store !== null && (await this.store.box.available().catch(() => false));
  }

  async set(feedId: string, login: FeedLogin): Promise<StoreAnswer> {
    this.opened.set(feedId, login);
    this.unopenable.delete(feedId);
    if (!this.store) return { stored: true, persistent: false };
    try {
      const sealed = await this.loadSealed();
      const persistent = await this.persistent();
      // Without a box, an older sealed login is dropped too: it must not come back at the next start over this one.
      if (persistent) sealed.set(feedId, (await this.store.box.seal(JSON.stringify(login))).toString('base64'));
      else sealed.delete(feedId);
      await this.save(sealed);
      return { stored: true, persistent };
    } catch (error) {
      this.warn(`A feed's password could not be saved, and is kept until Tidings closes: ${message(error)}`);
      return { stored: true, persistent: false };
    }
  }

  /** Forgets a feed's login; true when there was one. */
  async clear(feedId: string): Promise<boolean> {
    const hadOpened = this.opened.delete(feedId);
    this.unopenable.delete(feedId);
    if (!this.store) return hadOpened;
    const sealed = await this.loadSealed().catch(() => new Map<string, string>());
    if (!sealed.delete(feedId)) return hadOpened;
    await this.save(sealed).catch((error: unknown) => this.warn(`A feed's password could not be removed from ${this.store?.file ?? ''}: ${message(error)}`));
    return true;
  }

  async get(feedId: string): Promise<FeedLogin | null> {
    const known = this.opened.get(feedId);
    if (known) return known;
    if (!this.store || this.unopenable.has(feedId)) return null;
    const sealed = await this.loadSealed().catch(() => new Map<string, string>());
    const blob = sealed.get(feedId);
    if (blob === undefined) return null;
    try {
      const login = readLogin(await this.store.box.open(Buffer.from(blob, 'base64')));
      if (!login) throw new Error('the entry is damaged');
      // Kept only if the entry was not replaced or removed while it was being opened.
      if (sealed.get(feedId) === blob) this.opened.set(feedId, login);
      return login;
    } catch (error) {
      this.unopenable.add(feedId);
      this.warn(`The saved password of feed ${feedId} could not be read, and must be entered again: ${message(error)}`);
      return null;
    }
  }

  /** Those of the feeds that have a login Tidings can use. */
  async has(feedIds: readonly string[]): Promise<string[]> {
    const logins = await Promise.all(feedIds.map((feedId) => this.get(feedId)));
    return feedIds.filter((_feedId, index) => logins[index] !== null);
  }

  private loadSealed(): Promise<Map<string, string>> {
    const store = this.store;
    if (!store) return Promise.resolve(new Map());
    this.sealed ??= readSealed(store.file).catch((error: unknown) => {
      // A file that cannot be read is set aside rather than trusted; the next save replaces it.
      this.warn(`The saved feed passwords in ${store.file} could not be read: ${message(error)}`);
      return new Map<string, string>();
    });
    return this.sealed;
  }

  /** One write at a time, each writing the entries as they are when its turn comes. */
  private save(sealed: Map<string, string>): Promise<void> {
    const store = this.store;
    if (!store) return Promise.resolve();
    const write = this.saving.then(() => writeSealed(store.file, sealed));
    this.saving = write.catch(() => undefined);
    return write;
  }
}
