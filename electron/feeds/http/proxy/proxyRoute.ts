import { basicAuthorization } from '../../auth/basicAuth';

/** An HTTP proxy: plain http requests go to it whole, https ones through a CONNECT tunnel it opens. */
export interface HttpProxy {
  kind: 'http';
  /** A name or an address; an IPv6 address without its brackets. */
  host: string;
  port: number;
  /** Sent to the proxy alone, as Proxy-Authorization. */
  auth?: { username: string; password: string };
}

/** How one request leaves the machine. */
export type ProxyRoute = { kind: 'direct' } | HttpProxy;

/** The route for an address; may reject when the system cannot say. */
export type ProxyResolver = (url: string) => Promise<ProxyRoute>;

export const directRoute: ProxyRoute = { kind: 'direct' };

/** Every address straight to its server: the HTTP layer's default. */
export const noProxy: ProxyResolver = async () => directRoute;

/** The header that logs in to the proxy, when its setting carries a login; sent to the proxy alone. */
export function proxyAuthorization(proxy: HttpProxy): Record<string, string> {
  return proxy.auth ? { 'Proxy-Authorization': basicAuthorization(proxy.auth) } : {};
}

/** `10.0.0.1:3128`, `[::1]:3128`: how messages name a proxy. */
export function proxyName(proxy: HttpProxy): string {
  return `${proxy.host.includes(':') ? `[${proxy.host}]` : proxy.host}:${proxy.port}`;
}

/**
 * `host:port` as a proxy setting writes it, or null. A URL parser does the work so that IPv6 brackets and odd spellings
 * are read as everywhere else, but it drops a default port, so an explicit one is read back from the text.
 */
export function parseHostPort(text: string, defaultPort: number): { host: string; port: number } | null {
  let url: URL;
  try {
    url = new URL(`http://${text}`);
  } catch {
    return null;
  }
  if (!url.hostname || url.pathname !== '/' || url.search || url.username) return null;
  const explicit = /:(\d+)$/.exec(text);
  const port = url.port ? Number(url.port) : explicit ? Number(explicit[1]) : defaultPort;
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}

/**
 * Reads a PAC answer as Chromium gives it (`PROXY h:p; SOCKS5 h:p; DIRECT`): the first entry Tidings can use wins.
 * SOCKS, HTTPS (TLS to the proxy) and QUIC proxies cannot be used by Node's HTTP client here: they are passed over and
 * listed in `unsupported`, so that a list of only those goes direct and the reader is told why.
 */
export function parsePacResult(text: string): { route: ProxyRoute; unsupported: string[] } {
  const unsupported: string[] = [];
  for (const entry of text.split(';').map((part) => part.trim()).filter(Boolean)) {
    const [type = '', address = ''] = entry.split(/\s+/, 2);
    const kind = type.toUpperCase();
    if (kind === 'DIRECT') return { route: directRoute, unsupported };
    // Chromium writes an HTTP proxy as PROXY, and some PAC files as HTTP; port 80 is what both mean without one.
    const hostPort = kind === 'PROXY' || kind === 'HTTP' ? parseHostPort(address, 80) : null;
    if (hostPort) return { route: { kind: 'http', ...hostPort }, unsupported };
    unsupported.push(entry);
  }
  return { route: directRoute, unsupported };
}

/**
 * The desktop's proxy, from the system settings as Chromium reads them (PAC scripts included). `resolveProxy` is
 * Electron's `session.resolveProxy`, passed in by the shell so that this stays free of Electron.
 */
export function systemProxy(resolveProxy: (url: string) => Promise<string>, warn: (message: string) => void = console.warn): ProxyResolver {
  const warned = new Set<string>();
  return async (url) => {
    const { route, unsupported } = parsePacResult(await resolveProxy(url));
    for (const entry of unsupported) {
      if (warned.has(entry)) continue;
      warned.add(entry);
      warn(`The system proxy "${entry}" is not one Tidings can use (only HTTP proxies are): ${route.kind === 'direct' ? 'feeds are fetched directly' : `using ${proxyName(route)}`}`);
    }
    return route;
  };
}
