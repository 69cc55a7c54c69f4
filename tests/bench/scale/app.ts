import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRendererDir, startWebApp } from '../../../electron/web/webApp';
import { repositoryRoot } from './cache';
import { progress } from './stats';

const rendererInputs = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];

function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), 0);
}

/** Builds the app (npm run build) when the renderer build is missing or older than its sources. */
export function ensureBuilt(): void {
  const built = join(defaultRendererDir, 'index.html');
  const sources = Math.max(...rendererInputs.map((input) => newestChange(join(repositoryRoot, input))));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  progress('the renderer build is missing or stale: npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: repositoryRoot, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/**
 * The real renderer build and the real handlers on a fixed loopback port: IndexedDB belongs to an origin, so the store
 * generated on this port is the one the app opens on it. Nothing is polled, so nothing but the benchmark writes to the
 * store while it measures, and the app does not hold its panes to one repaint a second as it does during a refresh:
 * the poller's clock stands at 1970, before every feed's last fetch, so no feed is ever due.
 */
export async function startApp(port: number) {
  const fetch = (subscription: { url: string }) => {
    progress(`warning: the poller fetched ${subscription.url}; figures taken during a refresh are not comparable`);
    return new Promise<never>(() => undefined);
  };
  try {
    return await startWebApp({ port, backend: { fetch, poller: { now: () => 0 } } });
  } catch (error) {
    throw new Error(`could not serve the app on 127.0.0.1:${port} (${error instanceof Error ? error.message : String(error)}); set TIDINGS_SCALE_PORT to another port`, { cause: error });
  }
}
