import { readMenuWords, type MenuWords } from '../../shared/commands/menuWords';
import type { AppInfo, Emit, Handlers } from '../../shared/ipc/contract';
import type { Subscription } from '../../shared/model/feed';
import { boundedPollSettings, defaultPollSettings, type PollSettings } from '../../shared/model/pollSettings';
import { feedAddressForms, isWebUrl } from '../../shared/util/url';
import { CredentialVault } from '../feeds/auth/credentialVault';
import { discoverFeeds } from '../feeds/discover/discoverFeeds';
import { namingSubscriptionLists } from '../feeds/discover/subscriptionLists';
import { fetchFeed, tidingsUserAgent, type FetchedOutcome } from '../feeds/fetchFeed';
import { findFeedIcon } from '../feeds/icons/findFeedIcon';
import { proxyFromEnvironment } from '../feeds/http/proxy/environmentProxy';
import type { ProxyResolver } from '../feeds/http/proxy/proxyRoute';
import { IconFetcher } from '../feeds/icons/iconFetcher';
import { sharedFeedReader } from '../feeds/worker/feedReader';
import { ConnectivityMonitor, type SystemProbe } from '../poller/connectivity';
import { pushThroughEmit, type PushResult, type RememberedItems } from '../poller/deliveries';
import { Poller, type PollerOptions } from '../poller/poller';
import { PauseReasons } from '../desktop/pauseReasons';
import { desktopHandlers, type DesktopHooks } from './desktopHandlers';
import type { OriginLogin } from '../feeds/auth/basicAuth';
import { feedLogins } from './feedLogins';
import { launchHandlers, type LaunchHooks } from './launchHandlers';
import { createFullText, whenFeedsQuiet } from '../fulltext/fullText';
import type { MediaLibrary } from '../media/mediaLibrary';
import { mediaHooks } from './mediaHandlers';

export interface BackendOptions {
  emit: Emit;
  /** How results reach the window when the transport can take their articles as text (the web server's); else through `emit`. */
  pushResult?: PushResult;
  appInfo: AppInfo;
  /** Hands an address to the system browser; only ever called with http(s) addresses. */
  openExternal: (url: string) => Promise<boolean>;
  /** Re-words the desktop menus; absent where there are none, as under `npm run web`. Answers whether it did. */
  applyMenuWords?: (words: MenuWords) => boolean;
  /**
   * Replaces the network fetch, for tests; it is given the settings in force and, for a scheduled fetch, what the
   * feed's items were as last stored.
   */
  fetch?: (subscription: Subscription, settings: PollSettings, remembered?: RememberedItems) => Promise<FetchedOutcome>;
  /** Replaces feed discovery, for tests. */
  discover?: typeof discoverFeeds;
  poller?: Omit<PollerOptions, 'fetch' | 'emit' | 'pushResult' | 'connectivity'>;
  /**
   * What the system says of the network: Electron's in the desktop shell; where absent (`npm run web`, tests), the
   * network is taken to be there until a round of checks reaches no server.
   */
  systemNetwork?: SystemProbe;
  /** Which proxy each address goes through: the desktop's system proxy, else the environment's (HTTPS_PROXY…). */
  proxy?: ProxyResolver;
  /** Where the feeds' user names and passwords are kept; by default in memory only, until the process ends. */
  vault?: CredentialVault;
  /** The pictures of articles kept for reading offline; without one, none are kept (the route is the shell's). */
  media?: MediaLibrary;
  /** The desktop's life in the background (tray, badge, notifications, closing to the tray); absent under `npm run web`. */
  desktop?: DesktopHooks;
  /** What launches asked to open, and the log file the window's errors go to; see launchHandlers for the defaults. */
  launch?: LaunchHooks;
}

