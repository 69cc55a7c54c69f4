import type { DiscoveredFeed, FeedErrorKind } from '../../../shared/model/feed';
import { inEnglish, mainMessage, waitMessage, type MainMessage, type MainMessageCode } from '../../../shared/model/mainMessage';
import { hostOf } from '../../../shared/util/url';

/**
 * A failure worth telling the user about. `told` is its code and parameters, which the window words in the reader's
 * language; `message` is the same in English, one readable line. The pipeline turns these into `failed` outcomes
 * instead of letting them escape. Every problem says what kind it is, so that the health view can sort and group
 * failures without reading their words.
 */
export class FeedProblem extends Error {
  readonly told: MainMessage;
  readonly reason: FeedErrorKind;
  readonly retryAfterSeconds: number | undefined;
  /** Set when the address is a web page: the feeds it advertises (maybe none). */
  readonly offers: DiscoveredFeed[] | undefined;

  constructor(told: MainMessage, reason: FeedErrorKind, details: { retryAfterSeconds?: number; offers?: DiscoveredFeed[] } = {}) {
    super(inEnglish(told));
    this.told = told;
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

export function megabytes(bytes: number): MainMessage {
  const value = bytes / (1024 * 1024);
  return mainMessage('megabytes', { n: Number.isInteger(value) ? value : Number(value.toFixed(1)) });
}

/** "0.5 s", "2.5 s", "30 s": rounding a short timeout to whole seconds would misstate it ("over 1 s" for 500 ms). */
export function describeSeconds(milliseconds: number): MainMessage {
  const seconds = milliseconds / 1000;
  return mainMessage('seconds', { n: seconds >= 10 ? Math.round(seconds) : Number(seconds.toPrecision(2)) });
}

export { waitMessage };

/** Node's socket and TLS error codes, in the words a reader would use. */
const networkReasons: Record<string, MainMessageCode> = {
  ECONNREFUSED: 'connectionRefused',
  ECONNRESET: 'connectionReset',
  ENOTFOUND: 'noSuchHost',
  EAI_AGAIN: 'hostLookupFailed',
  EHOSTUNREACH: 'hostUnreachable',
  ENETUNREACH: 'networkUnreachable',
  ETIMEDOUT: 'connectionTimedOut',
  EPIPE: 'connectionClosed',
  ECONNABORTED: 'connectionAborted',
  UND_ERR_SOCKET: 'connectionClosed',
  HPE_INVALID_CONSTANT: 'notHttp',
  HPE_INVALID_HEADER_TOKEN: 'invalidHeaders',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificateForOtherSite',
  CERT_HAS_EXPIRED: 'certificateExpired',
  CERT_NOT_YET_VALID: 'certificateNotYetValid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certificateSelfSigned',
  SELF_SIGNED_CERT_IN_CHAIN: 'certificateNotTrusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificateUnverified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificateUnverified',
  EPROTO: 'secureConnectionFailed',
};

export function firstLine(error: unknown): string {
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
export function networkReason(error: unknown): MainMessage {
  const code = codeOf(error);
  const known = networkReasons[code] ?? (code.startsWith('HPE_') ? 'brokenHttp' : code.startsWith('ERR_SSL_') ? 'secureConnectionFailed' : null);
  return known ? mainMessage(known) : verbatim(firstLine(error));
}

/** Words Tidings did not write (a parser's, the system's): passed on as they are. */
export function verbatim(text: string): MainMessage {
  return mainMessage('verbatim', { text });
}

export function unreachable(url: string, error: unknown): FeedProblem {
  if (error instanceof FeedProblem) return error;
  return new FeedProblem(mainMessage('unreachable', { host: hostOf(url), reason: networkReason(error) }), networkErrorKind(error));
}

export function connectionNotOpened(url: string, connectTimeoutMs: number): FeedProblem {
  const reason = mainMessage('connectionNotOpened', { wait: describeSeconds(connectTimeoutMs) });
  return new FeedProblem(mainMessage('unreachable', { host: hostOf(url), reason }), 'timeout');
}
