import { describe, expect, it } from 'vitest';
import { maxRetryAfterSeconds, parseRetryAfter } from '../../../electron/feeds/http/retryAfter';
import { problemForStatus } from '../../../electron/feeds/http/statusMessages';
import { maxBackoffMs } from '../../../electron/poller/pollPolicy';

const now = Date.UTC(2025, 0, 15, 9, 0, 0);

describe('reading Retry-After', () => {
  it('reads seconds and HTTP dates in all three forms', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 15 Jan 2025 10:00:00 GMT', now)).toBe(3600);
    expect(parseRetryAfter('Wednesday, 15-Jan-25 10:00:00 GMT', now)).toBe(3600);
    expect(parseRetryAfter('Wed Jan 15 10:00:00 2025', now)).toBe(3600);
  });

  it.each(['-5', '-120', '1.5', 'soon', '  ', 'NaN', '7 days'])('ignores %j rather than reading it as "wait 0 s"', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });

  it('takes a date already past as no wait at all', () => {
    expect(parseRetryAfter('Wed, 15 Jan 2025 08:00:00 GMT', now)).toBe(0);
  });
});

describe('the message for a busy server', () => {
  it('leaves out a Retry-After it could not read', () => {
    const problem = problemForStatus(429, 'Too Many Requests', 'https://busy.example/feed', '-5');
    expect(problem.retryAfterSeconds).toBeUndefined();
    expect(problem.message).toBe('busy.example is receiving too many requests (429 Too Many Requests)');
  });

  it('holds an absurd Retry-After to a day, saying both what was asked and when Tidings tries again', () => {
    const problem = problemForStatus(503, 'Service Unavailable', 'https://busy.example/feed', String(30 * 24 * 60 * 60));
    expect(problem.retryAfterSeconds).toBe(24 * 60 * 60);
    expect(problem.message).toBe('busy.example is temporarily unavailable (503 Service Unavailable); it asks to wait 30 days, Tidings tries again in 24 h');
  });

  it('caps Retry-After where the poller caps its backoff', () => {
    expect(maxRetryAfterSeconds * 1000).toBe(maxBackoffMs);
  });
});
