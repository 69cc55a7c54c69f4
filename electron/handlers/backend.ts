import type { AppInfo, Emit, Handlers } from '../../shared/ipc/contract';
import type { Subscription } from '../../shared/model/feed';
import { boundedPollSettings, defaultPollSettings, type PollSettings } from '../../shared/model/pollSettings';
import { feedAddressForms, isWebUrl } from '../../shared/util/url';
import { discoverFeeds } from '../feeds/discover/discoverFeeds';
import { namingSubscriptionLists } from '../feeds/discover/subscriptionLists';
import { fetchFeed, tidingsUserAgent, type FetchedOutcome } from '../feeds/fetchFeed';
import { findFeedIcon } from '../feeds/icons/findFeedIcon';
import { IconFetcher } from '../feeds/icons/iconFetcher';
import { sharedFeedReader } from '../feeds/worker/feedReader';
import { Poller, type PollerOptions } from '../poller/poller';

export interface BackendOptions {
  emit: Emit;
  appInfo: AppInfo;
  /** Hands an address to the system browser; only ever called with http(s) addresses. */
  openExternal: (url: string) => Promise<boolean>;
  /**
   * Replaces the network fetch, for tests; it is given the settings in force and, for a scheduled fetch, the digests of
   * the feed's items as last stored.
   */
  fetch?: (subscription: Subscription, settings: PollSettings, storedItems?: readonly string[]) => Promise<FetchedOutcome>;
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
  // Until the renderer sends the reader's settings, the defaults hold.
  let settings: PollSettings = defaultPollSettings;
  // The database the writer last named: the items remembered as stored are that database's.
  let writerDatabase: string | null = null;
  // Article HTML is left as sent: the reading pane sanitises an article when it shows it, over Chromium's DOM.
  const fetchWith =
    options.fetch ??
    ((subscription: Subscription, current: PollSettings, storedItems?: readonly string[]) =>
      fetchFeed(subscription, { appVersion: options.appInfo.version, maxBodyBytes: current.maxFeedMegabytes * 1024 * 1024, storedItems }));
  const fetch = (subscription: Subscription, storedItems?: readonly string[]) => fetchWith(subscription, settings, storedItems);
  // A reader adding an address is told when it is a list of subscriptions; the schedule never meets one.
  const addingReader = namingSubscriptionLists(sharedFeedReader);
  const fetchToAdd = (subscription: Subscription) =>
    options.fetch
      ? options.fetch(subscription, settings)
      : fetchFeed(subscription, { appVersion: options.appInfo.version, maxBodyBytes: settings.maxFeedMegabytes * 1024 * 1024, reader: addingReader });
  const poller = new Poller({ ...options.poller, fetch, emit: options.emit });
  // One for the backend's life: feeds of one site share its answers and its per-host limit.
  const iconFetcher = new IconFetcher(tidingsUserAgent(options.appInfo.version));
  const handlers: Handlers = {
    // Both take an address as typed; one without a scheme means its https form (the window tries http itself after).
    'feeds:fetch': async ({ url }) => {
      const forms = feedAddressForms(url);
      if (!forms.ok) return { kind: 'failed', error: forms.error, gone: false, reason: 'network' };
      return fetchToAdd({ feedId: '', url: forms.tries[0], validators: { etag: null, lastModified: null }, lastFetchedAt: null });
    },
    'feeds:discover': async ({ url }) => {
      const forms = feedAddressForms(url);
      if (!forms.ok) return { kind: 'failed', error: forms.error };
      return (options.discover ?? discoverFeeds)(forms.tries[0], { userAgent: tidingsUserAgent(options.appInfo.version) });
    },
    'feeds:icon': async (sources) => findFeedIcon(sources, { fetcher: iconFetcher }),
    'poller:subscribe': async ({ subscriptions }) => ({ scheduled: poller.subscribe(subscriptions) }),
    'poller:configure': async (requested) => {
      settings = boundedPollSettings(requested);
      poller.setDefaultInterval(settings.defaultIntervalMinutes * 60_000);
      return settings;
    },
    'poller:refresh': async ({ feedIds }) => ({ started: poller.refresh(feedIds) }),
    'poller:writer': async ({ database }) => {
      if (writerDatabase !== null && database !== writerDatabase) poller.deliveries.forgetStoredItems();
      writerDatabase = database;
      return { resent: poller.deliveries.resend() };
    },
    'poller:stored': async ({ deliveries }) => ({
      held: poller.deliveries.acknowledge(Array.isArray(deliveries) ? deliveries.filter(Number.isInteger) : []),
    }),
    'poller:pause': async ({ paused }) => {
      poller.pause(paused === true);
      return { paused: poller.isPaused };
    },
    'shell:openExternal': async ({ url }) => {
      if (!isWebUrl(url)) return { opened: false, reason: 'Only http and https links are opened' };
      return { opened: await options.openExternal(url) };
    },
    'app:info': async () => options.appInfo,
  };
  return { handlers, poller };
}
