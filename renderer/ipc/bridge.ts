import type { Bridge, DesktopBridge } from '../../shared/ipc/contract';
import { fromDesktop } from './desktopBridge';
import { createHttpBridge } from './httpBridge';

declare global {
  interface Window {
    /** Put there by the desktop shell's preload; absent when Tidings runs in a browser. */
    tidings?: DesktopBridge;
  }
}

/** The renderer's one way to the main process, whichever transport carries it. */
export const bridge: Bridge = window.tidings ? fromDesktop(window.tidings) : createHttpBridge(new URL('/', window.location.href).href);
