import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { Arch, build, Platform } from 'app-builder-lib';
import { readAsar, type Node as AsarNode } from 'app-builder-lib/out/asar/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Packs Tidings for Linux with electron-builder itself, from electron-builder.yml, against a stand-in for the unpacked
 * Electron (no Electron binary can be downloaded here). electron-builder copies it, writes app.asar, flips the fuses
 * and starts the AppImage and deb targets; each hands over what it computed (its desktop entry, the deb's file list)
 * just before it would fetch its tools from the network, and stops there. What the real binary and those tools do
 * beyond that needs a machine that can download them (README, "Building installers").
 */

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** The fuse wire as @electron/fuses finds it after the sentinel: version 1, 8 fuses, each '0' or '1' (Electron's defaults). */
const defaultWire = `\u0001\u0008${'10110001'}`;
const [off, on] = ['0'.charCodeAt(0), '1'.charCodeAt(0)];

interface Packed {
  outDir: string;
  artefacts: string[];
  desktopEntries: Map<string, string>;
  debFiles: string[];
  mimeXml: string;
  asarFiles: string[];
  packedPackage: { main?: string; desktopName?: string; version?: string };
}

let work: string;
let packed: Packed;

/** A folder shaped like an unpacked Electron for linux-x64: its executable (a script carrying a fuse wire), licences, locales. */
async function standInElectron(dir: string): Promise<void> {
  await mkdir(join(dir, 'locales'), { recursive: true });
  await mkdir(join(dir, 'resources'), { recursive: true });
  await writeFile(join(dir, 'electron'), `#!/bin/sh\necho "a stand-in for Electron"\n# ${sentinel}${defaultWire}\n`, { mode: 0o755 });
  await writeFile(join(dir, 'LICENSE'), 'MIT\n');
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>licences</title>\n');
  await writeFile(join(dir, 'locales', 'en-US.pak'), '');
}

/**
 * The project as committed, with a stand-in for the build output (the tests run before `npm run build`) and the
 * installed node_modules, so that electron-builder collects the production dependencies as it does for a release.
 */
async function projectCopy(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) await cp(join(projectRoot, file), join(dir, file));
  await cp(join(projectRoot, 'assets'), join(dir, 'assets'), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const built: Record<string, string> = {
    'dist/main/index.js': 'export {};\n',
    'dist/main/index.js.map': '{}\n',
    'dist/main/feedParseWorker.js': 'export {};\n',
    'dist/preload/index.cjs': '"use strict";\n',
    'dist/renderer/index.html': '<!doctype html><title>Tidings</title>\n',
  };
  for (const [file, text] of Object.entries(built)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), text);
  }
}

