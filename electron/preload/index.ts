import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isInvokeChannel, type DesktopBridge } from '../../shared/ipc/contract';

// The renderer gets two functions, never ipcRenderer itself, and only the contract's channels pass.
const bridge = {
  invoke: (channel, request) => {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  onJson: (event, listener) => {
    if (!isEventChannel(event)) throw new Error(`Unknown event ${String(event)}`);
    // Main sends each event as the JSON text of what the contract types for it (see electron/main/index.ts's emit).
    const relay = (_event: IpcRendererEvent, json: unknown) => {
      if (typeof json === 'string') listener(json);
    };
    ipcRenderer.on(event, relay);
    return () => ipcRenderer.removeListener(event, relay);
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('tidings', bridge);
