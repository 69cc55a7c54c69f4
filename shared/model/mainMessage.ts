/**
 * What the main process tells the reader (a feed's failure, what a read repaired, why a feed could not be added), as
 * a code and its parameters, so that the window words it in the interface language. The English wording below is the
 * sentence main also stores and logs, and the renderer's English messages: one wording, written once.
 *
 * Templates use i18next's syntax: `{{name}}` is a parameter, `{{name, number}}` a number in the reader's digits, and a
 * code with `_one` / `_other` forms is chosen by its `count` parameter.
 */
export const mainMessagesInEnglish = {
  // A connection's failure, said after "Could not reach …: ".
  connectionRefused: 'connection refused',
  connectionReset: 'the connection was reset',
  noSuchHost: 'no such host',
  hostLookupFailed: 'the host name could not be looked up',
  hostUnreachable: 'the host is unreachable',
  networkUnreachable: 'the network is unreachable',
  connectionTimedOut: 'the connection timed out',
  connectionClosed: 'the connection was closed',
  connectionAborted: 'the connection was aborted',
  notHttp: 'the server did not answer in HTTP',
  invalidHeaders: 'the server sent invalid HTTP headers',
  brokenHttp: 'the server answered with broken HTTP',
  certificateForOtherSite: 'its security certificate is for another site',
  certificateExpired: 'its security certificate has expired',
  certificateNotYetValid: 'its security certificate is not valid yet',
  certificateSelfSigned: 'its security certificate is self-signed',
  certificateNotTrusted: 'its security certificate is not trusted',
  certificateUnverified: 'its security certificate could not be verified',
  secureConnectionFailed: 'the secure connection failed',
  connectionNotOpened: 'the connection did not open within {{wait}}',
  /** A system's own words, which Tidings cannot translate. */
  verbatim: '{{text}}',
  // Durations, inside other messages.
  seconds: '{{n, number}} s',
  minutes: '{{n, number}} min',
  hours: '{{n, number}} h',
  days: '{{n, number}} days',
  megabytes: '{{n, number}} MB',

  // Reaching the server.
  unreachable: 'Could not reach {{host}}: {{reason}}',
  proxyUnreachable: 'Could not reach the proxy {{proxy}}: {{reason}}',
  proxyRefused: 'The proxy {{proxy}} refused the connection',
  proxyLoginRefused: 'The proxy {{proxy}} did not accept the user name and password in its setting ({{status}})',
  proxyWantsLogin: 'The proxy {{proxy}} asks for a user name and password ({{status}})',
  proxyCannotReach: 'The proxy {{proxy}} could not reach {{host}} ({{status}})',
  proxyRefusedHost: 'The proxy {{proxy}} refused to connect to {{host}} ({{status}})',
  proxySettingsSlow: 'The proxy settings took too long to read',
  proxySettingsUnreadable: 'The proxy settings could not be read: {{reason}}',
  notWebAddress: '"{{url}}" is not a web address',
  typedNotWebAddress: '“{{typed}}” is not a web address',
  typeAnAddress: 'Type the address of a feed or of a website',
  notHttpAddress: 'Only http and https addresses can be fetched, not {{protocol}}',
  tooSlow: '{{host}} took too long to send the feed (over {{wait}})',
  cutShort: 'The connection to {{host}} closed before the whole feed arrived',
  tooManyRedirects: 'Too many redirects: {{host}} redirected more than {{count}} times',
  invalidRedirect: '{{host}} redirected to an invalid address',
  redirectLoop: "The feed's address redirects in a loop ({{host}})",

  // What the server answered.
  gone: 'The feed is gone: {{host}} says it was removed for good ({{status}}); Tidings no longer checks it',
  tooManyRequests: '{{host}} is receiving too many requests ({{status}})',
  tooManyRequestsWait: '{{host}} is receiving too many requests ({{status}}); it asks to wait {{wait}}',
  tooManyRequestsWaitLonger: '{{host}} is receiving too many requests ({{status}}); it asks to wait {{wait}}, Tidings tries again in {{retry}}',
  unavailable: '{{host}} is temporarily unavailable ({{status}})',
  unavailableWait: '{{host}} is temporarily unavailable ({{status}}); it asks to wait {{wait}}',
  unavailableWaitLonger: '{{host}} is temporarily unavailable ({{status}}); it asks to wait {{wait}}, Tidings tries again in {{retry}}',
  notFound: 'Not found: {{host}} has nothing at this address ({{status}})',
  loginRefused: '{{host}} did not accept the user name and password ({{status}})',
  wantsLogin: 'The feed asks for a user name and password ({{status}})',
  forbidden: '{{host}} refused access to the feed ({{status}})',
  serverError: '{{host}} had a problem answering ({{status}})',
  redirectWithoutLocation: '{{host}} redirected without saying where to ({{status}})',
  refused: '{{host}} refused the request ({{status}})',

  // What came.
  tooLarge: 'The feed is too large (over {{size}})',
  unknownCompression: '{{host}} compressed the feed with {{codings}}, which Tidings did not ask for and cannot undo',
  badCompression: '{{host}} said the feed was compressed with {{coding}}, but it could not be decompressed',
  emptyBody: 'The feed is empty: the address answered with no content',
  whiteSpaceOnly: 'The feed is empty: the address answered with nothing but white space',
  plainText: 'Not a feed: the address answered with plain text (“{{opening}}”)',
  webPage: 'Not a feed: the address answered with a web page',
  webPageListingFeeds: 'Not a feed: the address is a web page that lists {{count}} feeds ({{listed}}); subscribe to one of them',
  webPageToWebPage: 'Not a feed: the web page points to {{url}}, which is a web page too',
  otherXml: 'Not a feed: the address answered with XML that is not RSS or Atom',
  otherJson: 'Not a feed: the address answered with JSON that is neither a JSON Feed nor RSS-in-JSON',
  unreadable: 'Not a readable feed: {{reason}}',
  nestedTooDeep: 'Not a readable feed: its elements are nested more than {{depth}} levels deep',
  tooManyElements: 'Not a readable feed: it has more than {{count, number}} elements',
  jsonNestedTooDeep: 'Not a readable feed: its JSON is nested more than {{depth}} levels deep',
  brokenJson: 'Not a readable feed: the JSON is broken ({{reason}})',
  rssInJsonWithoutChannel: 'Not a readable feed: the RSS-in-JSON document has no channel',
  subscriptionList: 'This is a list of subscriptions (OPML); import it instead',
  readerFailed: 'The feed could not be read: {{reason}}',
  outOfMemory: 'reading it needed more than {{size}} of memory',
  parserStopped: 'the parser stopped ({{reason}})',
  parserExited: 'the parser stopped (exit code {{code}})',
  noChannel: 'the RSS document has no <channel>',
  notRssOrAtom: 'the document is not laid out as RSS or Atom',

  // An article's page, read for its whole text.
  pageTooSlow: '{{host}} took too long to send the page (over {{wait}})',
  pageCutShort: 'The connection to {{host}} closed before the whole page arrived',
  pageRedirectLoop: "The page's address redirects in a loop ({{host}})",
  pageGone: 'The page is gone: {{host}} says it was removed for good ({{status}})',
  pageWantsLogin: 'The page asks for a user name and password ({{status}})',
  pageForbidden: '{{host}} refused access to the page ({{status}})',
  pageTooLarge: 'The page is too large (over {{size}})',
  pageAnswered: '{{host}} answered {{status}}',
  notAPage: 'The address is not a web page but {{type}}',
  notMarkup: 'The address answered with something other than a web page',
  pageTooManyElements: 'The page is too large to read (over {{count, number}} elements)',
  noArticle: 'The page holds no text that reads as an article',
  pageUnreadable: 'The page could not be read: {{reason}}',
  pageNotRead: 'The page could not be read',
  notHttpPage: 'Only http and https pages can be read',
  pagesWaiting_one: '{{count}} page is waiting already',
  pagesWaiting_other: '{{count}} pages are waiting already',
  closing: 'Tidings is closing',

  // What a read repaired: each feed's notes.
  followedWebPage: 'The address is a web page; Tidings read the feed it points to, {{url}}',
  strayText: 'The feed had stray text before the XML began; it was ignored',
  controlCharacters: 'The feed contained control characters XML does not allow; they were removed',
  htmlEntities: 'The feed used HTML entities such as &nbsp; that XML does not define; they were read as HTML',
  bareAmpersands: 'The feed had unescaped “&” characters; they were escaped',
  bareBrackets: 'The feed had unescaped “<” characters; they were escaped',
  unescapedHtml: 'The feed put HTML in its items without escaping it; it was read as HTML',
  endsAbruptly: 'The feed ends abruptly; the articles before the cut were kept',
  articlesLeftOut: '{{dropped}} of {{total}} articles were too damaged to read and were left out; the others were kept',
  partsLeftOut: 'Parts of the feed between its articles could not be read and were left out; every article was kept',
  itemsNotObjects_one: '{{count}} item was not an object and was skipped',
  itemsNotObjects_other: '{{count}} items were not objects and were skipped',
  unknownCharset: 'Unknown character set “{{declared}}”; read as UTF-8',
  notDeclaredCharset: 'The feed said it was {{declared}} but is not; read it as UTF-8',
  utf8Except: 'The feed is UTF-8 except for {{strays}}',
  // Said as the `strays` of utf8Except and saidOtherButUtf8Except.
  strayCharacters_one: '{{count}} character in another encoding, which was read as windows-1252',
  strayCharacters_other: '{{count}} characters in another encoding, which were read as windows-1252',
  noCharsetNotUtf8: 'The feed declared no character set and is not UTF-8; read it as {{encoding}}',
  unknownCharsetNotUtf8: 'Unknown character set “{{declared}}”, and the feed is not UTF-8; read it as {{encoding}}',
  saidUtf8ButNot: 'The feed said it was UTF-8 but is not; read it as {{encoding}}',
  saidOtherButUtf8: 'The feed said it was {{declared}} but is UTF-8; read it as UTF-8',
  saidOtherButUtf8Except: 'The feed said it was {{declared}} but is UTF-8 except for {{strays}}',
  noJsonFeedVersion: 'The JSON Feed does not declare a version; read it as 1.1',
  sharedIds_one: '{{count}} article had the id of another article in the feed; it was kept under an id of its own',
  sharedIds_other: '{{count}} articles had the id of another article in the feed; each was kept under an id of its own',
  repeatedArticles_one: '{{count}} article repeated an article already in the feed and was dropped',
  repeatedArticles_other: '{{count}} articles repeated an article already in the feed and were dropped',
} as const;

