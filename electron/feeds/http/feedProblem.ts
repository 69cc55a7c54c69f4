import type { DiscoveredFeed } from '../../../shared/model/feed';
import { hostOf } from '../../../shared/util/url';

/**
 * A failure worth telling the user about. `message` is always one readable line; the pipeline turns
 * these into `failed` outcomes instead of letting them escape.
 */
export class FeedProblem extends Error {
  readonly gone: boolean;
  readonly retryAfterSeconds: number | undefined;
  /** Set when the address is a web page: the feeds it advertises (maybe none). */
  readonly offers: DiscoveredFeed[] | undefined;

  constructor(message: string, details: { gone?: boolean; retryAfterSeconds?: number; offers?: DiscoveredFeed[] } = {}) {
    super(message);
    this.name = 'FeedProblem';
    this.gone = details.gone ?? false;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.offers = details.offers;
  }
}

export function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

/** Node's socket and TLS error codes, in the words a reader would use. */
const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  EPIPE: 'the connection was closed',
  ECONNABORTED: 'the connection was aborted',
  UND_ERR_SOCKET: 'the connection was closed',
  HPE_INVALID_CONSTANT: 'the server did not answer in HTTP',
  HPE_INVALID_HEADER_TOKEN: 'the server sent invalid HTTP headers',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its security certificate is for another site',
  CERT_HAS_EXPIRED: 'its security certificate has expired',
  CERT_NOT_YET_VALID: 'its security certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its security certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its security certificate is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its security certificate could not be verified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its security certificate could not be verified',
  EPROTO: 'the secure connection failed',
};

function firstLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Trying each address of a host in turn ends in an AggregateError with no message of its own.
  const inner = error instanceof AggregateError ? (error.errors as unknown[])[0] : undefined;
  return error.message.split('\n')[0] || (inner === undefined ? '' : firstLine(inner)) || 'unknown error';
}

export function unreachable(url: string, error: unknown): FeedProblem {
  if (error instanceof FeedProblem) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reason =
    networkReasons[code] ??
    (code.startsWith('HPE_') ? 'the server answered with broken HTTP' : code.startsWith('ERR_SSL_') ? 'the secure connection failed' : firstLine(error));
  return new FeedProblem(`Could not reach ${hostOf(url)}: ${reason}`);
}
