import { net, protocol } from 'electron';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pathInside } from '../files/pathInside';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

export const appScheme = 'tidings';
export const appOrigin = `${appScheme}://app`;

/** Must run before the app is ready: a standard, secure scheme gets a stable origin, so IndexedDB survives restarts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from disk under tidings://app/, with the CSP as a header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = pathInside(rendererDir, new URL(request.url).pathname);
    if (!file) return new Response('Forbidden', { status: 403 });
    const response = await net.fetch(pathToFileURL(extname(file) ? file : join(rendererDir, 'index.html')).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
