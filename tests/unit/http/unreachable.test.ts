import { describe, expect, it } from 'vitest';
import { unreachable } from '../../../electron/feeds/http/feedProblem';

const coded = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe('the line for a host that could not be reached', () => {
  it('gives a reason when every address of a host failed with an error it has no words for', () => {
    // What Node's connection to a host with IPv4 and IPv6 addresses ends in: no message of its own.
    const failed = new AggregateError([coded('EADDRNOTAVAIL', 'connect EADDRNOTAVAIL ::1:80'), coded('EADDRNOTAVAIL', 'connect EADDRNOTAVAIL 10.0.0.1:80')], '');
    expect(unreachable('http://dual.example/feed', failed).message).toBe('Could not reach dual.example: connect EADDRNOTAVAIL ::1:80');
    expect(unreachable('http://dual.example/feed', Object.assign(failed, { code: 'ECONNREFUSED' })).message).toBe('Could not reach dual.example: connection refused');
  });

  it('keeps OpenSSL’s error stack out of the line', () => {
    const error = coded('ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'C0F7:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:../deps/openssl/ssl/record/rec_layer_s3.c:1605:');
    expect(unreachable('https://old.example/feed', error).message).toBe('Could not reach old.example: the secure connection failed');
  });
});
