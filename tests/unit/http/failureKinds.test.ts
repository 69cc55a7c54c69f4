import { describe, expect, it } from 'vitest';
import { networkErrorKind, unreachable } from '../../../electron/feeds/http/feedProblem';

const coded = (code: string, details: Record<string, string> = {}): Error => Object.assign(new Error(`${code} happened`), { code, ...details });

describe('the kind of a socket, look-up or TLS error', () => {
  it('takes the look-up’s codes, and any getaddrinfo failure, for DNS', () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL']) expect(networkErrorKind(coded(code)), code).toBe('dns');
    expect(networkErrorKind(coded('ESOMETHING', { syscall: 'getaddrinfo' }))).toBe('dns');
  });

  it('takes certificate and handshake errors for TLS', () => {
    const codes = ['CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_SSL_WRONG_VERSION_NUMBER', 'EPROTO'];
    for (const code of codes) expect(networkErrorKind(coded(code)), code).toBe('tls');
  });

  it('takes timeouts, broken HTTP and everything else apart', () => {
    expect(networkErrorKind(coded('ETIMEDOUT'))).toBe('timeout');
    expect(networkErrorKind(coded('HPE_INVALID_CONSTANT'))).toBe('http');
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH']) expect(networkErrorKind(coded(code)), code).toBe('network');
    expect(networkErrorKind(new Error('no code at all'))).toBe('network');
    expect(networkErrorKind('not even an error')).toBe('network');
  });

  it('reads the first address’s error when every address of a host failed', () => {
    expect(networkErrorKind(new AggregateError([coded('ETIMEDOUT'), coded('ENETUNREACH')], ''))).toBe('timeout');
  });

  it('gives the problem for an unreachable host its kind', () => {
    expect(unreachable('https://old.example/feed', coded('CERT_HAS_EXPIRED'))).toMatchObject({
      reason: 'tls',
      gone: false,
      message: 'Could not reach old.example: its security certificate has expired',
    });
  });
});