type Template = keyof typeof mainMessagesInEnglish;

/** A code names its message; a plural one names the pair of its forms. */
export type MainMessageCode = Template extends infer Key ? (Key extends `${infer Base}_${'one' | 'other'}` ? Base : Key) : never;

export type MainMessageParam = string | number | MainMessage;

export interface MainMessage {
  code: MainMessageCode;
  /** Values for the template's parameters; a message among them is worded first, in the same language. */
  params?: Readonly<Record<string, MainMessageParam>>;
}

export function mainMessage(code: MainMessageCode, params?: Readonly<Record<string, MainMessageParam>>): MainMessage {
  return params === undefined ? { code } : { code, params };
}

/** True for a stored value that is a message this version can word (a newer version's code is not). */
export function isMainMessage(value: unknown): value is MainMessage {
  if (typeof value !== 'object' || value === null || !('code' in value) || typeof value.code !== 'string') return false;
  const { code } = value;
  return code in mainMessagesInEnglish || `${code}_one` in mainMessagesInEnglish;
}

/** A message's template in a table of templates keyed like the English one, its plural form chosen by `count`. */
export function templateKey(message: MainMessage): string {
  const count = message.params?.count;
  if (typeof count !== 'number' || `${message.code}_one` in mainMessagesInEnglish === false) return message.code;
  return count === 1 ? `${message.code}_one` : `${message.code}_other`;
}

