import { mainMessage } from '../../../../shared/model/mainMessage';
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
  if (codeOf(error) === 'ECONNREFUSED') return new FeedProblem(mainMessage('proxyRefused', { proxy: name }), 'network');
  return new FeedProblem(mainMessage('proxyUnreachable', { proxy: name, reason: networkReason(error) }), networkErrorKind(error));
}

export function proxyTimedOut(proxy: HttpProxy, connectTimeoutMs: number): FeedProblem {
  const reason = mainMessage('connectionNotOpened', { wait: describeSeconds(connectTimeoutMs) });
  return new FeedProblem(mainMessage('proxyUnreachable', { proxy: proxyName(proxy), reason }), 'timeout');
}

function statusCode(status: number, statusText: string): string {
  return `${status}${statusText ? ` ${statusText}` : ''}`;
}

/** A 407: the proxy wants a login, or did not take the one in its setting. */
export function proxyWantsLogin(proxy: HttpProxy, statusText: string): FeedProblem {
  const said = { proxy: proxyName(proxy), status: statusCode(407, statusText) };
  return proxy.auth ? new FeedProblem(mainMessage('proxyLoginRefused', said), 'http') : new FeedProblem(mainMessage('proxyWantsLogin', said), 'http');
}

/** The proxy answered a CONNECT with anything but success: it would not open the tunnel to the feed's server. */
export function tunnelRefused(proxy: HttpProxy, target: URL, status: number, statusText: string): FeedProblem {
  if (status === 407) return proxyWantsLogin(proxy, statusText);
  const said = { proxy: proxyName(proxy), host: hostOf(target.href), status: statusCode(status, statusText) };
  // 502 and 504 are how a proxy says that it could not reach the server itself.
  if (status === 502 || status === 504) return new FeedProblem(mainMessage('proxyCannotReach', said), 'http');
  return new FeedProblem(mainMessage('proxyRefusedHost', said), 'http');
}
