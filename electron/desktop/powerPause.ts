import type { PauseReason } from './pauseReasons';

/** Electron's powerMonitor, as far as this needs it. */
export interface PowerEvents {
  on(event: 'suspend' | 'resume', listener: () => void): unknown;
  off(event: 'suspend' | 'resume', listener: () => void): unknown;
}

/**
 * Stops checking while the machine goes to sleep and starts again when it wakes, when the feeds that fell due meanwhile
 * are checked: a fetch cut by sleep would count as the feed's failure. Whether the network is there on waking is the
 * connectivity monitor's to say (it looks again on `resume` itself). Returns the function that stops following.
 */
export function pauseWhileAsleep(power: PowerEvents, pause: (reason: PauseReason, paused: boolean) => void): () => void {
  const suspend = () => pause('suspended', true);
  const resume = () => pause('suspended', false);
  power.on('suspend', suspend);
  power.on('resume', resume);
  return () => {
    power.off('suspend', suspend);
    power.off('resume', resume);
  };
}
