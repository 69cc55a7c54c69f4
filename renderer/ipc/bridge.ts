import type { Bridge } from '../../shared/ipc/contract';
import { createHttpBridge } from './httpBridge';

declare global {
  interface Window {
    /** Put there by the desktop shell's preload; absent when Tidings runs in a browser. */
    tidings?: Bridge;
  }
}

/** The renderer's one way to the main process, whichever transport carries it. */
export const bridge: Bridge = window.tidings ?? createHttpBridge(new URL('/', window.location.href).href);
