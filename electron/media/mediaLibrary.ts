import type { ImageCacheLimits, ImageCacheUsage } from '../../shared/model/imageCache';
import type { DeliveredPollResult, FetchOutcome, Subscription } from '../../shared/model/feed';
import { readMediaRequest, type MediaRequest } from '../../shared/media/mediaRoute';
import type { ProxyResolver } from '../feeds/http/proxy/proxyRoute';
import { picturesToKeep } from './articleImages';
import { defaultImageFetchLimits, ImageFetcher, type FetchedImage, type ImageFetchLimits } from './imageFetcher';
import { ImageStore, type StoredImage } from './imageStore';
import { defaultPrefetchOptions, PrefetchQueue, type NetworkState, type PrefetchOptions } from './prefetchQueue';
import { isInternetFeed, picturesReachableFrom, type HostLookup } from './privateAddress';

/** What the route answers, whatever carries it (Electron's protocol handler, the web harness's server). */
export interface MediaAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface MediaLibraryOptions {
  /** The folder the pictures are kept in; created when missing. */
  dir: string;
  userAgent: string;
  proxy?: ProxyResolver;
  fetchLimits?: ImageFetchLimits;
  prefetch?: PrefetchOptions;
  /** Resolves host names for the background's local-network check; the system's resolver by default. */
  lookup?: HostLookup;
}

/**
 * A picture shown but not kept (its feed's pictures are not kept, or it is over the per-picture limit) may be this
 * large; larger ones are not shown. Never below the per-picture limit.
 */
const shownOnlyBytes = 25 * 1024 * 1024;

/** A preview is subscribed to within seconds of being shown, if at all. */
const previewMemoryMs = 10 * 60_000;
const maxPreviews = 20;

/**
 * Every picture is served with these: its type was read from its bytes, so the browser must not guess another; and
 * should an SVG ever be opened as a page, it may run nothing, load nothing, and is an origin of its own.
 */
const pictureHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The pictures of articles, kept for reading offline: the route the page asks them from, the background keeping of
 * new articles' pictures, and the limits the reader set. Free of Electron, so that the desktop app, `npm run web` and
 * the tests run the same one.
 */
export class MediaLibrary {
  readonly prefetch: PrefetchQueue;
  /** Feeds whose pictures the reader chose not to keep, from the subscriptions the window sends. */
  private notKept = new Set<string>();
  private knownFeeds = new Set<string>();
  private readonly previews = new Map<string, { until: number; pictures: string[][]; publicOnly: boolean }>();

  private constructor(
    /** Opened in the background, so that the shell can create the library before anything awaits. */
    private readonly store: Promise<ImageStore>,
    private readonly fetcher: ImageFetcher,
    prefetch: PrefetchOptions,
  ) {
    this.prefetch = new PrefetchQueue((candidates, publicOnly) => this.keep(candidates, publicOnly), prefetch);
  }

  /** Opens the folder (reading its index) in the background; every call waits for it. */
  static open(options: MediaLibraryOptions): MediaLibrary {
    const store = ImageStore.open(options.dir);
    // Seen by every call that waits for it; this only keeps Node from calling it unhandled meanwhile.
    store.catch(() => undefined);
    const fetcher = new ImageFetcher(options.userAgent, options.fetchLimits ?? defaultImageFetchLimits, options.proxy, Date.now, options.lookup);
    return new MediaLibrary(store, fetcher, options.prefetch ?? defaultPrefetchOptions);
  }

  /**
   * Learns which feeds keep their pictures (all but those that say `cacheImages: false`). A feed just subscribed to
   * has its first articles stored from the preview the window showed, which no poller result carries: their pictures
   * are queued now, from that preview.
   */
  know(subscriptions: readonly Subscription[]): void {
    this.notKept = new Set(subscriptions.filter((subscription) => subscription.cacheImages === false).map((subscription) => subscription.feedId));
    for (const subscription of subscriptions) {
      if (this.knownFeeds.has(subscription.feedId) || this.notKept.has(subscription.feedId)) continue;
      const preview = this.previews.get(subscription.url);
      if (preview && preview.until > Date.now()) this.prefetch.add(preview.pictures, preview.publicOnly);
      this.previews.delete(subscription.url);
    }
    this.knownFeeds = new Set(subscriptions.map((subscription) => subscription.feedId));
  }

