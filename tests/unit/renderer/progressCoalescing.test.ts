import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge, EventContract } from '../../../shared/ipc/contract';
import { followProgress } from '../../../renderer/sync/pollerSync';
import { useUi } from '../../../renderer/state/store';

/** A bridge whose pushed progress events the test sends by hand. */
function pushingBridge(): { bridge: Bridge; push: (progress: EventContract['poller:progress']) => void } {
  let listener: ((progress: EventContract['poller:progress']) => void) | null = null;
  const bridge = {
    invoke: () => Promise.reject(new Error('not used')),
    on: (_event: string, handler: (progress: EventContract['poller:progress']) => void) => {
      listener = handler;
      return () => (listener = null);
    },
  } as unknown as Bridge;
  return { bridge, push: (progress) => listener?.(progress) };
}

afterEach(() => {
  vi.useRealTimers();
  useUi.setState({ progress: { running: false, done: 0, total: 0 } });
});

describe('the refresh progress the window shows', () => {
  it('shows a refresh starting and ending at once, and the hundreds of steps between at most ten times a second', () => {
    vi.useFakeTimers();
    const shown: number[] = [];
    const stopWatching = useUi.subscribe((state) => shown.push(state.progress.done));
    const { bridge, push } = pushingBridge();
    const stop = followProgress(bridge);

    push({ running: true, done: 0, total: 2_000 });
    expect(useUi.getState().progress).toEqual({ running: true, done: 0, total: 2_000 });
    for (let done = 1; done <= 500; done += 1) {
      push({ running: true, done, total: 2_000 });
      if (done % 50 === 0) vi.advanceTimersByTime(20);
    }
    // 500 events over 200 ms: two shown, the latest of each tenth of a second.
    expect(shown.length).toBeLessThanOrEqual(4);
    vi.advanceTimersByTime(100);
    expect(useUi.getState().progress.done).toBe(500);
    push({ running: false, done: 2_000, total: 2_000 });
    expect(useUi.getState().progress).toEqual({ running: false, done: 2_000, total: 2_000 });
    vi.advanceTimersByTime(200);
    expect(useUi.getState().progress.running).toBe(false);
    stop();
    stopWatching();
  });
});
