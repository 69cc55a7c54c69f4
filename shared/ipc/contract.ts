/**
 * The one contract between the main process and the renderer.
 * Preload, main-process wiring, the web harness and the renderer's client are all typed by it,
 * so a misspelt channel or a wrong payload fails to compile on every side at once.
 */
import type { CommandId } from '../commands/commandTable';
import type { MenuWords } from '../commands/menuWords';
import type { Connectivity } from '../model/connectivity';
import type { BackgroundSettings, DesktopWords, NewArticles, NotificationSettings } from '../model/desktop';
import type { DeliveredPollResult, Discovery, FetchOutcome, PollProgress, Subscription } from '../model/feed';
import type { FullTextAnswer } from '../model/fullText';
import type { ErrorReport, LaunchRequest } from '../model/launch';
import type { ImageCacheLimits, ImageCacheUsage } from '../model/imageCache';
import type { PollSettings } from '../model/pollSettings';
import type { JsonText } from './jsonText';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** 'desktop' inside Electron, 'web' when served by `npm run web`. */
  shell: 'desktop' | 'web';
}

/** Where a feed's icon may be found: the addresses its feed model gives, and the feed's own. */
export interface FeedIconSources {
  iconUrl: string | null;
  imageUrl: string | null;
  siteUrl: string | null;
  feedUrl: string;
}

export type FeedIconAnswer = { dataUrl: string } | { none: string };

/** A user name and password for a feed's basic authentication. */
export interface FeedLogin {
  username: string;
  password: string;
}