  /** Remembers a while the pictures of a feed fetched for its preview, by the addresses the window may store it under. */
  previewed(url: string, outcome: FetchOutcome): void {
    if (outcome.kind !== 'updated') return;
    const preview = { until: Date.now() + previewMemoryMs, pictures: picturesReachableFrom(url, picturesToKeep(outcome.feed.articles)), publicOnly: isInternetFeed(url) };
    for (const address of [url, outcome.movedTo]) if (address) this.previews.set(address, preview);
    for (const oldest of this.previews.keys()) {
      if (this.previews.size <= maxPreviews) break;
      this.previews.delete(oldest);
    }
  }

  /**
   * Queues the pictures of the articles a fetch brought, unless their feed's are not kept: `pictures` when the parse
   * worker found them (picturesToKeep), else those of the result's articles.
   */
  delivered(result: DeliveredPollResult, pictures: string[][] | null = null): void {
    if (result.outcome.kind !== 'updated' || this.notKept.has(result.feedId)) return;
    const found = pictures ?? picturesToKeep(result.outcome.feed.articles);
    this.prefetch.add(picturesReachableFrom(result.url, found), isInternetFeed(result.url));
  }

  /** The route: `?u=…&u=…[&keep=0]`. */
  async answer(query: URLSearchParams): Promise<MediaAnswer> {
    const request = readMediaRequest(query);
    if (!request) return { status: 400, headers: { 'Cache-Control': 'no-store' }, body: Buffer.alloc(0) };
    const picture = await this.picture(request);
    if (!picture) return { status: 404, headers: { 'Cache-Control': 'no-store' }, body: Buffer.alloc(0) };
    // Reused by the page for a few minutes (a list scrolled back and forth); after that it asks again, and the cache answers at once.
    return { status: 200, headers: { 'Content-Type': picture.type, 'Cache-Control': 'private, max-age=300', ...pictureHeaders }, body: picture.bytes };
  }

  /**
   * The largest of the picture's addresses that is kept; else the first that can be fetched, kept when allowed and
   * within the limit (a smaller one is tried when the largest is over it; when none fits, the largest is shown
   * anyway, not kept). Null when none can be had.
   */
  async picture({ candidates, keep }: MediaRequest): Promise<StoredImage | null> {
    const store = await this.store;
    for (const url of candidates) {
      const kept = await store.read(url);
      if (kept) return kept;
    }
    let shownOnly: StoredImage | null = null;
    for (const url of candidates) {
      const fetched = await this.fetch(store, url);
      if (!fetched.ok) continue;
      if (!keep || (await store.write(url, fetched.type, fetched.bytes))) return fetched;
      shownOnly ??= fetched;
    }
    return shownOnly;
  }

  /**
   * Keeps the picture (its largest address within the limit) unless one of its addresses is kept already; with
   * `publicOnly`, from hosts on the internet alone (see ImageFetcher.fetch).
   */
  async keep(candidates: readonly string[], publicOnly = false): Promise<boolean> {
    const store = await this.store;
    if (candidates.some((url) => store.has(url))) return true;
    for (const url of candidates) {
      const fetched = await this.fetch(store, url, publicOnly);
      if (fetched.ok && (await store.write(url, fetched.type, fetched.bytes))) return true;
    }
    return false;
  }

  /**
   * Keeps pictures in the background only while `network` (the poller's answer) says Tidings is online; when it comes
   * back, the pictures that failed meanwhile are asked for again at once rather than after the failures' memory ends.
   */
  followNetwork(network: NetworkState): () => void {
    const stopForgetting = network.onChange(() => {
      if (!network.isOffline) this.fetcher.forgetFailures();
    });
    const stopQueue = this.prefetch.follow(network);
    return () => {
      stopForgetting();
      stopQueue();
    };
  }

  async usage(): Promise<ImageCacheUsage> {
    return (await this.store).usage();
  }

  async configure(limits: Partial<ImageCacheLimits>): Promise<ImageCacheUsage> {
    const store = await this.store;
    await store.configure(limits);
    return store.usage();
  }

  async clear(): Promise<ImageCacheUsage> {
    return (await this.store).clear();
  }

  /** Stops keeping pictures in the background and writes the index. */
  async close(): Promise<void> {
    this.prefetch.stop();
    // A folder that could not be opened has nothing to write.
    await (await this.store.catch(() => null))?.close();
  }

  private fetch(store: ImageStore, url: string, publicOnly = false): Promise<FetchedImage> {
    return this.fetcher.fetch(url, Math.max(shownOnlyBytes, store.maxImageBytes), { publicOnly });
  }
}
