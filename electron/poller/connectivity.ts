import { online, sameConnectivity, type Connectivity } from '../../shared/model/connectivity';

/** What the system says of the network. */
export interface SystemProbe {
  isOnline(): boolean;
  /** Calls the listener whenever the answer may have changed; returns the function that stops it. */
  watch(listener: () => void): () => void;
}

/** Where the system cannot tell (`npm run web`, tests): online, so that only a round of checks can say otherwise. */
export const assumeOnline: SystemProbe = { isOnline: () => true, watch: () => () => undefined };

/** A probe set by hand: what the tests and the web harness flip to play the system going offline and back. */
export interface ManualProbe extends SystemProbe {
  set(online: boolean): void;
}

export function manualProbe(initiallyOnline = true): ManualProbe {
  let current = initiallyOnline;
  const listeners = new Set<() => void>();
  return {
    isOnline: () => current,
    watch: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next) => {
      if (next === current) return;
      current = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

/**
 * A system answer that comes without events (Electron's `net.isOnline()` in the main process), read this often, and at
 * once whenever `wake` says so (the machine waking from sleep, say). Reading it is cheap: it is a flag the system keeps.
 */
export function pollingProbe(isOnline: () => boolean, everyMs: number, wake?: (listener: () => void) => () => void): SystemProbe {
  return {
    isOnline,
    watch: (listener) => {
      const timer = setInterval(listener, everyMs);
      // Never what keeps the process alive.
      timer.unref?.();
      const stopWake = wake?.(listener);
      return () => {
        clearInterval(timer);
        stopWake?.();
      };
    },
  };
}

/**
 * The one answer to "is Tidings offline", for every part of the main process: the system saying so wins; else the
 * last round of checks reaching no server says so, until a fetch reaches one or the system says the network is back.
 */
export class ConnectivityMonitor {
  private systemOfflineSince: number | null = null;
  private unreachableSince: number | null = null;
  private state: Connectivity = online;
  private readonly listeners = new Set<(state: Connectivity) => void>();
  private readonly stopWatching: () => void;

  constructor(
    private readonly probe: SystemProbe = assumeOnline,
    private readonly now: () => number = Date.now,
  ) {
    this.systemOfflineSince = probe.isOnline() ? null : now();
    this.update();
    this.stopWatching = probe.watch(() => this.systemChanged());
  }

  get current(): Connectivity {
    return this.state;
  }

  get isOffline(): boolean {
    return this.state.state === 'offline';
  }

  /** Offline for want of servers, not because the system says so: only a fetch can tell when that ends. */
  get awaitsServer(): boolean {
    return this.state.state === 'offline' && this.state.why === 'unreachable';
  }

  onChange(listener: (state: Connectivity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A round of checks reached no server. */
  noServerReached(): void {
    this.unreachableSince ??= this.now();
    this.update();
  }

  /** A fetch reached a server: whatever the last round said, the network works. */
  serverReached(): void {
    this.forgetUnreachable();
  }

  /** Nothing is left to try servers with (no feed to check): the last round's verdict is not held against the network. */
  forgetUnreachable(): void {
    if (this.unreachableSince === null) return;
    this.unreachableSince = null;
    this.update();
  }

  dispose(): void {
    this.stopWatching();
    this.listeners.clear();
  }

  private systemChanged(): void {
    const systemOnline = this.probe.isOnline();
    if (systemOnline === (this.systemOfflineSince === null)) return;
    this.systemOfflineSince = systemOnline ? null : this.now();
    // The system saying the network is back is news worth trying servers again for.
    if (systemOnline) this.unreachableSince = null;
    this.update();
  }

  private update(): void {
    const next: Connectivity =
      this.systemOfflineSince !== null
        ? { state: 'offline', why: 'system', since: this.systemOfflineSince }
        : this.unreachableSince !== null
          ? { state: 'offline', why: 'unreachable', since: this.unreachableSince }
          : online;
    if (sameConnectivity(next, this.state)) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener(next);
  }
}

/**
 * A round whose failures all came before any server answered, on at least this many hosts, says the network is gone;
 * on one host alone it says only that this host is unreachable.
 */
export const hostsForOffline = 2;

/** The machine an address names, its port aside: two servers of one machine both failing say nothing of the network. */
export function hostNameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * What one round of fetches (from the poller leaving idle to its next idle) says of the network. Failures to connect
 * are held until the round is judged: should it have reached no server, they say nothing of their feeds and are
 * dropped; once any fetch reaches a server, they are feeds' own failures and go out at once.
 */
export class RoundEvidence<T> {
  private reached = false;
  private held: Array<{ host: string; item: T }> = [];

  get hasReachedServer(): boolean {
    return this.reached;
  }

  /** A fetch reached a server: the failures held so far are the feeds' own. */
  serverReached(): T[] {
    this.reached = true;
    return this.release();
  }

  hold(host: string, item: T): void {
    this.held.push({ host, item });
  }

  /** Forgets the failures held (the network was found gone meanwhile: they say nothing of their feeds). */
  discard(): void {
    this.held = [];
  }

  /** Ends the round: whether it reached no server on enough hosts, and the failures to let out when it did not. */
  end(): { unreachable: boolean; held: T[] } {
    const unreachable = !this.reached && new Set(this.held.map((entry) => entry.host)).size >= hostsForOffline;
    const held = this.release();
    this.reached = false;
    return unreachable ? { unreachable, held: [] } : { unreachable, held };
  }

  private release(): T[] {
    const items = this.held.map((entry) => entry.item);
    this.held = [];
    return items;
  }
}
