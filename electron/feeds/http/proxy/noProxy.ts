import { BlockList, isIP } from 'node:net';

/** One NO_PROXY entry: a host name (and its subdomains), an address, or a range of addresses; maybe for one port only. */
type Exception = { port: number | null } & ({ kind: 'name'; name: string } | { kind: 'addresses'; list: BlockList });

const family = (address: string): 'ipv4' | 'ipv6' => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

function withoutBrackets(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1');
}

/** `host`, `host:port`, `[v6]:port`, `v6`: the port is split off only where it cannot be part of an IPv6 address. */
function splitPort(entry: string): { host: string; port: number | null } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2] ? Number(bracketed[2]) : null };
  const named = /^([^:]+):(\d+)$/.exec(entry);
  if (named) return { host: named[1] ?? '', port: Number(named[2]) };
  return { host: entry, port: null };
}

function readException(raw: string): Exception | null {
  const { host, port } = splitPort(raw);
  const [address = '', bits] = host.split('/', 2);
  if (isIP(address)) {
    const list = new BlockList();
    const prefix = bits === undefined ? null : Number(bits);
    if (prefix === null) list.addAddress(address, family(address));
    else if (Number.isInteger(prefix) && prefix >= 0 && prefix <= (family(address) === 'ipv6' ? 128 : 32)) list.addSubnet(address, prefix, family(address));
    else return null;
    return { kind: 'addresses', list, port };
  }
  // curl reads `.example.com` as `example.com`; `*.example.com`, as other tools write it, means the same.
  const name = host.replace(/^\*?\./, '').replace(/\.$/, '');
  return name ? { kind: 'name', name, port } : null;
}

/**
 * NO_PROXY as curl reads it: entries separated by commas or spaces, `*` alone for every host; a name matches itself
 * and its subdomains (`example.com` covers `www.example.com`, not `badexample.com`); an address matches itself, a
 * CIDR range (`10.0.0.0/8`) the addresses in it. Names are never looked up, so an address entry does not cover a name
 * that resolves to it. Beyond curl, an entry may name a port (`example.com:8080`), as Go and most Node tools allow.
 * Nothing is exempt unless listed: like curl, `localhost` and 127.0.0.1 go through the proxy unless NO_PROXY names them.
 */
export function noProxyMatcher(value: string): (url: URL) => boolean {
  const entries = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (entries.includes('*')) return () => true;
  const exceptions = entries.map(readException).filter((exception) => exception !== null);
  return (url) => {
    const host = withoutBrackets(url.hostname.toLowerCase()).replace(/\.$/, '');
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const hostFamily = isIP(host) ? family(host) : null;
    return exceptions.some((exception) => {
      if (exception.port !== null && exception.port !== port) return false;
      if (exception.kind === 'addresses') return hostFamily !== null && exception.list.check(host, hostFamily);
      return host === exception.name || host.endsWith(`.${exception.name}`);
    });
  };
}
