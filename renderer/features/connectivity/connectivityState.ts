import { create } from 'zustand';
import type { Bridge } from '../../../shared/ipc/contract';
import { online, type Connectivity } from '../../../shared/model/connectivity';
import { followConnection } from '../../sync/writeResults';

interface ConnectivitySlice {
  /** What the main process says: it alone finds out; every part of the window reads it here. */
  connectivity: Connectivity;
  setConnectivity: (connectivity: Connectivity) => void;
}

export const useConnectivity = create<ConnectivitySlice>()((set) => ({
  connectivity: online,
  setConnectivity: (connectivity) => set({ connectivity }),
}));

/**
 * Keeps the store in step with the main process: its pushes, and a fresh read whenever the event stream opens (a push
 * during a break is lost). An answer overtaken by a push is dropped, being older. Returns the function that stops it.
 */
export function followConnectivity(bridge: Bridge): () => void {
  let pushes = 0;
  const stopPushes = bridge.on('app:connectivity', (connectivity) => {
    pushes += 1;
    useConnectivity.getState().setConnectivity(connectivity);
  });
  const stopConnection = followConnection(bridge, () => {
    const pushesBefore = pushes;
    bridge.invoke('app:readConnectivity', {}).then(
      (connectivity) => {
        if (pushes === pushesBefore) useConnectivity.getState().setConnectivity(connectivity);
      },
      (error: unknown) => console.error('Could not ask whether Tidings is offline', error),
    );
  });
  return () => {
    stopPushes();
    stopConnection();
  };
}
