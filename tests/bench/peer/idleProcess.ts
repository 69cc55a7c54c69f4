import { monitorEventLoopDelay } from 'node:perf_hooks';

// An idle Node process beside the measured main process (see idleProbe.ts): a timer and nothing else. Its longest
// event-loop delay is what the machine alone keeps a process waiting, with no work of its own to blame.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const tick = setInterval(() => undefined, 10);
process.on('message', () => {
  process.send?.({ maxMs: delay.max / 1e6 }, () => {
    clearInterval(tick);
    process.exit(0);
  });
});
process.once('disconnect', () => process.exit(0));
process.send?.({ ready: true });
