import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Handlers } from '../../shared/ipc/contract';
import { createBackend, type Backend, type BackendOptions } from '../handlers/backend';
import { startWebServer, type WebServer } from './server';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export const defaultRendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface WebAppOptions {
  port: number;
  host?: string;
  rendererDir?: string;
  /** Overrides for the backend, for tests (a shorter poll interval, say). */
  backend?: Pick<BackendOptions, 'poller' | 'fetch'>;
}

/** The built renderer and the real main-process handlers, served together on loopback. */
export async function startWebApp(options: WebAppOptions): Promise<WebServer & { backend: Backend }> {
  const rendererDir = options.rendererDir ?? defaultRendererDir;
  if (!existsSync(rendererDir)) throw new Error(`The renderer is not built (${rendererDir} is missing): run npm run build`);
  let handlers: Handlers | null = null;
  const web = await startWebServer({
    rendererDir,
    port: options.port,
    host: options.host ?? '127.0.0.1',
    getHandlers: () => {
      if (!handlers) throw new Error('Tidings is still starting');
      return handlers;
    },
  });
  const backend = createBackend({
    ...options.backend,
    emit: web.emit,
    appInfo: { name: 'Tidings', version, platform: process.platform, shell: 'web' },
    // A server cannot reach into the reader's browser: the page opens the link itself.
    openExternal: async () => false,
  });
  handlers = backend.handlers;
  return {
    ...web,
    backend,
    close: async () => {
      backend.poller.stop();
      await web.close();
    },
  };
}