/** Request/response channels, named `domain:verb`. */
export interface InvokeContract {
  /**
   * Fetches a feed once, outside the schedule, for the preview shown before the reader subscribes; the window stores
   * this very outcome when they do. `url` is read as typed (feedAddressForms: `feed:` forms, no scheme meaning https).
   * `login`, for a feed that asked for one, is sent to that address's origin alone and kept by nobody.
   */
  'feeds:fetch': { request: { url: string; login?: FeedLogin }; response: FetchOutcome };
  /** The feeds a site offers: the address itself if it is one, those its page advertises, or those at usual paths. */
  'feeds:discover': { request: { url: string }; response: Discovery };
  /**
   * Looks for a feed's icon: the one the feed names, else the one its site's home page names, else the site's
   * favicon.ico, else the feed's larger picture. Answers the image as a `data:` address, so that showing it later asks
   * the publisher nothing; `none` says why there is none, in one line.
   */
  'feeds:icon': { request: FeedIconSources; response: FeedIconAnswer };
  /**
   * Saves a feed's user name and password for basic authentication, kept by main alone (never in the renderer's
   * database, so never exported) and sent only to the feed's own origin; the feed is checked again at once. `stored` is
   * false when they cannot be sent (an empty user name, one with a colon); `persistent` says whether they were stored
   * encrypted by the system's keychain or are kept only until Tidings closes. `url`, for a feed main does not know yet
   * (just subscribed from the add box), is the address the login was given for: it is tied to that origin.
   */
  'feeds:setCredentials': {
    request: { feedId: string; username: string; password: string; url?: string };
    response: { stored: boolean; persistent: boolean };
  };
  /** Forgets a feed's user name and password; `cleared` is false when it had none. */
  'feeds:clearCredentials': { request: { feedId: string }; response: { cleared: boolean } };
  /** Which of these feeds have a user name and password, and whether saving one now would outlast Tidings closing. */
  'feeds:hasCredentials': { request: { feedIds: string[] }; response: { feedIds: string[]; persistent: boolean } };
  /**
   * Reads the whole article from its page (Readability, in a worker), with what the page says of its language,
   * canonical address and site. `background` pages wait while a refresh runs and go one at a time per host; the
   * reader's own ("Load full text") go first.
   */
  'article:fullText': { request: { url: string; background?: boolean }; response: FullTextAnswer };
  /** Replaces the poller's list of subscriptions; the renderer's database is the truth. */
  'poller:subscribe': { request: { subscriptions: Subscription[] }; response: { scheduled: number } };
  /** How often feeds are checked by default and how large a feed may be; answers with the values applied. */
  'poller:configure': { request: PollSettings; response: PollSettings };
  /** Polls now instead of waiting for the schedule; all feeds when `feedIds` is absent. */
  'poller:refresh': { request: { feedIds?: string[] }; response: { started: number } };
  /**
   * Sent by the one window that stores results (the holder of the writer lock) when it starts and whenever its event
   * stream opens again: main pushes again every result not yet acknowledged. `database` names the database it stores
   * into; another one than before means nothing main remembers of stored items holds any more.
   */
  'poller:writer': { request: { database: string }; response: { resent: number } };
  /** The writer stored these deliveries: main lets them go. Answers how many results main still holds. */
  'poller:stored': { request: { deliveries: number[] }; response: { held: number } };
  /** Stops starting fetches (in flight ones finish and are held) until called again with `paused: false`. */
  'poller:pause': { request: { paused: boolean; reason: 'storage-full' }; response: { paused: boolean } };
  /**
   * Sets how large one kept picture and all of them together may be (main keeps these with the pictures, as they
   * describe its disk); answers with the values applied, bounded, and what is kept once the excess is let go.
   */
  'media:configure': { request: ImageCacheLimits; response: ImageCacheUsage };
  /** How many pictures are kept for reading offline, their size in bytes, and the limits in force. */
  'media:usage': { request: Record<string, never>; response: ImageCacheUsage };
  /** Deletes every kept picture; they are fetched again when shown, or with the next new articles. */
  'media:clear': { request: Record<string, never>; response: ImageCacheUsage };
  /** Opens an http(s) address in the system browser; anything else is refused. */
  'shell:openExternal': { request: { url: string }; response: { opened: boolean; reason?: string } };
  'app:info': { request: Record<string, never>; response: AppInfo };
  /**
   * Whether Tidings is offline now, and why; read once at start, then followed by the `app:connectivity` event (a call
   * and an event never share a name).
   */
  'app:readConnectivity': { request: Record<string, never>; response: Connectivity };
  /**
   * The desktop menus' words in the interface language, sent when the window starts and whenever that language
   * changes. `applied` is false where there are no menus (`npm run web`) and for words that are incomplete.
   */
  'app:menuWords': { request: MenuWords; response: { applied: boolean } };
  /**
   * The words of notifications, the tray's tooltip and the first close's question in the interface language, sent like
   * the menus' words. `applied` is false where there are none (`npm run web`) and for words that are incomplete.
   */
  'app:desktopWords': { request: DesktopWords; response: { applied: boolean } };
  /** How many articles are unread, sent by the window when it changes (at most once a second) for the tray and badge. */
  'app:unreadCount': { request: { count: number }; response: { shown: boolean } };
  /** The notification settings in the reader's preferences, sent at start and whenever they change; answers those applied. */
  'app:notificationSettings': { request: NotificationSettings; response: NotificationSettings };
  /**
   * What the deliveries just stored brought that was new, per feed, sent by the writer after storing: main gathers a
   * few seconds of them into one notification. `queued` is false where nothing notifies (`npm run web`).
   */
  'app:newArticles': { request: { feeds: NewArticles[] }; response: { queued: boolean } };
  /**
   * Reads, and with `change` sets, whether closing the window keeps Tidings running and whether it starts at login;
   * `available` is false where there is no shell to keep running (`npm run web`).
   */
  'app:background': { request: { change?: Partial<BackgroundSettings> }; response: { available: boolean; settings: BackgroundSettings } };
  /**
   * Asked by the window once it listens for `app:launch`: answers what launches asked to open before then (the first
   * launch's command line comes before any window), and main sends later ones as events.
   */
  'app:pendingLaunches': { request: Record<string, never>; response: { requests: LaunchRequest[] } };
  /** An error the window did not handle, written to the log file (stderr under `npm run web`); a flood is cut short. */
  'app:reportError': { request: ErrorReport; response: { logged: boolean } };
}

