import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handlers } from '../../shared/ipc/contract';
import { tidingsUserAgent } from '../feeds/fetchFeed';
import { proxyFromEnvironment } from '../feeds/http/proxy/environmentProxy';
import { createBackend, type Backend, type BackendOptions } from '../handlers/backend';
import { MediaLibrary } from '../media/mediaLibrary';
import { startWebServer, type WebServer } from './server';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export const defaultRendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface WebAppOptions {
  port: number;
  host?: string;
  rendererDir?: string;
  /**
   * Overrides for the backend, for tests (a shorter poll interval, say; a network the test takes away and gives back
   * with a manual probe: a browser's server has no system to ask).
   */
  backend?: Pick<BackendOptions, 'poller' | 'fetch' | 'systemNetwork'>;
  /**
   * Where the pictures of articles are kept. Without one, a new folder in the system's temporary folder, deleted when
   * the app closes: each test's app keeps its own, and none outlives it.
   */
  imageDir?: string;
}

/** The built renderer and the real main-process handlers, served together on loopback. */
export async function startWebApp(options: WebAppOptions): Promise<WebServer & { backend: Backend }> {
  const rendererDir = options.rendererDir ?? defaultRendererDir;
  if (!existsSync(rendererDir)) throw new Error(`The renderer is not built (${rendererDir} is missing): run npm run build`);
  let handlers: Handlers | null = null;
  const imageDir = options.imageDir ?? (await mkdtemp(join(tmpdir(), 'tidings-images-')));
  const media = MediaLibrary.open({ dir: imageDir, userAgent: tidingsUserAgent(version), proxy: proxyFromEnvironment() });
  const web = await startWebServer({
    rendererDir,
    port: options.port,
    host: options.host ?? '127.0.0.1',
    getHandlers: () => {
      if (!handlers) throw new Error('Tidings is still starting');
      return handlers;
    },
    media: (query) => media.answer(query),
  });
  const backend = createBackend({
    ...options.backend,
    emit: web.emit,
    pushResult: web.pushResult,
    appInfo: { name: 'Tidings', version, platform: process.platform, shell: 'web' },
    // A server cannot reach into the reader's browser: the page opens the link itself.
    openExternal: async () => false,
    media,
  });
  handlers = backend.handlers;
  return {
    ...web,
    backend,
    close: async () => {
      backend.poller.stop();
      backend.connectivity.dispose();
      await web.close();
      await media.close();
      if (!options.imageDir) await rm(imageDir, { recursive: true, force: true });
    },
  };
}
