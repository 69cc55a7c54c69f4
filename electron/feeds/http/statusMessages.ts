import { mainMessage, waitMessage } from '../../../shared/model/mainMessage';
import { hostOf } from '../../../shared/util/url';
import { FeedProblem } from './feedProblem';
import { maxRetryAfterSeconds, parseRetryAfter } from './retryAfter';

/**
 * Turns an HTTP answer that carries no feed into the failure a reader sees. `sentLogin` says whether the request
 * carried a user name and password, so that a 401 says whether one is missing or was refused.
 */
export function problemForStatus(status: number, statusText: string, url: string, retryAfterHeader: string | undefined, sentLogin = false): FeedProblem {
  const said = { host: hostOf(url), status: `${status}${statusText ? ` ${statusText}` : ''}` };
  if (status === 410) return new FeedProblem(mainMessage('gone', said), 'gone');
  if (status === 429 || status === 503) {
    const asked = parseRetryAfter(retryAfterHeader);
    const retryAfterSeconds = asked === undefined ? undefined : Math.min(asked, maxRetryAfterSeconds);
    const what = status === 429 ? 'tooManyRequests' : 'unavailable';
    const told = !asked
      ? mainMessage(what, said)
      : asked > maxRetryAfterSeconds
        ? mainMessage(`${what}WaitLonger`, { ...said, wait: waitMessage(asked), retry: waitMessage(maxRetryAfterSeconds) })
        : mainMessage(`${what}Wait`, { ...said, wait: waitMessage(asked) });
    return new FeedProblem(told, 'http', retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
  }
  if (status === 404) return new FeedProblem(mainMessage('notFound', said), 'http');
  if (status === 401) {
    return sentLogin
      ? new FeedProblem(mainMessage('loginRefused', said), 'http')
      : new FeedProblem(mainMessage('wantsLogin', said), 'http');
  }
  if (status === 403) return new FeedProblem(mainMessage('forbidden', said), 'http');
  if (status >= 500) return new FeedProblem(mainMessage('serverError', said), 'http');
  if (status >= 300 && status < 400) return new FeedProblem(mainMessage('redirectWithoutLocation', said), 'http');
  return new FeedProblem(mainMessage('refused', said), 'http');
}
