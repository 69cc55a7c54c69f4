import type { DiscoveredFeed, FeedErrorKind } from '../../../shared/model/feed';
import { hostOf } from '../../../shared/util/url';

/**
 * A failure worth telling the user about. `message` is always one readable line; the pipeline turns
 * these into `failed` outcomes instead of letting them escape. Every problem says what kind it is, so that the
 * health view can sort and group failures without reading their words.
 */
export class FeedProblem extends Error {
  readonly reason: FeedErrorKind;
  readonly retryAfterSeconds: number | undefined;
  /** Set when the address is a web page: the feeds it advertises (maybe none). */
  readonly offers: DiscoveredFeed[] | undefined;

  constructor(message: string, reason: FeedErrorKind, details: { retryAfterSeconds?: number; offers?: DiscoveredFeed[] } = {}) {
    super(message);
    this.name = 'FeedProblem';
    this.reason = reason;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.offers = details.offers;
  }

  /** The server said the feed was removed for good (410): it is no longer polled. */
  get gone(): boolean {
    return this.reason === 'gone';
  }
}

export function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

/** "0.5 s", "2.5 s", "30 s": rounding a short timeout to whole seconds would misstate it ("over 1 s" for 500 ms). */
export function describeSeconds(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  return `${seconds >= 10 ? Math.round(seconds) : Number(seconds.toPrecision(2))} s`;
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

function ownField(error: unknown, field: 'code' | 'syscall'): string {
  return typeof error === 'object' && error !== null && field in error ? String((error as Record<typeof field, unknown>)[field]) : '';
}

/** The error's code, or that of the first address tried when every address of the host failed alike. */
export function codeOf(error: unknown): string {
  const own = ownField(error, 'code');
  if (own || !(error instanceof AggregateError)) return own;
  return ownField((error.errors as unknown[])[0], 'code');
}

const dnsCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const timeoutCodes = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ERR_TLS_HANDSHAKE_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);
/** OpenSSL's verification codes (CERT_…, UNABLE_TO_…, and a few more) and Node's own TLS and SSL errors. */
const tlsCode = /^(ERR_SSL_|ERR_TLS_|UNABLE_TO_)|CERT|^(EPROTO|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH_EXCEEDED|HOSTNAME_MISMATCH)$/;

/** What kind of failure a socket, name lookup or TLS error is, from its code. */
export function networkErrorKind(error: unknown): FeedErrorKind {
  const code = codeOf(error);
  if (dnsCodes.has(code) || ownField(error, 'syscall') === 'getaddrinfo') return 'dns';
  if (timeoutCodes.has(code)) return 'timeout';
  if (tlsCode.test(code)) return 'tls';
  // llhttp's codes: the server answered, but not in HTTP a client can read.
  if (code.startsWith('HPE_')) return 'http';
  return 'network';
}

/** A socket, name lookup or TLS error in a reader's words: "connection refused", "no such host". */
export function networkReason(error: unknown): string {
  const code = codeOf(error);
  return (
    networkReasons[code] ??
    (code.startsWith('HPE_') ? 'the server answered with broken HTTP' : code.startsWith('ERR_SSL_') ? 'the secure connection failed' : firstLine(error))
  );
}

export function unreachable(url: string, error: unknown): FeedProblem {
  if (error instanceof FeedProblem) return error;
  return new FeedProblem(`Could not reach ${hostOf(url)}: ${networkReason(error)}`, networkErrorKind(error));
}
