// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountEach } from './support/mountEach';
import { followConnectivity, useConnectivity } from '../../../renderer/features/connectivity/connectivityState';
import { OfflineIndicator } from '../../../renderer/features/connectivity/OfflineIndicator';
import type { Bridge, EventContract } from '../../../shared/ipc/contract';
import type { Connectivity } from '../../../shared/model/connectivity';

/** A bridge whose `app:connectivity` pushes and `app:readConnectivity` answers the test gives by hand. */
function fakeBridge() {
  let push: (state: Connectivity) => void = () => undefined;
  let answer: (state: Connectivity) => void = () => undefined;
  const bridge = {
    invoke: vi.fn(() => new Promise<Connectivity>((resolve) => (answer = resolve))),
    on: (_event: 'app:connectivity', listener: (payload: EventContract['app:connectivity']) => void) => {
      push = listener;
      return () => undefined;
    },
  } as unknown as Bridge;
  return { bridge, push: (state: Connectivity) => push(state), answer: (state: Connectivity) => answer(state) };
}

const offline: Connectivity = { state: 'offline', why: 'unreachable', since: 1 };

const view = mountEach(() => createElement(OfflineIndicator), () => useConnectivity.setState({ connectivity: { state: 'online' } }));

describe('the offline line', () => {
  it('says nothing while online, and one quiet status line while offline, with why', () => {
    const region = view().querySelector('[role="status"]');
    expect(region?.textContent).toBe('');
    act(() => useConnectivity.getState().setConnectivity(offline));
    expect(view().querySelectorAll('[role="status"]')).toHaveLength(1);
    expect(region?.textContent).toMatch(/^Offline — showing what is stored/);
    expect(region?.getAttribute('title')).toMatch(/No site could be reached/);
    act(() => useConnectivity.getState().setConnectivity({ state: 'online' }));
    expect(region?.textContent).toBe('');
  });
});

describe('followConnectivity', () => {
  it('reads the state at start and follows pushes; an answer overtaken by a push is dropped', async () => {
    const fake = fakeBridge();
    const stop = followConnectivity(fake.bridge);
    expect(fake.bridge.invoke).toHaveBeenCalledWith('app:readConnectivity', {});
    act(() => fake.push(offline));
    fake.answer({ state: 'online' });
    await act(async () => undefined);
    expect(useConnectivity.getState().connectivity).toEqual(offline);
    stop();
  });
});
