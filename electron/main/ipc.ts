import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { invokeChannels, type Handlers, type InvokeChannel } from '../../shared/ipc/contract';

/** Wires every channel of the contract to its handler, answering only Tidings' own pages. */
export function registerIpcHandlers(handlers: Handlers, isTrustedSender: (url: string) => boolean): void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, request: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isTrustedSender(senderUrl)) throw new Error(`Refused IPC from ${senderUrl}`);
      return (handlers[channel as InvokeChannel] as (request: unknown) => Promise<unknown>)(request);
    });
  }
}
