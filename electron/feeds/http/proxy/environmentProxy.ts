import { addressLogin } from '../../auth/basicAuth';
import { noProxyMatcher } from './noProxy';
import { directRoute, parseHostPort, type ProxyResolver, type ProxyRoute } from './proxyRoute';

export type Environment = Readonly<Record<string, string | undefined>>;

/** curl's port for a proxy named without one, whatever its scheme says. */
export const defaultProxyPort = 1080;

/** The first of these variables that is set and not empty; lower case first, as curl reads them. */
function setting(env: Environment, ...names: string[]): { name: string; value: string } | null {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return null;
}

/**
 * A proxy variable's value (`http://user:pass@host:3128`, or `host:3128` with no scheme) as a route, or why it is not
 * one Tidings can use. Only plain-HTTP proxies are: `socks5://` and `https://` ones would need another client.
 */
export function readProxySetting(value: string): { route: ProxyRoute } | { problem: string } {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { problem: 'is not an address' };
  }
  if (url.protocol !== 'http:') return { problem: `names a proxy Tidings cannot use (${url.protocol}//; only http:// proxies are supported)` };
  // Read from the text, not from url.host: the parser drops a port of 80 as the scheme's default, and 1080 is the default here.
  const authority = /^[^:]+:\/\/(?:[^/?#]*@)?([^/?#]*)/.exec(withScheme)?.[1] ?? '';
  const hostPort = parseHostPort(authority, defaultProxyPort);
  if (!hostPort) return { problem: 'is not an address' };
  const auth = addressLogin(url);
  return { route: { kind: 'http', ...hostPort, ...(auth ? { auth } : {}) } };
}

/**
 * The proxy given by the environment, for Tidings running under Node (`npm run web`, the inspector): `http_proxy` for
 * http addresses, `https_proxy` for https ones, `all_proxy` for either when the other is not set, each also in upper
 * case (lower case wins), and `no_proxy` / `NO_PROXY` for exceptions (noProxyMatcher). curl ignores upper-case
 * HTTP_PROXY, because a CGI program would find a request's `Proxy:` header there; no request sets Tidings' environment,
 * so it is read like the others. A setting Tidings cannot use is reported once, through `warn`, and that scheme goes
 * direct.
 */
export function proxyFromEnvironment(env: Environment = process.env, warn: (message: string) => void = console.warn): ProxyResolver {
  const all = ['all_proxy', 'ALL_PROXY'];
  const routes = new Map<string, ProxyRoute>();
  for (const [protocol, names] of [
    ['http:', ['http_proxy', 'HTTP_PROXY', ...all]],
    ['https:', ['https_proxy', 'HTTPS_PROXY', ...all]],
  ] as const) {
    const found = setting(env, ...names);
    if (!found) continue;
    const read = readProxySetting(found.value);
    if ('problem' in read) warn(`${found.name} ${read.problem}: ${protocol.slice(0, -1)} feeds are fetched directly`);
    else routes.set(protocol, read.route);
  }
  const exempt = noProxyMatcher(setting(env, 'no_proxy', 'NO_PROXY')?.value ?? '');
  return async (address) => {
    const url = new URL(address);
    const route = routes.get(url.protocol);
    return route && !exempt(url) ? route : directRoute;
  };
}