/** Events pushed from main to renderer. */
export interface EventContract {
  'poller:result': DeliveredPollResult;
  'poller:progress': PollProgress;
  /** A command chosen from the desktop menu, by its id in shared/commands/commandTable.ts; the renderer runs it. */
  'app:command': { command: CommandId };
  /** Tidings went offline or came back (the system said so, or a round of checks reached no server, or one did). */
  'app:connectivity': Connectivity;
  /**
   * A `feed:` link, an address or an OPML file given to a launch of Tidings, or a clicked notification's article (see
   * `app:pendingLaunches`).
   */
  'app:launch': LaunchRequest;
}

export type InvokeChannel = keyof InvokeContract;
export type EventChannel = keyof EventContract;
export type RequestOf<C extends InvokeChannel> = InvokeContract[C]['request'];
export type ResponseOf<C extends InvokeChannel> = InvokeContract[C]['response'];

/** Every channel, for the preload's allow-list: the `satisfies` makes this list and the contract agree. */
export const invokeChannels = [
  'feeds:fetch',
  'feeds:discover',
  'feeds:icon',
  'feeds:setCredentials',
  'feeds:clearCredentials',
  'feeds:hasCredentials',
  'article:fullText',
  'poller:subscribe',
  'poller:configure',
  'poller:refresh',
  'poller:writer',
  'poller:stored',
  'poller:pause',
  'media:configure',
  'media:usage',
  'media:clear',
  'shell:openExternal',
  'app:info',
  'app:readConnectivity',
  'app:menuWords',
  'app:desktopWords',
  'app:unreadCount',
  'app:notificationSettings',
  'app:newArticles',
  'app:background',
  'app:pendingLaunches',
  'app:reportError',
] as const satisfies readonly InvokeChannel[];

export const eventChannels = ['poller:result', 'poller:progress', 'app:command', 'app:connectivity', 'app:launch'] as const satisfies readonly EventChannel[];

type Missing<All, Listed> = Exclude<All, Listed>;
// Compile-time check that no channel was left out of the lists above.
const everyInvokeListed: Missing<InvokeChannel, (typeof invokeChannels)[number]> extends never ? true : never = true;
const everyEventListed: Missing<EventChannel, (typeof eventChannels)[number]> extends never ? true : never = true;
void everyInvokeListed;
void everyEventListed;

/** The implementation side: one async function per channel. */
export type Handlers = { [C in InvokeChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** What the renderer talks to, whatever carries the messages (Electron IPC or HTTP). */
export interface Bridge {
  invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventContract[E]) => void): () => void;
  /**
   * Calls the listener whenever the stream of pushed events opens, the first time and after every break (events
   * pushed during a break are lost). A bridge without it, the desktop shell's, is connected for as long as the page
   * lives.
   */
  onConnected?(listener: () => void): () => void;
  /**
   * An event's payload as the JSON text it crossed as, unread: for a listener that hands it on to be read elsewhere
   * (the writer's results, read in its storing worker). Both shells' bridges have it.
   */
  onJson?<E extends EventChannel>(event: E, listener: (json: JsonText<EventContract[E]>) => void): () => void;
}

/**
 * What the desktop shell's preload gives the page: events arrive as their JSON text, read by the page
 * (renderer/ipc/bridge.ts), as the web transport's do. A refresh's articles then cross from main to the page as one
 * string, copied whole, rather than as thousands of objects cloned into the renderer and again into the page's world.
 */
export interface DesktopBridge {
  invoke: Bridge['invoke'];
  onJson(event: EventChannel, listener: (json: string) => void): () => void;
}

/** Pushes an event to every connected renderer. */
export type Emit = <E extends EventChannel>(event: E, payload: EventContract[E]) => void;

export function isInvokeChannel(name: string): name is InvokeChannel {
  return (invokeChannels as readonly string[]).includes(name);
}

export function isEventChannel(name: string): name is EventChannel {
  return (eventChannels as readonly string[]).includes(name);
}
