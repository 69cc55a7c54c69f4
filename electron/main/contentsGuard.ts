import { isWebUrl } from '../../shared/util/url';
import { isAppAddress } from './appAddress';

/** An Electron event whose default the guard may refuse. */
interface Refusable {
  preventDefault(): void;
}

/**
 * The part of Electron's WebContents the guard uses, written out so that it runs and is tested without Electron;
 * index.ts hands it real web contents, which the type-check holds to this shape.
 */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Refusable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Refusable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Holds any web contents to Tidings' own pages: navigation and redirects elsewhere are refused, no window is ever
 * opened (an http(s) link goes to the system browser instead, anything else nowhere) and no webview is attached.
 * Applied to every web contents the app creates, so a window added later cannot forget it.
 */
export function guardContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const stayHome = (event: Refusable, url: string) => {
    if (!isAppAddress(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
