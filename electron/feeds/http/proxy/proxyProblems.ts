import { hostOf } from '../../../../shared/util/url';
import { codeOf, describeSeconds, FeedProblem, networkErrorKind, networkReason } from '../feedProblem';
import { proxyName, type HttpProxy } from './proxyRoute';

/**
 * Failures on the way to the proxy are the kind the same failure has on the way to a server (a refused connection is
 * 'network', an unknown proxy name 'dns', no answer 'timeout'); what the proxy answers in HTTP (a 407, a refused
 * tunnel) is 'http'. Every message names the proxy, so that the reader looks at the proxy, not at the feed.
 */
export function proxyUnreachable(proxy: HttpProxy, error: unknown): FeedProblem {
  if (error instanceof FeedProblem) return error;
  const name = proxyName(proxy);
  if (codeOf(error) === 'ECONNREFUSED') return new FeedProblem(`The proxy ${name} refused the connection`, 'network');
  return new FeedProblem(`Could not reach the proxy ${name}: ${networkReason(error)}`, networkErrorKind(error));
}

export function proxyTimedOut(proxy: HttpProxy, connectTimeoutMs: number): FeedProblem {
  return new FeedProblem(`Could not reach the proxy ${proxyName(proxy)}: the connection did not open within ${describeSeconds(connectTimeoutMs)}`, 'timeout');
}

function statusCode(status: number, statusText: string): string {
  return `${status}${statusText ? ` ${statusText}` : ''}`;
}

/** A 407: the proxy wants a login, or did not take the one in its setting. */
export function proxyWantsLogin(proxy: HttpProxy, statusText: string): FeedProblem {
  const code = statusCode(407, statusText);
  return proxy.auth
    ? new FeedProblem(`The proxy ${proxyName(proxy)} did not accept the user name and password in its setting (${code})`, 'http')
    : new FeedProblem(`The proxy ${proxyName(proxy)} asks for a user name and password (${code})`, 'http');
}

/** The proxy answered a CONNECT with anything but success: it would not open the tunnel to the feed's server. */
export function tunnelRefused(proxy: HttpProxy, target: URL, status: number, statusText: string): FeedProblem {
  if (status === 407) return proxyWantsLogin(proxy, statusText);
  const code = statusCode(status, statusText);
  const name = proxyName(proxy);
  const host = hostOf(target.href);
  // 502 and 504 are how a proxy says that it could not reach the server itself.
  if (status === 502 || status === 504) return new FeedProblem(`The proxy ${name} could not reach ${host} (${code})`, 'http');
  return new FeedProblem(`The proxy ${name} refused to connect to ${host} (${code})`, 'http');
}
