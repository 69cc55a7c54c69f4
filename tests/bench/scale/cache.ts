import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A file in the benchmarks' own gitignored folder: profiles, traces and stores kept between runs. */
export const benchCacheFile = (name: string): string => join(repositoryRoot, '.cache', 'bench', name);

/**
 * What the stored data depends on: the generator, and the store code that decides what is written (schema, ingest,
 * counts, search postings). A change to any of them makes the cached store stale; list queries and the UI do not.
 */
const storeInputs = [
  'tests/bench/scale/corpus',
  'tests/bench/scale/page/generate.ts',
  'renderer/db/migrations',
  'renderer/db/search',
  'renderer/db/ingest.ts',
  'renderer/db/records.ts',
  'renderer/db/countDeltas.ts',
  'renderer/db/articleFlags.ts',
  'renderer/db/marks.ts',
  'renderer/db/database.ts',
  'renderer/db/backfill.ts',
  'shared/util/articleDigest.ts',
  'shared/lang/storyKey.ts',
  'shared/lang/urls.ts',
  'shared/search',
];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A digest of the store's inputs and sizes: the cache holds one profile per stamp. */
export function storeStamp(sizes: readonly number[]): string {
  const hash = createHash('sha256').update(`articles=${sizes.join(',')}\n`);
  for (const file of storeInputs.flatMap((input) => filesUnder(join(repositoryRoot, input)))) {
    hash.update(relative(repositoryRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The benchmark's own gitignored folder for one store size: Chromium's profile and the figures kept with it. */
export class ScaleCache {
  readonly dir: string;

  constructor(articles: number) {
    this.dir = benchCacheFile(articles === 1_000_000 ? 'scale-1m' : `scale-${articles}`);
  }

  get profileDir(): string {
    return join(this.dir, 'profile');
  }

  read<T>(name: string): T | null {
    const path = join(this.dir, `${name}.json`);
    if (!existsSync(path)) return null;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as T;
    } catch {
      return null;
    }
  }

  write(name: string, value: unknown): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
  }

  /** Starts over: a store whose stamp differs is thrown away whole, profile and figures. */
  reset(): void {
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.profileDir, { recursive: true });
  }

  /** Bytes on disk under the profile's IndexedDB folders. */
  indexedDbBytes(): number {
    const sizeOf = (path: string): number => {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) return 0;
      return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
    };
    const roots = [join(this.profileDir, 'Default', 'IndexedDB'), join(this.profileDir, 'Default', 'WebStorage')];
    return roots.reduce((sum, root) => sum + sizeOf(root), 0);
  }
}
