import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isInvokeChannel, type Bridge } from '../../shared/ipc/contract';

// The renderer gets two functions, never ipcRenderer itself, and only the contract's channels pass.
const bridge = {
  invoke: (channel, request) => {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  on: (event, listener) => {
    if (!isEventChannel(event)) throw new Error(`Unknown event ${String(event)}`);
    // Main sends only what the contract types for this event (see electron/main/index.ts's emit).
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
    ipcRenderer.on(event, relay);
    return () => ipcRenderer.removeListener(event, relay);
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('tidings', bridge);
