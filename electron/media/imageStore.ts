import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { boundedImageCacheLimits, defaultImageCacheLimits, type ImageCacheLimits, type ImageCacheUsage } from '../../shared/model/imageCache';
import type { ImageMediaType } from './imageType';

interface Entry {
  url: string;
  type: ImageMediaType;
  bytes: number;
  /** When it was last stored or served: the least recent go first when the cache is over its limit. */
  usedAt: number;
}

interface IndexFile {
  version: 1;
  limits: ImageCacheLimits;
  entries: Record<string, Entry>;
}

export interface StoredImage {
  bytes: Buffer;
  type: ImageMediaType;
}

const indexName = 'index.json';
const fileName = /^[0-9a-f]{64}$/;
const megabyte = 1024 * 1024;
/** Serving a picture only moves its last use: that is written at most this often, not once a picture. */
const indexDelayMs = 2_000;

/** The file a picture is kept in: one per address, whichever articles show it. */
export function fileNameOf(url: string): string {
  return createHash('sha256').update(url).digest('hex');
}

/**
 * Pictures kept on disk, one file each, named by a hash of their address, with a small JSON index of their address,
 * type, size and last use. The index is held in memory and written shortly after it changes; on opening, files the
 * index does not know (a crash between the two writes) are deleted, and entries whose file is gone forgotten. Holds
 * every picture to the per-picture limit and the whole to the total, the least recently used going first.
 */
export class ImageStore {
  private total = 0;
  private indexTimer: NodeJS.Timeout | null = null;
  private indexWrite: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly entries: Map<string, Entry>,
    private currentLimits: ImageCacheLimits,
    private readonly now: () => number,
  ) {
    for (const entry of entries.values()) this.total += entry.bytes;
  }

  static async open(dir: string, now: () => number = Date.now): Promise<ImageStore> {
    await mkdir(dir, { recursive: true });
    const index = await readIndex(join(dir, indexName));
    const files = new Set(await readdir(dir));
    const entries = new Map(Object.entries(index?.entries ?? {}).filter(([name, entry]) => fileName.test(name) && files.has(name) && isEntry(entry)));
    for (const name of files) {
      if ((fileName.test(name) && !entries.has(name)) || name.includes('.part-')) await unlink(join(dir, name)).catch(() => undefined);
    }
    const store = new ImageStore(dir, entries, boundedImageCacheLimits(index?.limits ?? defaultImageCacheLimits), now);
    await store.evict();
    return store;
  }

  get limits(): ImageCacheLimits {
    return this.currentLimits;
  }

  /** The largest picture this store takes, in bytes. */
  get maxImageBytes(): number {
    return Math.min(this.currentLimits.maxImageMegabytes, this.currentLimits.maxTotalMegabytes) * megabyte;
  }

  usage(): ImageCacheUsage {
    return { bytes: this.total, files: this.entries.size, limits: this.currentLimits };
  }

  has(url: string): boolean {
    return this.entries.has(fileNameOf(url));
  }

  /** The kept picture, its last use moved to now; null when it is not kept (or its file went missing). */
  async read(url: string): Promise<StoredImage | null> {
    const name = fileNameOf(url);
    const entry = this.entries.get(name);
    if (!entry) return null;
    try {
      const bytes = await readFile(join(this.dir, name));
      entry.usedAt = this.now();
      this.indexSoon();
      return { bytes, type: entry.type };
    } catch {
      this.forget(name);
      this.indexSoon();
      return null;
    }
  }

  /** Keeps a picture; false when it is over the per-picture limit, or cannot be written, and so not kept. */
  async write(url: string, type: ImageMediaType, bytes: Buffer): Promise<boolean> {
    if (this.closed || bytes.length > this.maxImageBytes) return false;
    const name = fileNameOf(url);
    const part = join(this.dir, `${name}.part-${randomUUID()}`);
    try {
      await writeFile(part, bytes);
      await rename(part, join(this.dir, name));
    } catch (error) {
      // A full disk: the picture is still shown, from the web.
      console.error('Could not keep a picture', error);
      await unlink(part).catch(() => undefined);
      return false;
    }
    this.forget(name);
    this.entries.set(name, { url, type, bytes: bytes.length, usedAt: this.now() });
    this.total += bytes.length;
    await this.evict(name);
    this.indexSoon();
    return true;
  }

  /** Applies new limits, bounded, and lets go of what no longer fits. */
  async configure(limits: Partial<ImageCacheLimits>): Promise<ImageCacheLimits> {
    this.currentLimits = boundedImageCacheLimits({ ...this.currentLimits, ...limits });
    await this.evict();
    this.indexSoon();
    return this.currentLimits;
  }

  /** Deletes every kept picture; the limits stay. */
  async clear(): Promise<ImageCacheUsage> {
    const names = [...this.entries.keys()];
    for (const name of names) this.forget(name);
    await Promise.all(names.map((name) => unlink(join(this.dir, name)).catch(() => undefined)));
    await this.flush();
    return this.usage();
  }

  /** Writes the index one last time; nothing is kept after. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  /** Writes the index now, and waits for any write under way. */
  async flush(): Promise<void> {
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    const index: IndexFile = { version: 1, limits: this.currentLimits, entries: Object.fromEntries(this.entries) };
    const path = join(this.dir, indexName);
    this.indexWrite = this.indexWrite.then(async () => {
      const part = `${path}.part-${randomUUID()}`;
      await writeFile(part, JSON.stringify(index));
      await rename(part, path);
    });
    await this.indexWrite;
  }

  private indexSoon(): void {
    if (this.indexTimer || this.closed) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      this.flush().catch((error: unknown) => console.error('Could not write the image index', error));
    }, indexDelayMs);
    // A pending index write must not keep Node running: whatever it held is written again at the next change.
    this.indexTimer.unref();
  }

  private forget(name: string): void {
    const entry = this.entries.get(name);
    if (!entry) return;
    this.entries.delete(name);
    this.total -= entry.bytes;
  }

  /** Deletes the least recently used pictures until the whole is within its limit, sparing `keep`. */
  private async evict(keep?: string): Promise<void> {
    const limit = this.currentLimits.maxTotalMegabytes * megabyte;
    if (this.total <= limit) return;
    const oldestFirst = [...this.entries].filter(([name]) => name !== keep).sort(([, a], [, b]) => a.usedAt - b.usedAt);
    const gone: string[] = [];
    for (const [name] of oldestFirst) {
      if (this.total <= limit) break;
      this.forget(name);
      gone.push(name);
    }
    await Promise.all(gone.map((name) => unlink(join(this.dir, name)).catch(() => undefined)));
    if (gone.length > 0) this.indexSoon();
  }
}

async function readIndex(path: string): Promise<Partial<IndexFile> | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<IndexFile>) : null;
  } catch {
    return null;
  }
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Entry>;
  return typeof entry.url === 'string' && typeof entry.type === 'string' && typeof entry.bytes === 'number' && typeof entry.usedAt === 'number';
}
