import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: projectRoot });

/** Whether the project's lint refuses this import in a file at this place. */
async function refused(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const probe = imported;\n`, { filePath: `${projectRoot}/${file}` });
  return (result?.messages ?? []).some((message) => message.ruleId === 'no-restricted-imports');
}

// The folders are the process boundaries (README, "How it works"); the lint is what holds them.
describe('process boundaries', () => {
  it('keep the renderer away from Node and the main process', async () => {
    expect(await refused('renderer/features/probe.ts', "import imported from 'node:fs';")).toBe(true);
    expect(await refused('renderer/features/probe.ts', "import imported from 'path';")).toBe(true);
    expect(await refused('renderer/features/probe.ts', "import imported from 'electron';")).toBe(true);
    expect(await refused('renderer/features/probe.ts', "import imported from '../../electron/poller/poller';")).toBe(true);
    expect(await refused('renderer/features/probe.ts', "import imported from '../../shared/util/url';")).toBe(false);
  });

  it('keep shared/ free of either side and of Node', async () => {
    expect(await refused('shared/util/probe.ts', "import imported from 'react';")).toBe(true);
    expect(await refused('shared/util/probe.ts', "import imported from 'node:crypto';")).toBe(true);
    expect(await refused('shared/util/probe.ts', "import imported from '../../renderer/db/instance';")).toBe(true);
    expect(await refused('shared/util/probe.ts', "import imported from '../../electron/feeds/fetchFeed';")).toBe(true);
  });

  it('let only the thin shell import electron, and nothing in electron/ import the renderer', async () => {
    expect(await refused('electron/main/probe.ts', "import imported from 'electron';")).toBe(false);
    expect(await refused('electron/preload/probe.ts', "import imported from 'electron';")).toBe(false);
    expect(await refused('electron/poller/probe.ts', "import imported from 'electron';")).toBe(true);
    expect(await refused('electron/poller/probe.ts', "import imported from '../../renderer/db/instance';")).toBe(true);
    expect(await refused('electron/main/probe.ts', "import imported from '../../renderer/db/instance';")).toBe(true);
    expect(await refused('electron/poller/probe.ts', "import imported from 'node:fs';")).toBe(false);
  });
});
