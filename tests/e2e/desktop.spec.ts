import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { Bridge } from '../../shared/ipc/contract';
import { findElectronBinary } from '../../electron/launch/electronBinary';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();

const whySkipped =
  'Electron downloads its binary on first run from a host outside the npm registry; ' +
  'the same renderer and main-process handlers are tested in Chromium by reader.spec.ts.';
test.skip(!binary, `no Electron binary is installed: ${whySkipped}`);
if (!binary) console.log(`desktop.spec.ts skipped: no Electron binary is installed. ${whySkipped}`);

test('the desktop window opens on the three panes, sandboxed, with only the preload bridge', async () => {
  const app = await electron.launch({ executablePath: binary ?? undefined, args: [projectRoot] });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('Tidings');
    await expect(window.getByRole('navigation', { name: 'Sources' })).toBeVisible();
    await expect(window.getByRole('region', { name: 'Articles' })).toBeVisible();
    await expect(window.getByRole('main', { name: 'Reading pane' })).toBeVisible();

    const page = await window.evaluate(async () => {
      const bridge = (window as unknown as { tidings?: Bridge }).tidings;
      return {
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
        shell: bridge ? (await bridge.invoke('app:info', {})).shell : null,
        refusesFileUrls: bridge ? !(await bridge.invoke('shell:openExternal', { url: 'file:///etc/passwd' })).opened : null,
      };
    });
    expect(page).toEqual({ hasRequire: false, hasProcess: false, shell: 'desktop', refusesFileUrls: true });

  } finally {
    await app.close();
  }
});