/** Fills a template: parameters, messages among them worded by `word`, and numbers in `numbers`' language. */
export function fillTemplate(template: string, params: MainMessage['params'], word: (message: MainMessage) => string, numbers: (value: number) => string): string {
  return template.replace(/\{\{\s*(\w+)\s*(,\s*number\s*)?\}\}/g, (_whole, name: string, asNumber: string | undefined) => {
    const value = params?.[name];
    if (value === undefined) return '';
    if (typeof value === 'object') return word(value);
    return asNumber && typeof value === 'number' ? numbers(value) : String(value);
  });
}

const englishNumbers = new Intl.NumberFormat('en');

/** The message in English: what main stores beside the code, logs, and what a window shows for a code it lacks. */
export function inEnglish(message: MainMessage): string {
  const template = (mainMessagesInEnglish as Readonly<Record<string, string>>)[templateKey(message)] ?? message.code;
  return fillTemplate(template, message.params, inEnglish, (value) => englishNumbers.format(value));
}

/** A time to wait, in the largest unit that keeps it readable: `30 s`, `5 min`, `2 h`, `3 days`. */
export function waitMessage(seconds: number): MainMessage {
  if (seconds < 90) return mainMessage('seconds', { n: seconds });
  if (seconds < 90 * 60) return mainMessage('minutes', { n: Math.round(seconds / 60) });
  if (seconds < 48 * 3600) return mainMessage('hours', { n: Math.round(seconds / 3600) });
  return mainMessage('days', { n: Math.round(seconds / 86_400) });
}
