import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels, isEventChannel, isInvokeChannel, type DesktopBridge } from '../../../shared/ipc/contract';
import { fromDesktop } from '../../../renderer/ipc/desktopBridge';

describe('the channel lists', () => {
  it('name every channel domain:verb, each once', () => {
    for (const channel of [...invokeChannels, ...eventChannels]) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    expect(new Set(invokeChannels).size).toBe(invokeChannels.length);
    expect(new Set(eventChannels).size).toBe(eventChannels.length);
  });

  it('keep calls and pushed events apart', () => {
    for (const channel of invokeChannels) expect(isEventChannel(channel)).toBe(false);
    for (const channel of eventChannels) expect(isInvokeChannel(channel)).toBe(false);
  });

  it('include the calls and events the renderer relies on', () => {
    expect(invokeChannels).toEqual(
      expect.arrayContaining(['app:info', 'app:menuWords', 'feeds:fetch', 'poller:refresh', 'poller:subscribe', 'poller:writer', 'poller:stored', 'poller:pause', 'shell:openExternal']),
    );
    expect(eventChannels).toEqual(expect.arrayContaining(['app:command', 'app:connectivity', 'poller:progress', 'poller:result']));
    expect(invokeChannels).toContain('app:readConnectivity');
  });
});

describe('isInvokeChannel / isEventChannel', () => {
  it('accept every listed channel', () => {
    for (const channel of invokeChannels) expect(isInvokeChannel(channel)).toBe(true);
    for (const channel of eventChannels) expect(isEventChannel(channel)).toBe(true);
  });

  it.each(['', 'feeds', 'feeds:', 'FEEDS:FETCH', 'feeds:fetch ', ' feeds:fetch', 'shell:openPath', 'ipc:events', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'refuse %j',
    (name) => {
      expect(isInvokeChannel(name)).toBe(false);
      expect(isEventChannel(name)).toBe(false);
    },
  );
});

// The preload is the gate between a page and ipcRenderer; Electron is replaced by a recorder so that what passes is visible.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as Array<{ channel: string; request: unknown }>,
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, request: unknown) => {
      electron.invoked.push({ channel, request });
      return Promise.resolve({ answeredOn: channel });
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(listener),
  },
}));

describe('the preload bridge', () => {
  let bridge: DesktopBridge;
  beforeEach(async () => {
    await import('../../../electron/preload/index');
    bridge = electron.exposed.get('tidings') as DesktopBridge;
    electron.invoked.length = 0;
    electron.listeners.clear();
  });

  it('exposes only invoke and onJson to the page', () => {
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onJson']);
  });

  it('passes every contract call through to the main process', async () => {
    for (const channel of invokeChannels) {
      await expect(bridge.invoke(channel, {} as never)).resolves.toEqual({ answeredOn: channel });
    }
    expect(electron.invoked.map(({ channel }) => channel)).toEqual([...invokeChannels]);
  });

  it.each(['shell:openPath', 'poller:result', '__proto__', 'fs:readFile'])('refuses the call %j without reaching ipcRenderer', async (channel) => {
    await expect(bridge.invoke(channel as never, {} as never)).rejects.toThrow();
    expect(electron.invoked).toEqual([]);
  });

  it('relays the JSON text of contract events, which the renderer reads, and stops when unsubscribed', () => {
    const heard: unknown[] = [];
    const stop = fromDesktop(bridge).on('poller:progress', (progress) => heard.push(progress));
    const progress = { running: true, done: 1, total: 2 };
    for (const listener of electron.listeners.get('poller:progress') ?? []) {
      listener({ sender: null }, JSON.stringify(progress));
      listener({ sender: null }, progress);
    }
    expect(heard).toEqual([progress]);
    stop();
    expect(electron.listeners.get('poller:progress')?.size ?? 0).toBe(0);
  });

  it.each(['feeds:fetch', 'window:close', 'constructor'])('refuses to listen on %j', (event) => {
    expect(() => bridge.onJson(event as never, () => undefined)).toThrow();
    expect(electron.listeners.size).toBe(0);
  });
});