function asarPaths(node: AsarNode, prefix = ''): string[] {
  return Object.entries(node.files ?? {}).flatMap(([name, child]) => {
    const path = `${prefix}/${name}`;
    return child.files ? [path, ...asarPaths(child, path)] : [path];
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tidings-pack-'));
  const projectDir = join(work, 'project');
  const electronDist = join(work, 'electron');
  const outDir = join(work, 'out');
  await standInElectron(electronDist);
  await projectCopy(projectDir);

  const artefacts: string[] = [];
  const desktopEntries = new Map<string, string>();
  let debFiles: string[] = [];
  let mimeXml = '';
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget(['AppImage', 'deb'], Arch.x64),
    publish: 'never',
    config: {
      electronDist,
      directories: { output: outDir },
      artifactBuildStarted: (event) => {
        if (event.file) artefacts.push(basename(event.file));
      },
    },
    // Called by the AppImage target with its desktop entry, by the deb target with fpm's arguments; true stops there.
    effectiveOptionComputed: async (computed: unknown) => {
      if (Array.isArray(computed)) {
        const [args, desktopFile] = computed as [string[], string];
        desktopEntries.set('deb', await readFile(desktopFile, 'utf8'));
        debFiles = args.filter((arg) => arg.includes('='));
        const mime = debFiles.find((arg) => arg.endsWith('=/usr/share/mime/packages/tidings.xml'));
        if (mime) mimeXml = await readFile(mime.split('=')[0] ?? '', 'utf8');
      } else {
        const { desktop, desktopFileName } = computed as { desktop: string; desktopFileName: string };
        desktopEntries.set(`AppImage ${desktopFileName}`, desktop);
      }
      return true;
    },
  });

  const asar = await readAsar(join(outDir, 'linux-unpacked', 'resources', 'app.asar'));
  packed = {
    outDir,
    artefacts,
    desktopEntries,
    debFiles,
    mimeXml,
    asarFiles: asarPaths(asar.header),
    packedPackage: JSON.parse((await asar.readFile('package.json')).toString('utf8')) as Packed['packedPackage'],
  };
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('packing Tidings for Linux with electron-builder', () => {
  it('names the AppImage and the deb with the version and the architecture', async () => {
    const { version } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(packed.artefacts).toEqual([`Tidings-${version}-x86_64.AppImage`, `tidings_${version}_amd64.deb`]);
  });

  it('lays out the app as Electron expects, the executable named tidings and the app in one archive', () => {
    const app = join(packed.outDir, 'linux-unpacked');
    for (const file of ['tidings', 'resources/app.asar', 'resources/app-update.yml', 'LICENSE.electron.txt', 'LICENSES.chromium.html', 'locales/en-US.pak']) {
      expect(existsSync(join(app, file)), file).toBe(true);
    }
    // Nothing is unpacked beside the archive: with onlyLoadAppFromAsar, code there would not run anyway.
    expect(existsSync(join(app, 'resources', 'app.asar.unpacked'))).toBe(false);
    expect(existsSync(join(app, 'resources', 'app'))).toBe(false);
  });

  it('archives the build, the assets and the production dependencies, and nothing else', () => {
    const files = new Set(packed.asarFiles);
    for (const file of ['/package.json', '/dist/main/index.js', '/dist/main/feedParseWorker.js', '/dist/preload/index.cjs', '/dist/renderer/index.html']) {
      expect(files.has(file), file).toBe(true);
    }
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(files.has(`/assets/icons/${size}x${size}.png`)).toBe(true);
    expect(files.has('/assets/tray.png')).toBe(true);
    for (const dependency of ['electron-updater', 'rss-parser', 'linkedom']) expect(files.has(`/node_modules/${dependency}/package.json`), dependency).toBe(true);

    const unwanted = packed.asarFiles.filter(
      (file) =>
        file.endsWith('.map') ||
        /^\/(electron|renderer|shared|tests|assets\/screenshots|electron-builder\.yml|tsconfig)/.test(file) ||
        /^\/node_modules\/(electron|electron-builder|app-builder-lib|vitest|typescript|@playwright|vite)\//.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('starts from the built main process and keeps the desktop file name Electron reports to the desktop', () => {
    expect(packed.packedPackage.main).toBe('dist/main/index.js');
    expect(packed.packedPackage.desktopName).toBe('tidings.desktop');
  });

  it('flips the fuses in the packed executable as electron-builder.yml says', async () => {
    const wire = await getCurrentFuseWire(join(packed.outDir, 'linux-unpacked', 'tidings'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(off);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(on);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(off);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(on);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(off);
  });

  it('writes the update source into the app, with the publish placeholders until they are filled in', async () => {
    const config = await readFile(join(packed.outDir, 'linux-unpacked', 'resources', 'app-update.yml'), 'utf8');
    expect(config).toMatch(/^provider: github$/m);
    expect(config).toMatch(/^owner: \S+$/m);
    expect(config).toMatch(/^repo: \S+$/m);
  });

  it('gives the AppImage and the deb a desktop entry: name, icon, categories, feed links and OPML files', () => {
    expect([...packed.desktopEntries.keys()]).toEqual(['AppImage tidings.desktop', 'deb']);
    for (const [target, entry] of packed.desktopEntries) {
      const fields = new Map(entry.split('\n').filter((line) => line.includes('=')).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
      expect(entry.startsWith('[Desktop Entry]\n'), target).toBe(true);
      expect(fields.get('Name'), target).toBe('Tidings');
      expect(fields.get('Type'), target).toBe('Application');
      expect(fields.get('Icon'), target).toBe('tidings');
      expect(fields.get('StartupWMClass'), target).toBe('tidings');
      expect(fields.get('Categories'), target).toBe('Network;News;');
      expect(fields.get('MimeType')?.split(';').filter(Boolean).sort(), target).toEqual(['text/x-opml', 'x-scheme-handler/feed', 'x-scheme-handler/feeds']);
      // %U: a feed:// link or an OPML file reaches the running app as an argument.
      expect(fields.get('Exec'), target).toMatch(/ %U$/);
    }
    expect(packed.desktopEntries.get('deb')).toMatch(/^Exec=\/opt\/Tidings\/tidings %U$/m);
  });

  it('installs the deb’s icon in every size and declares the OPML file type', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(packed.debFiles).toContainEqual(expect.stringMatching(new RegExp(`/assets/icons/${size}x${size}\\.png=/usr/share/icons/hicolor/${size}x${size}/apps/tidings\\.png$`)));
    }
    expect(packed.debFiles).toContainEqual(expect.stringMatching(/=\/usr\/share\/applications\/tidings\.desktop$/));
    expect(packed.mimeXml).toContain('<mime-type type="text/x-opml">');
    expect(packed.mimeXml).toContain('<glob pattern="*.opml"/>');
  });
});
