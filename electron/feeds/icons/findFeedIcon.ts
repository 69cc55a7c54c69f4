import type { FeedIconAnswer, FeedIconSources } from '../../../shared/ipc/contract';
import { hostOf, isWebUrl, resolveWebUrl } from '../../../shared/util/url';
import { FeedProblem, unreachable } from '../http/feedProblem';
import type { IconFetcher } from './iconFetcher';
import { pageIcons } from './pageIcons';

export interface FindIconOptions {
  /** Shared between lookups so that feeds of one site share its answers and its per-host limit. */
  fetcher: IconFetcher;
}

/** A page may declare a dozen sizes; the best few are enough to find one that loads. */
const pageIconsTried = 3;

/** The site's home page: the one the feed names, else the root of the feed's own host. */
function homePageOf(sources: FeedIconSources): string | null {
  if (sources.siteUrl && isWebUrl(sources.siteUrl)) return sources.siteUrl;
  return resolveWebUrl('/', sources.feedUrl);
}

/**
 * The addresses to try, best first, each asked for only when those before it gave nothing: the feed's own icon, the
 * icons its site's home page declares, the favicon.ico of the host that answered for the site (and of the site's own,
 * when it redirected elsewhere), and last the feed's larger picture (a logo, a podcast cover), which is rarely square.
 */
async function* iconAddresses(sources: FeedIconSources, fetcher: IconFetcher, failures: string[]): AsyncGenerator<string> {
  if (sources.iconUrl && isWebUrl(sources.iconUrl)) yield sources.iconUrl;
  const home = homePageOf(sources);
  if (home) {
    let answeredAt = home;
    try {
      const page = await fetcher.page(home);
      answeredAt = page.url;
      yield* pageIcons(page.html, page.url).slice(0, pageIconsTried);
    } catch (error) {
      failures.push(`home page: ${(error instanceof FeedProblem ? error : unreachable(home, error)).message}`);
    }
    for (const origin of new Set([answeredAt, home])) {
      const favicon = resolveWebUrl('/favicon.ico', origin);
      if (favicon) yield favicon;
    }
  }
  if (sources.imageUrl && isWebUrl(sources.imageUrl)) yield sources.imageUrl;
}

/**
 * Finds a feed's icon and answers it as a `data:` address of a PNG, JPEG, GIF, WebP or ICO image; `none` lists what
 * was tried and why each gave nothing. Every request goes through the feeds' HTTP layer with small limits (see
 * IconFetcher).
 */
export async function findFeedIcon(sources: FeedIconSources, { fetcher }: FindIconOptions): Promise<FeedIconAnswer> {
  const failures: string[] = [];
  const tried = new Set<string>();
  for await (const url of iconAddresses(sources, fetcher, failures)) {
    if (tried.has(url)) continue;
    tried.add(url);
    const answer = await fetcher.image(url);
    if ('dataUrl' in answer) return answer;
    failures.push(`${url}: ${answer.none}`);
  }
  if (failures.length === 0) return { none: `No address to look for an icon at for ${hostOf(sources.feedUrl)}` };
  return { none: `No icon found for ${hostOf(sources.feedUrl)} (${failures.join('; ')})` };
}
