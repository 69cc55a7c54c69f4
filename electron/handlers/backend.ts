import type { AppInfo, Emit, Handlers } from '../../shared/ipc/contract';
import type { FetchOutcome, Subscription } from '../../shared/model/feed';
import { isWebUrl, normaliseFeedAddress } from '../../shared/util/url';
import { discoverFeeds } from '../feeds/discover/discoverFeeds';
import { fetchFeed, tidingsUserAgent } from '../feeds/fetchFeed';
import { Poller, type PollerOptions } from '../poller/poller';

export interface BackendOptions {
  emit: Emit;
  appInfo: AppInfo;
  /** Hands an address to the system browser; only ever called with http(s) addresses. */
  openExternal: (url: string) => Promise<boolean>;
  /** Replaces the network fetch, for tests. */
  fetch?: (subscription: Subscription) => Promise<FetchOutcome>;
  /** Replaces feed discovery, for tests. */
  discover?: typeof discoverFeeds;
  poller?: Omit<PollerOptions, 'fetch' | 'emit'>;
}

export interface Backend {
  handlers: Handlers;
  poller: Poller;
}

/**
 * The main process's work behind the IPC contract, free of Electron so that the desktop shell,
 * the web harness and the tests all run the very same handler table.
 */
export function createBackend(options: BackendOptions): Backend {
  // Article HTML is sanitised by the renderer as it stores it, over Chromium's DOM: 2 to 4 times cheaper than jsdom here (npm run bench -- sanitise).
  const fetch =
    options.fetch ?? ((subscription: Subscription) => fetchFeed(subscription, { appVersion: options.appInfo.version }));
  const poller = new Poller({ ...options.poller, fetch, emit: options.emit });
  const handlers: Handlers = {
    'feeds:fetch': async ({ url }) => {
      const address = normaliseFeedAddress(url);
      if (!address) return { kind: 'failed', error: `"${url}" is not a web address`, gone: false };
      return fetch({ feedId: '', url: address, validators: { etag: null, lastModified: null }, lastFetchedAt: null });
    },
    'feeds:discover': async ({ url }) => {
      const address = normaliseFeedAddress(url);
      if (!address) return { kind: 'failed', error: `"${url}" is not a web address` };
      return (options.discover ?? discoverFeeds)(address, { userAgent: tidingsUserAgent(options.appInfo.version) });
    },
    'poller:subscribe': async ({ subscriptions }) => ({ scheduled: poller.subscribe(subscriptions) }),
    'poller:refresh': async ({ feedIds }) => ({ started: poller.refresh(feedIds) }),
    'shell:openExternal': async ({ url }) => {
      if (!isWebUrl(url)) return { opened: false, reason: 'Only http and https links are opened' };
      return { opened: await options.openExternal(url) };
    },
    'app:info': async () => options.appInfo,
  };
  return { handlers, poller };
}
