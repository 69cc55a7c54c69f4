import type { FetchOutcome, Validators } from '../../shared/model/feed';
import { parseFeed } from './parseFeed';

export interface FetchRequest {
  url: string;
  validators: Validators;
}

export interface FetchOptions {
  /** Whole request, headers and body, in milliseconds. */
  timeoutMs?: number;
  userAgent?: string;
}

const feedAccept = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** Fetches and parses one feed. Never throws: every failure becomes a `failed` outcome with a readable message. */
export async function fetchFeed(request: FetchRequest, options: FetchOptions = {}): Promise<FetchOutcome> {
  const headers: Record<string, string> = { Accept: feedAccept, 'User-Agent': options.userAgent ?? 'Tidings' };
  if (request.validators.etag) headers['If-None-Match'] = request.validators.etag;
  if (request.validators.lastModified) headers['If-Modified-Since'] = request.validators.lastModified;
  let response: Response;
  try {
    response = await fetch(request.url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  } catch (error) {
    return { kind: 'failed', error: unreachable(request.url, error), gone: false };
  }
  if (response.status === 304) return { kind: 'not-modified', validators: request.validators };
  if (!response.ok) {
    return { kind: 'failed', error: `The server answered ${response.status} ${response.statusText}`.trim(), gone: response.status === 410 };
  }
  try {
    const feed = await parseFeed(await response.text(), response.url || request.url);
    return {
      kind: 'updated',
      feed,
      validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
      movedTo: null,
    };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error), gone: false };
  }
}

function unreachable(url: string, error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  if (error instanceof Error && error.name === 'TimeoutError') return `${host} did not answer in time`;
  return `Could not reach ${host}: ${cause}`;
}
