import { mainMessage } from '../../../shared/model/mainMessage';
import { hostOf } from '../../../shared/util/url';
import { addressLogin, authorizationFor, type OriginLogin } from '../auth/basicAuth';
import { FeedProblem } from './feedProblem';
import { httpGet, type HttpAnswer, type HttpGetOptions } from './httpGet';

export const maxRedirects = 5;

export interface FinalAnswer extends HttpAnswer {
  /** The address that finally answered. */
  url: string;
  /** The last address reached through permanent redirects only (301/308) from the first one, else null. */
  movedTo: string | null;
  /** Whether the request that got this answer carried a login: the feed's own, or one written in the address. */
  sentLogin: boolean;
}

export interface RedirectOptions extends Omit<HttpGetOptions, 'wantsBody'> {
  wantsBody: (status: number) => boolean;
  /** The feed's login, sent on every hop to its own origin and on none to another: a redirect must not hand it on. */
  login?: OriginLogin;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Node reads header bytes as Latin-1; an address (Location, Content-Location) in raw UTF-8 means UTF-8, as browsers read it. */
export function locationText(header: string): string {
  if (!/[\u0080-\u00ff]/.test(header)) return header;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(header, 'latin1'));
  } catch {
    return header;
  }
}

/** Follows redirects by hand so that permanent moves can be told apart from temporary ones, and loops reported. */
export async function fetchWithRedirects(url: string, options: RedirectOptions): Promise<FinalAnswer> {
  const { login, ...rest } = options;
  const visited = new Set<string>([url]);
  let current = url;
  let movedTo: string | null = null;
  let onlyPermanentSoFar = true;
  for (let hop = 0; ; hop += 1) {
    const authorization = authorizationFor(current, login);
    const answer = await httpGet(current, {
      ...rest,
      headers: authorization ? { ...rest.headers, Authorization: authorization } : rest.headers,
      wantsBody: (status) => !redirectStatuses.has(status) && options.wantsBody(status),
    });
    const location = answer.headers.location;
    if (!redirectStatuses.has(answer.status) || !location) {
      return { ...answer, url: current, movedTo, sentLogin: authorization !== null || addressLogin(new URL(current)) !== null };
    }
    if (hop >= maxRedirects) throw new FeedProblem(mainMessage('tooManyRedirects', { host: hostOf(url), count: maxRedirects }), 'http');
    let next: string;
    try {
      next = new URL(locationText(location), current).href;
    } catch {
      throw new FeedProblem(mainMessage('invalidRedirect', { host: hostOf(current) }), 'http');
    }
    if (visited.has(next)) throw new FeedProblem(mainMessage('redirectLoop', { host: hostOf(next) }), 'http');
    // A temporary hop says that the address before it stays the one to ask, so a permanent hop after it moves that
    // temporary address (a CDN's, a maintenance page's), not the feed. A hop from https to plain http is followed but not
    // stored either: one answer must not take the subscription off https for good.
    const downgrade = new URL(current).protocol === 'https:' && new URL(next).protocol === 'http:';
    onlyPermanentSoFar &&= (answer.status === 301 || answer.status === 308) && !downgrade;
    if (onlyPermanentSoFar) movedTo = next;
    visited.add(next);
    current = next;
  }
}
