import { FeedProblem, unreachable } from '../http/feedProblem';
import { fetchWithRedirects, type FinalAnswer } from '../http/fetchWithRedirects';
import { acceptEncoding } from '../http/httpGet';
import type { ProxyResolver } from '../http/proxy/proxyRoute';
import { problemForStatus } from '../http/statusMessages';
import type { FeedIconAnswer } from '../../../shared/ipc/contract';
import { HostSlots } from './hostSlots';
import { iconMediaType, looksLikeSvg } from './imageType';
import { RecentAnswers } from './recentAnswers';

export interface IconLimits {
  /** Largest icon accepted: a favicon is a few kilobytes, and whatever is taken is stored with the feed. */
  maxIconBytes: number;
  /** Largest home page read for its `<link rel="icon">`; a larger page is passed over for its favicon.ico. */
  maxPageBytes: number;
  /** One request, redirects included. */
  timeoutMs: number;
  connectTimeoutMs: number;
  /** Requests to one host at a time, as the poller allows for feeds. */
  perHost: number;
}

export const defaultIconLimits: IconLimits = {
  maxIconBytes: 100 * 1024,
  maxPageBytes: 1024 * 1024,
  timeoutMs: 10_000,
  connectTimeoutMs: 5_000,
  perHost: 2,
};

/** A home page, as text, with the address that answered: its relative links are resolved against that one. */
export interface FetchedPage {
  html: string;
  url: string;
}

const imageAccept = 'image/png, image/x-icon, image/vnd.microsoft.icon, image/webp, image/gif, image/jpeg, image/*;q=0.5';
const pageAccept = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
/** Shared by all the feeds of a site asking within a few minutes of one another, as on a first run over many feeds. */
const rememberMs = 10 * 60_000;

/** Fetches icons and home pages through the feeds' HTTP layer, with the limits icons need. */
export class IconFetcher {
  private readonly slots: HostSlots;
  private readonly images = new RecentAnswers<FeedIconAnswer>(rememberMs, 500);
  private readonly pages = new RecentAnswers<FetchedPage>(rememberMs, 100);

  constructor(
    private readonly userAgent: string,
    private readonly limits: IconLimits = defaultIconLimits,
    /** Which proxy each address goes through; default none. */
    private readonly proxy?: ProxyResolver,
  ) {
    this.slots = new HostSlots(limits.perHost);
  }

  /** The image at `url` as a `data:` address, or why it cannot be one. Never throws. */
  image(url: string): Promise<FeedIconAnswer> {
    return this.images.get(url, async () => {
      try {
        const answer = await this.get(url, imageAccept, this.limits.maxIconBytes);
        return asDataUrl(answer.body);
      } catch (error) {
        return { none: (error instanceof FeedProblem ? error : unreachable(url, error)).message };
      }
    });
  }

  /** The home page at `url`; throws a FeedProblem when there is none to read. */
  page(url: string): Promise<FetchedPage> {
    return this.pages.get(url, async () => {
      const answer = await this.get(url, pageAccept, this.limits.maxPageBytes);
      return { html: answer.body.toString('utf8'), url: answer.url };
    });
  }

  private get(url: string, accept: string, maxBodyBytes: number): Promise<FinalAnswer> {
    return this.slots.run(url, async () => {
      const answer = await fetchWithRedirects(url, {
        headers: { 'User-Agent': this.userAgent, Accept: accept, 'Accept-Encoding': acceptEncoding },
        connectTimeoutMs: this.limits.connectTimeoutMs,
        deadline: Date.now() + this.limits.timeoutMs,
        timeoutMs: this.limits.timeoutMs,
        maxBodyBytes,
        wantsBody: (status) => status >= 200 && status < 300,
        ...(this.proxy ? { proxy: this.proxy } : {}),
      });
      if (answer.status < 200 || answer.status >= 300) throw problemForStatus(answer.status, answer.statusText, answer.url, undefined);
      return answer;
    });
  }
}

/**
 * The bytes as a `data:` address when they are a raster image Chromium shows. SVG is refused rather than cleaned: as
 * an `<img>` Chromium would run none of its script, but a stored SVG stays markup, one careless use away from a
 * document; and sites that have one nearly always offer a favicon.ico or a touch icon too.
 */
export function asDataUrl(bytes: Buffer): FeedIconAnswer {
  if (bytes.length === 0) return { none: 'The icon is empty' };
  const type = iconMediaType(bytes);
  if (type) return { dataUrl: `data:${type};base64,${bytes.toString('base64')}` };
  return { none: looksLikeSvg(bytes) ? 'The icon is an SVG picture, which Tidings does not store' : 'The icon is not a picture Tidings can show' };
}
