import type { Emit, EventChannel, EventContract } from '../../../../shared/ipc/contract';

export type RecordedEvent = { [E in EventChannel]: { event: E; payload: EventContract[E] } }[EventChannel];

/** An `emit` that remembers what was pushed, in order. */
export function eventRecorder() {
  const events: RecordedEvent[] = [];
  const emit: Emit = (event, payload) => {
    events.push({ event, payload } as RecordedEvent);
  };
  return {
    emit,
    events,
    results: () => events.flatMap((recorded) => (recorded.event === 'poller:result' ? [recorded.payload] : [])),
    progress: () => events.flatMap((recorded) => (recorded.event === 'poller:progress' ? [recorded.payload] : [])),
  };
}
