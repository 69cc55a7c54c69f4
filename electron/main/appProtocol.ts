import { net, protocol } from 'electron';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pathInside } from '../files/pathInside';
import { pageSecurityHeaders } from '../../shared/security/contentSecurityPolicy';
import { mediaPath } from '../../shared/media/mediaRoute';
import type { MediaAnswer } from '../media/mediaLibrary';
import { appScheme } from './appAddress';

/** Must run before the app is ready: a standard, secure scheme gets a stable origin, so IndexedDB survives restarts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from disk under tidings://app/, with the CSP as a header, and the pictures of articles
 * under tidings://app/media from the image cache: one origin, so the CSP's `img-src 'self'` covers them.
 */
export function serveRenderer(rendererDir: string, media?: (query: URLSearchParams) => Promise<MediaAnswer>): void {
  protocol.handle(appScheme, async (request) => {
    const address = new URL(request.url);
    if (address.pathname === mediaPath && media) {
      const { status, headers, body } = await media(address.searchParams);
      return new Response(status === 200 ? new Uint8Array(body) : null, { status, headers });
    }
    const file = pathInside(rendererDir, address.pathname);
    if (!file) return new Response('Forbidden', { status: 403 });
    const response = await net.fetch(pathToFileURL(extname(file) ? file : join(rendererDir, 'index.html')).href);
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(pageSecurityHeaders)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
}
