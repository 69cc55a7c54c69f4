import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the `electron` package is installed, or null when it is not. */
export function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * Finds the Electron executable without touching `require('electron')`, which would try to download it.
 * The package writes `path.txt` once the binary is in place; `ELECTRON_OVERRIDE_DIST_PATH` points elsewhere.
 * Returns null when no binary is installed.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env, packageDir = electronPackageDir()): string | null {
  if (!packageDir) return null;
  let relative: string;
  try {
    relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist'), relative);
  try {
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    return null;
  }
}
