import { app, net, powerMonitor } from 'electron';
import { pollingProbe, type SystemProbe } from '../poller/connectivity';

/** How often the system's answer is read: a flag Chromium keeps, so reading it costs nothing worth counting. */
const readEveryMs = 5_000;

/**
 * What the system says of the network: Chromium's `net.isOnline()`, which has no event in the main process, read every
 * few seconds and at once when the machine wakes (the network often changes meanwhile). Neither may be asked before the
 * app is ready: until then the network is taken to be there.
 */
export function systemNetwork(): SystemProbe {
  return pollingProbe(
    () => !app.isReady() || net.isOnline(),
    readEveryMs,
    (listener) => {
      let stop: () => void = () => undefined;
      void app.whenReady().then(() => {
        powerMonitor.on('resume', listener);
        stop = () => powerMonitor.off('resume', listener);
      });
      return () => stop();
    },
  );
}
