import { existsSync } from 'node:fs';
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

  it('builds AppImage and deb on Linux, an installer on Windows and a dmg on macOS, with Tidings’ name and icon', async () => {
    const config = await projectConfig();
    expect(config.appId).toBe('org.tidings.reader');
    expect(config.productName).toBe('Tidings');
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
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
});
