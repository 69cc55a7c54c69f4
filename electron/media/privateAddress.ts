import { lookup } from 'node:dns/promises';
import { isIP, isIPv4, isIPv6 } from 'node:net';
import type { ConnectionGuard } from '../feeds/http/httpGet';

/** IPv4 ranges that are not on the public internet: this machine, the local network, link-local, shared address space. */
const privateV4: ReadonlyArray<readonly [number, number]> = [
  [0x00000000, 8], // 0.0.0.0/8
  [0x0a000000, 8], // 10.0.0.0/8
  [0x64400000, 10], // 100.64.0.0/10
  [0x7f000000, 8], // 127.0.0.0/8
  [0xa9fe0000, 16], // 169.254.0.0/16
  [0xac100000, 12], // 172.16.0.0/12
  [0xc0a80000, 16], // 192.168.0.0/16
];

function v4Number(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function isPrivateV4(address: string): boolean {
  const value = v4Number(address);
  return privateV4.some(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

function isPrivateV6(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower === '::' || lower === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return isPrivateV4(mapped[1]);
  // fc00::/7 (unique local) and fe80::/10 (link-local).
  return /^f[cd][0-9a-f]{0,2}:/.test(lower) || /^fe[89ab][0-9a-f]?:/.test(lower);
}

/**
 * Whether a host names this machine or the local network by itself: a loopback, private, link-local or shared
 * address, or a name that only the local network resolves (`localhost`, `.localhost`, `.local`). A name that a
 * public resolver maps to such an address is caught by resolvesToPrivate.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (isIPv4(host)) return isPrivateV4(host);
  if (isIPv6(host)) return isPrivateV6(host);
  return host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local');
}

/** Every address a name resolves to; the system's resolver unless another is given (tests give their own). */
export type HostLookup = (hostname: string) => Promise<string[]>;

export const systemLookup: HostLookup = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Why a background fetch from this host is refused, or null when it may go: the host is on the local network by
 * name or address, or resolves (any of its addresses) to one there, as a public name pointed at 127.0.0.1 or a
 * router would. A name that does not resolve is refused too: nothing could be fetched from it anyway.
 */
export async function localNetworkRefusal(hostname: string, resolve: HostLookup): Promise<string | null> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isPrivateHost(host)) return `${host} is on the local network`;
  if (isIP(host) !== 0) return null;
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    return `${host} could not be resolved: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (addresses.length === 0) return `${host} could not be resolved`;
  const local = addresses.find((address) => isPrivateHost(address));
  return local === undefined ? null : `${host} resolves to ${local}, on the local network`;
}

/**
 * Keeps a background fetch on the internet, at every redirect and at the connection itself: a host written as a local
 * address or name is refused, and a name is resolved once, for the connection, refused if any of its addresses is on
 * the local network. A name checked first and resolved again to connect could answer differently the second time.
 */
export function internetOnlyGuard(resolve: HostLookup): ConnectionGuard {
  return {
    refusal: (hostname) => {
      const host = hostname.replace(/^\[|\]$/g, '');
      return isPrivateHost(host) ? `${host} is on the local network` : null;
    },
    lookup: (hostname, options, callback) => {
      resolve(hostname).then(
        (addresses) => {
          const local = addresses.find((address) => isPrivateHost(address));
          const [first] = addresses;
          if (local !== undefined) return callback(lookupError(`${hostname} resolves to ${local}, on the local network`, 'ELOCALNETWORK'), '');
          if (first === undefined) return callback(lookupError(`${hostname} could not be resolved`, 'ENOTFOUND'), '');
          const family = (address: string) => (isIPv6(address) ? 6 : 4);
          if (options.all) return callback(null, addresses.map((address) => ({ address, family: family(address) })));
          callback(null, first, family(first));
        },
        (error: unknown) => callback(error instanceof Error ? error : lookupError(String(error), 'ENOTFOUND'), ''),
      );
    },
  };
}

function lookupError(message: string, code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Whether a feed is on the internet: its pictures are fetched in the background only from the internet too. */
export function isInternetFeed(feedUrl: string): boolean {
  const feedHost = hostOf(feedUrl);
  return feedHost !== null && !isPrivateHost(feedHost);
}

/**
 * The pictures of a feed's articles that may be fetched in the background: a feed from the internet cannot have
 * Tidings ask the reader's router or printer for something (each address a request it did not choose), so its
 * pictures on the local network are left for the reader to open; a feed on the local network keeps all of its own.
 * These are the addresses that name the local network; those whose names resolve there are refused when fetched
 * (ImageFetcher's `publicOnly`).
 */
export function picturesReachableFrom(feedUrl: string, pictures: readonly string[][]): string[][] {
  if (!isInternetFeed(feedUrl)) return pictures.map((candidates) => [...candidates]);
  return pictures
    .map((candidates) => candidates.filter((address) => {
      const host = hostOf(address);
      return host !== null && !isPrivateHost(host);
    }))
    .filter((candidates) => candidates.length > 0);
}
