import { fetchWithRedirects } from '../feeds/http/fetchWithRedirects';
import { acceptEncoding } from '../feeds/http/httpGet';
import type { ProxyResolver } from '../feeds/http/proxy/proxyRoute';
import { HostSlots } from '../feeds/icons/hostSlots';
import { imageMediaType, isPixel, type ImageMediaType } from './imageType';
import { internetOnlyGuard, localNetworkRefusal, systemLookup, type HostLookup } from './privateAddress';

export interface ImageFetchLimits {
  /** One picture, redirects included. */
  timeoutMs: number;
  connectTimeoutMs: number;
  /** Requests to one host at a time, shown pictures and kept ones together, as the poller allows for feeds. */
  perHost: number;
  /** A failed address is not asked again for this long: a picture that is gone is not asked for at every opening. */
  failureMemoryMs: number;
}

export const defaultImageFetchLimits: ImageFetchLimits = { timeoutMs: 20_000, connectTimeoutMs: 5_000, perHost: 2, failureMemoryMs: 5 * 60_000 };

export type FetchedImage = { ok: true; type: ImageMediaType; bytes: Buffer } | { ok: false; reason: string };

// Chromium's own Accept for images, so that servers that choose a format by it send one Chromium shows.
const imageAccept = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';
const rememberedFailures = 2_000;

/**
 * Fetches pictures through the feeds' HTTP layer (its proxy, timeouts, decompression and size limit). The request
 * carries a User-Agent and Accept headers only: no Referer (nothing says which article, or that Tidings shows it), no
 * cookie (Node keeps none), and no login, even one written in the address. One fetch per address at a time, whoever
 * asks; a failed address is remembered a while.
 */
export class ImageFetcher {
  private readonly slots: HostSlots;
  private readonly inFlight = new Map<string, Promise<FetchedImage>>();
  private readonly failures = new Map<string, { until: number; reason: string }>();

  constructor(
    private readonly userAgent: string,
    private readonly limits: ImageFetchLimits = defaultImageFetchLimits,
    private readonly proxy?: ProxyResolver,
    private readonly now: () => number = Date.now,
    private readonly lookup: HostLookup = systemLookup,
  ) {
    this.slots = new HostSlots(limits.perHost);
  }

  /**
   * The picture at `url`, if it is one of at most `maxBytes`. With `publicOnly` (a background fetch for a feed from
   * the internet), a host on the local network, by name or by what its name resolves to, is refused before any
   * connection. Never throws.
   */
  fetch(url: string, maxBytes: number, { publicOnly = false }: { publicOnly?: boolean } = {}): Promise<FetchedImage> {
    const key = `${publicOnly ? 'public ' : ''}${maxBytes} ${url}`;
    const failed = this.failures.get(key);
    if (failed && failed.until > this.now()) return Promise.resolve({ ok: false, reason: failed.reason });
    const running = this.inFlight.get(key);
    if (running) return running;
    const fetched = this.get(url, maxBytes, publicOnly).then((image) => {
      this.inFlight.delete(key);
      if (!image.ok) this.remember(key, image.reason);
      return image;
    });
    this.inFlight.set(key, fetched);
    return fetched;
  }

  private async get(url: string, maxBytes: number, publicOnly: boolean): Promise<FetchedImage> {
    try {
      // Straight to the server, the guard below judges the very address connected to; through a proxy, which resolves
      // the name itself, the name is judged here first, as this machine resolves it.
      const refusal = publicOnly && this.proxy ? await localNetworkRefusal(new URL(url).hostname, this.lookup) : null;
      if (refusal) return { ok: false, reason: `${refusal}: its pictures are fetched only when shown` };
      const answer = await this.slots.run(url, () =>
        fetchWithRedirects(withoutLogin(url), {
          headers: { 'User-Agent': this.userAgent, Accept: imageAccept, 'Accept-Encoding': acceptEncoding },
          connectTimeoutMs: this.limits.connectTimeoutMs,
          deadline: Date.now() + this.limits.timeoutMs,
          timeoutMs: this.limits.timeoutMs,
          maxBodyBytes: maxBytes,
          wantsBody: (status) => status >= 200 && status < 300,
          ...(this.proxy ? { proxy: this.proxy } : {}),
          ...(publicOnly ? { guard: internetOnlyGuard(this.lookup) } : {}),
        }),
      );
      if (answer.status < 200 || answer.status >= 300) return { ok: false, reason: `The server answered ${answer.status}` };
      const type = imageMediaType(answer.body);
      if (!type) return { ok: false, reason: 'Not a picture Chromium shows' };
      // A beacon without size attributes is known once fetched: it is neither kept nor shown.
      if (isPixel(answer.body)) return { ok: false, reason: 'A 1×1 picture' };
      return { ok: true, type, bytes: answer.body };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Forgets the addresses that failed: the network they failed on is back. */
  forgetFailures(): void {
    this.failures.clear();
  }

  private remember(key: string, reason: string): void {
    this.failures.delete(key);
    this.failures.set(key, { until: this.now() + this.limits.failureMemoryMs, reason });
    for (const oldest of this.failures.keys()) {
      if (this.failures.size <= rememberedFailures) break;
      this.failures.delete(oldest);
    }
  }
}

/** The address without a user name or password: a picture is asked for as anyone would ask for it. */
function withoutLogin(url: string): string {
  const address = new URL(url);
  address.username = '';
  address.password = '';
  return address.href;
}
