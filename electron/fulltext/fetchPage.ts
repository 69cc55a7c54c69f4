import { fullTextFailure, type FullTextAnswer, type FullTextFailure } from '../../shared/model/fullText';
import { mainMessage, type MainMessage, type MainMessageCode } from '../../shared/model/mainMessage';
import type { FeedErrorKind } from '../../shared/model/feed';
import { hostOf } from '../../shared/util/url';
import { FeedProblem, unreachable } from '../feeds/http/feedProblem';
import { fetchWithRedirects } from '../feeds/http/fetchWithRedirects';
import { acceptEncoding } from '../feeds/http/httpGet';
import type { ProxyResolver } from '../feeds/http/proxy/proxyRoute';
import { parseRetryAfter } from '../feeds/http/retryAfter';
import type { FetchedPage } from './readArticlePage';

export interface PageLimits {
  /** Whole request, redirects included; as for feeds. */
  timeoutMs: number;
  connectTimeoutMs: number;
  /** Largest page read, after decompression: an article page over this is no article page. */
  maxPageBytes: number;
}

export const defaultPageLimits: PageLimits = { timeoutMs: 30_000, connectTimeoutMs: 10_000, maxPageBytes: 5 * 1024 * 1024 };

export interface PageFetchOptions {
  userAgent: string;
  limits?: PageLimits;
  proxy?: ProxyResolver;
}

/** A page that could not be had, with how long its host asked to be left alone (429, 503), if it did. */
export class PageProblem extends Error {
  constructor(
    readonly answer: Extract<FullTextAnswer, { kind: 'failed' }>,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(answer.detail);
    this.name = 'PageProblem';
  }
}

const pageAccept = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

/** Types a page comes as; a server that names none is given the benefit of the doubt. */
function isPageType(contentType: string | null): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'text/html' || type === 'application/xhtml+xml' || type === 'text/plain' || type === 'application/octet-stream';
}

const failureOf: Record<FeedErrorKind, FullTextFailure> = {
  dns: 'unreachable',
  tls: 'unreachable',
  network: 'unreachable',
  timeout: 'timeout',
  http: 'http',
  gone: 'http',
  'not-a-feed': 'not-a-page',
  parse: 'unreadable',
};

/** The HTTP layer words its problems for feeds; these are the ones that name the feed, said of a page instead. */
const pageWording: Partial<Record<MainMessageCode, MainMessageCode>> = {
  tooSlow: 'pageTooSlow',
  cutShort: 'pageCutShort',
  redirectLoop: 'pageRedirectLoop',
  gone: 'pageGone',
  wantsLogin: 'pageWantsLogin',
  forbidden: 'pageForbidden',
  tooLarge: 'pageTooLarge',
};

function saidOfPage(told: MainMessage): MainMessage {
  const code = pageWording[told.code];
  return code ? { ...told, code } : told;
}

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Fetches an article's page through the feeds' HTTP layer (redirects, decompression, proxy, size cap, timeouts).
 * Throws a PageProblem when there is no page to read.
 */
export async function fetchPage(url: string, options: PageFetchOptions): Promise<FetchedPage> {
  const limits = options.limits ?? defaultPageLimits;
  let answer;
  try {
    answer = await fetchWithRedirects(url, {
      headers: { 'User-Agent': options.userAgent, Accept: pageAccept, 'Accept-Encoding': acceptEncoding },
      connectTimeoutMs: limits.connectTimeoutMs,
      deadline: Date.now() + limits.timeoutMs,
      timeoutMs: limits.timeoutMs,
      maxBodyBytes: limits.maxPageBytes,
      wantsBody: (status) => status >= 200 && status < 300,
      ...(options.proxy ? { proxy: options.proxy } : {}),
    });
  } catch (error) {
    const problem = error instanceof FeedProblem ? error : unreachable(url, error);
    throw new PageProblem(fullTextFailure(failureOf[problem.reason], saidOfPage(problem.told)));
  }
  if (answer.status < 200 || answer.status >= 300) {
    const retryAfter = answer.status === 429 || answer.status === 503 ? (parseRetryAfter(header(answer.headers['retry-after']) ?? undefined) ?? null) : null;
    const code = `${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
    throw new PageProblem(fullTextFailure('http', mainMessage('pageAnswered', { host: hostOf(answer.url), status: code }), { status: answer.status }), retryAfter);
  }
  const contentType = header(answer.headers['content-type']);
  if (!isPageType(contentType)) {
    throw new PageProblem(fullTextFailure('not-a-page', contentType ? mainMessage('notAPage', { type: contentType }) : mainMessage('notMarkup')));
  }
  return { body: answer.body, contentType, url: answer.url };
}
