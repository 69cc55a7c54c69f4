import { isIPv4, isIPv6 } from 'node:net';

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
 * public resolver maps to such an address is not caught here.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (isIPv4(host)) return isPrivateV4(host);
  if (isIPv6(host)) return isPrivateV6(host);
  return host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * The pictures of a feed's articles that may be fetched in the background: a feed from the internet cannot have
 * Tidings ask the reader's router or printer for something (each address a request it did not choose), so its
 * pictures on the local network are left for the reader to open; a feed on the local network keeps all of its own.
 */
export function picturesReachableFrom(feedUrl: string, pictures: readonly string[][]): string[][] {
  const feedHost = hostOf(feedUrl);
  if (feedHost === null || isPrivateHost(feedHost)) return pictures.map((candidates) => [...candidates]);
  return pictures
    .map((candidates) => candidates.filter((address) => {
      const host = hostOf(address);
      return host !== null && !isPrivateHost(host);
    }))
    .filter((candidates) => candidates.length > 0);
}
