import type { FeedErrorKind, FetchOutcome } from './feed';

/**
 * Why Tidings thinks it is offline: the system says there is no network, or the last round of checks reached no
 * server at all (every fetch failed before a server answered, on at least two hosts).
 */
export type OfflineReason = 'system' | 'unreachable';

/** What the window shows: one quiet line while offline, nothing while online. `since` is epoch milliseconds. */
export type Connectivity = { state: 'online' } | { state: 'offline'; why: OfflineReason; since: number };

export const online: Connectivity = { state: 'online' };

/**
 * Failures that happen before any server answers. A timeout is among them: the fetch cannot say whether the connection
 * or the answer was slow, and on a network that is gone it is the connection.
 */
const connectFailures: ReadonlySet<FeedErrorKind> = new Set<FeedErrorKind>(['dns', 'network', 'timeout']);

/** Whether the fetch failed without reaching a server: it says something of the network, nothing of the feed. */
export function failedToConnect(outcome: FetchOutcome): boolean {
  return outcome.kind === 'failed' && outcome.reason !== undefined && connectFailures.has(outcome.reason);
}

export function sameConnectivity(a: Connectivity, b: Connectivity): boolean {
  return a.state === b.state && (a.state === 'online' || (b.state === 'offline' && a.why === b.why));
}
