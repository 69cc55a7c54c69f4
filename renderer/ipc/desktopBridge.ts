import type { Bridge, DesktopBridge, EventContract } from '../../shared/ipc/contract';

/** The desktop shell's bridge as the renderer uses it: each event's JSON text read into what the contract types. */
export function fromDesktop(desktop: DesktopBridge): Bridge {
  return {
    invoke: (channel, request) => desktop.invoke(channel, request),
    on: (event, listener) => desktop.onJson(event, (json) => listener(JSON.parse(json) as EventContract[typeof event])),
    onJson: (event, listener) => desktop.onJson(event, listener),
  };
}