export interface Backend {
  handlers: Handlers;
  poller: Poller;
  /** Whether Tidings is offline: every part of main that downloads follows this one answer instead of finding out anew. */
  connectivity: ConnectivityMonitor;
  /** Every reason checking is paused for (a full disk, the reader, sleep): it resumes once none holds. */
  pauses: PauseReasons;
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
  const proxy = options.proxy ?? proxyFromEnvironment();
  const logins = feedLogins(options.vault ?? new CredentialVault(), (feedId) => poller.refresh([feedId]));
  const fetchWith =
    options.fetch ??
    (async (subscription: Subscription, current: PollSettings, remembered?: RememberedItems) => {
      const login = await logins.loginFor(subscription);
      const maxBodyBytes = current.maxFeedMegabytes * 1024 * 1024;
      return fetchFeed(subscription, {
        appVersion: options.appInfo.version,
        maxBodyBytes,
        ...remembered,
        proxy,
        ...(login ? { login } : {}),
        articlesAsText: true,
      });
    });
  const fetch = (subscription: Subscription, remembered?: RememberedItems) => fetchWith(subscription, settings, remembered);
  // A reader adding an address is told when it is a list of subscriptions; the schedule never meets one.
  const addingReader = namingSubscriptionLists(sharedFeedReader);
  const fetchToAdd = (subscription: Subscription, login?: OriginLogin) =>
    options.fetch
      ? options.fetch(subscription, settings)
      : fetchFeed(subscription, {
          appVersion: options.appInfo.version,
          maxBodyBytes: settings.maxFeedMegabytes * 1024 * 1024,
          reader: addingReader,
          proxy,
          ...(login ? { login } : {}),
        });
  const connectivity = new ConnectivityMonitor(options.systemNetwork);
  connectivity.onChange((state) => options.emit('app:connectivity', state));
  const media = mediaHooks(options.media);
  const pushResult = media.pushThrough(options.pushResult ?? pushThroughEmit(options.emit));
  const poller = new Poller({ ...options.poller, fetch, emit: options.emit, pushResult, connectivity });
  const pauses = new PauseReasons((paused) => poller.pause(paused));
  // One for the backend's life: feeds of one site share its answers and its per-host limit.
  const iconFetcher = new IconFetcher(tidingsUserAgent(options.appInfo.version), undefined, proxy);
  // Article pages come after the feeds: background ones wait for the poller to be idle, and for the network.
  const fullText = createFullText({ userAgent: tidingsUserAgent(options.appInfo.version), proxy, whenQuiet: () => whenFeedsQuiet(poller), connectivity });
  // Pictures kept in the background pause with the network too, and resume with it.
  options.media?.followNetwork(connectivity);
  const handlers: Handlers = {
    // Both take an address as typed; one without a scheme means its https form (the window tries http itself after).
    'feeds:fetch': async ({ url, login }) => {
      const forms = feedAddressForms(url);
      if (!forms.ok) return { kind: 'failed', error: forms.error, message: forms.told, gone: false, reason: 'network' };
      const given = login === undefined ? undefined : logins.loginAt(forms.tries[0], login);
      if (given && 'problem' in given) return { kind: 'failed', error: given.problem, gone: false, reason: 'http' };
      const outcome = await fetchToAdd({ feedId: '', url: forms.tries[0], validators: { etag: null, lastModified: null }, lastFetchedAt: null }, given);
      return media.previewed(forms.tries[0], outcome);
    },
    'feeds:discover': async ({ url }) => {
      const forms = feedAddressForms(url);
      if (!forms.ok) return { kind: 'failed', error: forms.error, message: forms.told };
      return (options.discover ?? discoverFeeds)(forms.tries[0], { userAgent: tidingsUserAgent(options.appInfo.version), proxy });
    },
    'feeds:icon': async (sources) => findFeedIcon(sources, { fetcher: iconFetcher }),
    'article:fullText': async ({ url, background }) => fullText.load(String(url), { background: background === true }),
    ...logins.handlers,
    'poller:subscribe': async ({ subscriptions }) => {
      logins.know(subscriptions);
      media.know(subscriptions);
      return { scheduled: poller.subscribe(subscriptions) };
    },
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
      pauses.set('storage-full', paused === true);
      return { paused: poller.isPaused };
    },
    'shell:openExternal': async ({ url }) => {
      if (!isWebUrl(url)) return { opened: false, reason: 'Only http and https links are opened' };
      return { opened: await options.openExternal(url) };
    },
    'app:info': async () => options.appInfo,
    'app:readConnectivity': async () => connectivity.current,
    ...media.handlers,
    'app:menuWords': async (request) => {
      const words = readMenuWords(request);
      return { applied: words !== null && (options.applyMenuWords?.(words) ?? false) };
    },
    ...desktopHandlers(options.desktop),
    ...launchHandlers(options.launch),
  };
  return { handlers, poller, connectivity, pauses };
}
