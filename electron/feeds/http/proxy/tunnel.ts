import http from 'node:http';
import { isIP } from 'node:net';
import tls, { type TLSSocket } from 'node:tls';
import { connectionNotOpened } from '../feedProblem';
import { proxyTimedOut, proxyUnreachable, tunnelRefused } from './proxyProblems';
import { proxyAuthorization, type HttpProxy } from './proxyRoute';

export interface TunnelOptions {
  /** For the proxy's connection, the CONNECT answer and the TLS handshake with the server, together. */
  connectTimeoutMs: number;
  signal: AbortSignal;
}

/**
 * A TLS connection to an https address through an HTTP proxy's CONNECT tunnel. The handshake is the one a direct
 * connection makes: the server's name as SNI (never an address: RFC 6066 forbids it), its certificate checked against
 * that name and the trusted authorities, so a proxy that answers with a certificate of its own is refused the same way.
 * Failures before the tunnel opens are the proxy's and say so; the handshake's are the server's, as when direct.
 */
export function openTunnel(proxy: HttpProxy, target: URL, options: TunnelOptions): Promise<TLSSocket> {
  return new Promise<TLSSocket>((resolve, reject) => {
    const authority = `${target.hostname}:${target.port || 443}`;
    let tunnelOpen = false;
    let secure: TLSSocket | null = null;
    let settled = false;
    const settle = (error: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      if (error === null && secure) return resolve(secure);
      connect.destroy();
      secure?.destroy();
      reject(tunnelOpen ? error : proxyUnreachable(proxy, error));
    };
    const onAbort = (): void => settle(new Error('The request was abandoned'));
    const timer = setTimeout(
      () => settle(tunnelOpen ? connectionNotOpened(target.href, options.connectTimeoutMs) : proxyTimedOut(proxy, options.connectTimeoutMs)),
      options.connectTimeoutMs,
    );
    options.signal.addEventListener('abort', onAbort, { once: true });

    const connect = http.request({
      host: proxy.host,
      port: proxy.port,
      method: 'CONNECT',
      path: authority,
      headers: { Host: authority, ...proxyAuthorization(proxy) },
      agent: false,
    });
    connect.on('error', settle);
    // Node hands every answer to a CONNECT here, whatever its status, with the raw socket.
    connect.on('connect', (response, socket, head) => {
      if (settled) return void socket.destroy();
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        socket.destroy();
        settle(tunnelRefused(proxy, target, status, response.statusMessage ?? ''));
        return;
      }
      tunnelOpen = true;
      // A server speaks second in TLS, so nothing should follow the proxy's answer yet; if something did, it is the server's.
      if (head.length > 0) socket.unshift(head);
      const hostname = target.hostname.replace(/^\[(.*)\]$/, '$1');
      secure = tls.connect({ socket, host: hostname, ...(isIP(hostname) ? {} : { servername: hostname }), ALPNProtocols: ['http/1.1'] });
      secure.once('secureConnect', () => settle(null));
      // Left in place once settled: an error between here and the HTTP client taking the socket must not go unheard.
      secure.on('error', settle);
    });
    if (options.signal.aborted) onAbort();
    else connect.end();
  });
}
