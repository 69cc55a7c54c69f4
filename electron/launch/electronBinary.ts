import { accessSync, constants, readFileSync, statSync } from 'node:fs';
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
 * Finds the Electron executable the way the `electron` package does, but without `require('electron')`, which
 * would try to download it. The package writes `path.txt` once the binary is in place; `ELECTRON_OVERRIDE_DIST_PATH`
 * points at an Electron installed elsewhere. Returns null when no binary is there.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env, packageDir = electronPackageDir()): string | null {
  if (!packageDir) return null;
  let relative = '';
  try {
    relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: only an override can name the binary, as in the package's own index.js.
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && !relative) return null;
  const binary = override ? join(override, relative || 'electron') : join(packageDir, 'dist', relative);
  return isExecutableFile(binary) ? binary : null;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
