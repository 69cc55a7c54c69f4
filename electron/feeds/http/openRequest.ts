import http, { type ClientRequest } from 'node:http';
import https from 'node:https';
import { createSecureContext, type SecureContext, type TLSSocket } from 'node:tls';
import type { LookupFunction } from 'node:net';
import { addressLogin, basicAuthorization } from '../auth/basicAuth';
import { proxyAuthorization, type ProxyRoute } from './proxy/proxyRoute';

/**
 * The headers a GET to `target` carries. A login written in the address becomes an Authorization header here, for
 * every route alike (Node would add it only when given the address itself), unless the caller already sets one.
 */
function headersFor(target: URL, headers: Record<string, string>): Record<string, string> {
  const login = addressLogin(target);
  const hasAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  return login && !hasAuthorization ? { Authorization: basicAuthorization(login), ...headers } : headers;
}

/** The address as a request line carries it: no login, no fragment. */
function requestAddress(target: URL): URL {
  const address = new URL(target.href);
  address.username = '';
  address.password = '';
  address.hash = '';
  return address;
}

/**
 * Starts one GET, not yet ended: straight to the server, to an HTTP proxy with the whole address in the request line
 * (plain http), or over a CONNECT tunnel already open to the server (https through a proxy). A fresh connection every
 * time: a pooled socket would outlive httpGet's deadline bookkeeping.
 */
export function openRequest(target: URL, route: ProxyRoute, headers: Record<string, string>, tunnel?: TLSSocket, lookup?: LookupFunction): ClientRequest {
  const sent = headersFor(target, headers);
  const address = requestAddress(target);
  if (tunnel) {
    const path = `${address.pathname}${address.search}`;
    return http.request({ method: 'GET', path, headers: { ...sent, Host: address.host }, createConnection: () => tunnel });
  }
  if (route.kind === 'http') {
    // The login to the proxy goes in this request, which the proxy reads and does not pass on; the feed's own login goes
    // on to the server, readable by the proxy as by anyone on the way: that is plain http.
    const headersToProxy = { ...sent, Host: address.host, ...proxyAuthorization(route) };
    return http.request({ method: 'GET', host: route.host, port: route.port, path: address.href, headers: headersToProxy, agent: false });
  }
  // Straight to the server: its name is resolved by `lookup` when one is given (a guard's, see httpGet's ConnectionGuard).
  const secure = address.protocol === 'https:' ? { secureContext: sharedSecureContext() } : {};
  return (address.protocol === 'https:' ? https : http).request(address, { method: 'GET', headers: sent, agent: false, ...secure, ...(lookup ? { lookup } : {}) });
}

let secureContext: SecureContext | null = null;

/**
 * The default TLS settings, made once: without an agent to keep one, Node makes them anew for every connection, which
 * loads the whole certificate store each time (half a second of a refresh's main thread over a thousand feeds).
 */
function sharedSecureContext(): SecureContext {
  secureContext ??= createSecureContext();
  return secureContext;
}
