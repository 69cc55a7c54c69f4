import { hostOf } from '../../../shared/util/url';
import { FeedProblem } from './feedProblem';
import { describeWait, maxRetryAfterSeconds, parseRetryAfter } from './retryAfter';

/**
 * Turns an HTTP answer that carries no feed into the failure a reader sees. `sentLogin` says whether the request
 * carried a user name and password, so that a 401 says whether one is missing or was refused.
 */
export function problemForStatus(status: number, statusText: string, url: string, retryAfterHeader: string | undefined, sentLogin = false): FeedProblem {
  const code = `${status}${statusText ? ` ${statusText}` : ''}`;
  const host = hostOf(url);
  if (status === 410) return new FeedProblem(`The feed is gone: ${host} says it was removed for good (${code}); Tidings no longer checks it`, 'gone');
  if (status === 429 || status === 503) {
    const asked = parseRetryAfter(retryAfterHeader);
    const retryAfterSeconds = asked === undefined ? undefined : Math.min(asked, maxRetryAfterSeconds);
    const wait = !asked
      ? ''
      : asked > maxRetryAfterSeconds
        ? `; it asks to wait ${describeWait(asked)}, Tidings tries again in ${describeWait(maxRetryAfterSeconds)}`
        : `; it asks to wait ${describeWait(asked)}`;
    const what = status === 429 ? `${host} is receiving too many requests` : `${host} is temporarily unavailable`;
    return new FeedProblem(`${what} (${code})${wait}`, 'http', retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
  }
  if (status === 404) return new FeedProblem(`Not found: ${host} has nothing at this address (${code})`, 'http');
  if (status === 401) {
    return sentLogin
      ? new FeedProblem(`${host} did not accept the user name and password (${code})`, 'http')
      : new FeedProblem(`The feed asks for a user name and password (${code})`, 'http');
  }
  if (status === 403) return new FeedProblem(`${host} refused access to the feed (${code})`, 'http');
  if (status >= 500) return new FeedProblem(`${host} had a problem answering (${code})`, 'http');
  if (status >= 300 && status < 400) return new FeedProblem(`${host} redirected without saying where to (${code})`, 'http');
  return new FeedProblem(`${host} refused the request (${code})`, 'http');
}
