import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../electron/launch/electronBinary';

let root: string;
let packageDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tidings-electron-'));
  packageDir = join(root, 'node_modules', 'electron');
  mkdirSync(packageDir, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function writeFile(path: string, content: string, mode: number): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
}

const executable = (path: string) => writeFile(path, '#!/bin/sh\nexit 0\n', 0o755);

describe('findElectronBinary', () => {
  it('is null when the electron package is not installed', () => {
    expect(findElectronBinary({}, null)).toBeNull();
  });

  it('is null when the package has no path.txt (the binary was never downloaded)', () => {
    executable(join(packageDir, 'dist', 'electron'));
    expect(findElectronBinary({}, packageDir)).toBeNull();
  });

  it('is null when the file path.txt names is missing', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary({}, packageDir)).toBeNull();
  });

  it('is null when the file path.txt names is not executable', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    writeFile(join(packageDir, 'dist', 'electron'), 'not a program', 0o644);
    expect(findElectronBinary({}, packageDir)).toBeNull();
  });

  it('is null when path.txt names a folder rather than a program', () => {
    writeFileSync(join(packageDir, 'path.txt'), '');
    mkdirSync(join(packageDir, 'dist'), { recursive: true });
    expect(findElectronBinary({}, packageDir)).toBeNull();
  });

  it('finds the executable path.txt names under dist/, ignoring the trailing newline', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron\n');
    const binary = executable(join(packageDir, 'dist', 'electron'));
    expect(findElectronBinary({}, packageDir)).toBe(binary);
  });

  it('finds a binary nested below dist/, as on macOS', () => {
    const relative = join('Electron.app', 'Contents', 'MacOS', 'Electron');
    writeFileSync(join(packageDir, 'path.txt'), relative);
    const binary = executable(join(packageDir, 'dist', relative));
    expect(findElectronBinary({}, packageDir)).toBe(binary);
  });

  it('looks in ELECTRON_OVERRIDE_DIST_PATH instead of dist/ when it is set', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    executable(join(packageDir, 'dist', 'electron'));
    const overrideDir = join(root, 'system-electron');
    const binary = executable(join(overrideDir, 'electron'));

    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: overrideDir }, packageDir)).toBe(binary);
  });

  it('is null when ELECTRON_OVERRIDE_DIST_PATH holds no such binary, even though dist/ has one', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    executable(join(packageDir, 'dist', 'electron'));
    const overrideDir = join(root, 'empty-override');
    mkdirSync(overrideDir);

    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: overrideDir }, packageDir)).toBeNull();
  });

  it('finds the binary in ELECTRON_OVERRIDE_DIST_PATH when the package downloaded none (no path.txt)', () => {
    // The usual reason to set the variable: the download was skipped and Electron is installed elsewhere.
    // The electron package itself then runs <override>/electron.
    const overrideDir = join(root, 'system-electron');
    const binary = executable(join(overrideDir, 'electron'));

    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: overrideDir }, packageDir)).toBe(binary);
  });

  it('treats an empty ELECTRON_OVERRIDE_DIST_PATH as unset', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    const binary = executable(join(packageDir, 'dist', 'electron'));
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: '' }, packageDir)).toBe(binary);
  });
});
