import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { invokeChannels, type Handlers, type InvokeChannel } from '../../shared/ipc/contract';

/**
 * Wires every channel of the contract to its handler, answering only Tidings' own pages. A handler's failure goes to
 * `onFailure` (the log file) as well as back to the page, which may not say why it failed.
 */
export function registerIpcHandlers(
  handlers: Handlers,
  isTrustedSender: (url: string) => boolean,
  onFailure: (channel: InvokeChannel, error: unknown) => void = () => undefined,
): void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, request: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isTrustedSender(senderUrl)) throw new Error(`Refused IPC from ${senderUrl}`);
      try {
        return await (handlers[channel as InvokeChannel] as (request: unknown) => Promise<unknown>)(request);
      } catch (error) {
        onFailure(channel, error);
        throw error;
      }
    });
  }
}
