import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';

const projectDir = fileURLToPath(new URL('../../..', import.meta.url));

// electron-builder flips these in the Electron binary it packs (its `electronFuses`, checked by its own schema).
describe('the fuses of the packed app', () => {
  it('are set so the shipped binary cannot be run as Node, inspected, or made to load code from outside its archive', async () => {
    const { electronFuses } = await getConfig(projectDir, null, null);
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('are names electron-builder’s schema knows: a misspelt fuse is refused, not silently left as it was', async () => {
    const config = await getConfig(projectDir, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration\.electronFuses/);
  });
});
