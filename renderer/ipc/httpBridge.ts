import { isEventChannel, type Bridge, type EventChannel, type EventContract } from '../../shared/ipc/contract';
import { inTurns, patientCallsAtOnce, patientLane } from './patientCalls';

type AnyListener = (payload: EventContract[EventChannel]) => void;
type TextListener = (json: string) => void;

/** An event's listeners: those given its payload (read once for all of them), and those given its text unread. */
interface Listeners {
  read: Set<AnyListener>;
  text: Set<TextListener>;
}

/**
 * The contract carried over HTTP to the same main-process handlers (`npm run web` and the end-to-end tests),
 * where the desktop shell's preload bridge is not there.
 */
export function createHttpBridge(baseUrl: string): Bridge {
  const listeners = new Map<EventChannel, Listeners>();
  const connectedListeners = new Set<() => void>();
  let source: EventSource | null = null;
  const patient = { backgroundPages: inTurns(patientCallsAtOnce.backgroundPages), icons: inTurns(patientCallsAtOnce.icons) };

  function connect(): void {
    if (source) return;
    source = new EventSource(new URL('ipc/events', baseUrl));
    // EventSource reconnects by itself after a break; what was pushed meanwhile is gone, so listeners are told.
    source.addEventListener('open', () => {
      for (const listener of [...connectedListeners]) listener();
    });
    for (const event of listeners.keys()) attach(event);
  }

  function attach(event: EventChannel): void {
    source?.addEventListener(event, (message) => {
      const json = (message as MessageEvent<string>).data;
      const { read, text } = listeners.get(event) ?? { read: new Set(), text: new Set() };
      for (const listener of text) listener(json);
      if (read.size === 0) return;
      const payload = JSON.parse(json) as EventContract[EventChannel];
      for (const listener of read) listener(payload);
    });
  }

  function listen<L>(event: EventChannel, setOf: (known: Listeners) => Set<L>, listener: L): () => void {
    if (!isEventChannel(event)) throw new Error(`Unknown event ${String(event)}`);
    let known = listeners.get(event);
    if (!known) {
      known = { read: new Set(), text: new Set() };
      listeners.set(event, known);
      if (source) attach(event);
    }
    const set = setOf(known);
    set.add(listener);
    connect();
    return () => set.delete(listener);
  }

  return {
    invoke(channel, request) {
      const call = async () => {
        const response = await fetch(new URL(`ipc/${channel}`, baseUrl), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(request),
        });
        const body = (await response.json()) as { ok: true; value: never } | { ok: false; error: string };
        if (!body.ok) throw new Error(body.error);
        return body.value;
      };
      const lane = patientLane(channel, request);
      return lane ? patient[lane](call) : call();
    },
    on: (event, listener) => listen(event, (known) => known.read, listener as AnyListener),
    onJson: (event, listener) => listen(event, (known) => known.text, listener as TextListener),
    onConnected(listener) {
      connectedListeners.add(listener);
      connect();
      if (source?.readyState === EventSource.OPEN) queueMicrotask(() => connectedListeners.has(listener) && listener());
      return () => connectedListeners.delete(listener);
    },
  };
}
