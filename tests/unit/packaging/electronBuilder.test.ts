import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';

const projectDir = fileURLToPath(new URL('../../..', import.meta.url));

async function projectConfig(): Promise<Configuration> {
  return getConfig(projectDir, null, null);
}

type TargetSetting = string | { target: string } | Array<string | { target: string }> | null | undefined;

function targetNames(target: TargetSetting): string[] {
  const list = Array.isArray(target) ? target : target ? [target] : [];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.target));
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validateConfiguration(await projectConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be refused if it named an option electron-builder does not know', async () => {
    const config = { ...(await projectConfig()), notAnOption: true } as Configuration;
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/notAnOption/);
  });

  it('builds AppImage and deb on Linux, an installer on Windows, a dmg and a zip on macOS, with Tidings’ name and icon', async () => {
    const config = await projectConfig();
    expect(config.appId).toBe('org.tidings.reader');
    expect(config.productName).toBe('Tidings');
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg', 'zip']);
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      expect(icon && existsSync(join(projectDir, icon)), `${icon} exists`).toBe(true);
    }
  });

  it('packs the built app and its assets, where the main process looks for them', async () => {
    const config = await projectConfig();
    // getConfig normalises `files` into filter sets; what matters is that these patterns are among them.
    const patterns = JSON.stringify(config.files);
    for (const pattern of ['dist/**/*', 'assets/**/*', 'package.json']) expect(patterns).toContain(JSON.stringify(pattern));
  });

  it('names every artefact with its version and architecture', async () => {
    const config = await projectConfig();
    expect(config.artifactName).toContain('${version}');
    expect(config.artifactName).toContain('${arch}');
    expect(config.deb?.artifactName).toBe('${name}_${version}_${arch}.${ext}');
  });

  it('has a PNG for every size of the Linux icon, drawn from icon.svg, and the large ones Windows and macOS start from', async () => {
    const config = await projectConfig();
    expect(config.linux?.icon).toBe('assets/icons');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = await readFile(join(projectDir, 'assets', 'icons', `${size}x${size}.png`));
      // A PNG's IHDR holds its width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${size}x${size}.png`).toEqual([size, size]);
    }
    expect(config.win?.icon).toBe('assets/icons/256x256.png');
    expect(config.mac?.icon).toBe('assets/icons/1024x1024.png');
  });

  it('opens feed:// and feeds:// links and OPML files', async () => {
    const config = await projectConfig();
    const schemes = [config.protocols ?? []].flat().flatMap((protocol) => protocol.schemes);
    expect(schemes).toEqual(['feed', 'feeds']);
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations.map(({ ext, mimeType }) => ({ ext, mimeType }))).toEqual([{ ext: 'opml', mimeType: 'text/x-opml' }]);
    expect(config.linux?.category).toBe('Network;News;');
  });

  it('signs macOS builds with the hardened runtime and only the JIT exception', async () => {
    const config = await projectConfig();
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('assets/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('assets/entitlements.mac.plist');
    const plist = await readFile(join(projectDir, 'assets', 'entitlements.mac.plist'), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('publishes to GitHub releases, which the packed app reads its updates from', async () => {
    const config = await projectConfig();
    const [publish] = [config.publish].flat();
    expect(publish).toMatchObject({ provider: 'github', releaseType: 'draft' });
    expect(publish && typeof publish === 'object' && 'owner' in publish && publish.owner).toEqual(expect.any(String));
    expect(publish && typeof publish === 'object' && 'repo' in publish && publish.repo).toEqual(expect.any(String));
  });
});
