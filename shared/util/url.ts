import { inEnglish, mainMessage, type MainMessage } from '../model/mainMessage';

/** True for addresses Tidings may hand to the system browser: http and https only. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol, hostname } = new URL(value);
    // The URL standard forbids spaces and `%` in a host; Chromium's parser instead escapes them (`no%20address`).
    return (protocol === 'http:' || protocol === 'https:') && !hostname.includes('%');
  } catch {
    return false;
  }
}

/** The host and port an address goes to, for messages and per-host limits; the address itself when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The host without `www.`, for showing where a link leads. */
export function displayHost(value: string): string | null {
  try {
    return new URL(value).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Accepts what people paste: `example.com/feed` means `https://example.com/feed`, `localhost:8080/rss` a host and port.
 * Null when it is no web address (`mailto:…`, `javascript:…`, words with spaces).
 */
export function normaliseFeedAddress(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  // `name:` followed by anything but a port number is a scheme; only http(s) ones are web addresses.
  const hasScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed);
  const candidate = hasScheme ? trimmed : `https://${trimmed}`;
  return isWebUrl(candidate) ? new URL(candidate).href : null;
}

/** Resolves `href` against `base`; null for empty or unparseable values. Never throws. */
export function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * Like resolveUrl, but only keeps addresses a reader can open: http(s). The feed engine's one gate for the addresses it
 * stores (electron/feeds/normalise): a `javascript:`, `data:`, `vbscript:`, `file:` or `mailto:` one is dropped.
 */
export function resolveWebUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const url = resolveUrl(href, base);
  return url && /^https?:/i.test(url) ? url : null;
}

/** What an address typed into "Add feed" stands for: the addresses to try, in order, or why it is none. */
export type FeedAddressForms = { ok: true; tries: [string, ...string[]] } | { ok: false; error: string; told: MainMessage };

// `name:` followed by anything but a port number is a scheme.
const schemePattern = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

/**
 * Reads what people type or paste as a feed's address. `feed:https://…` wraps a full address; `feed://host/…` and an
 * address without a scheme (`example.com/rss`, `localhost:8080/rss`) are tried over https, then http, since many feeds
 * still live on http only; `feeds://host/…` only over https. Other schemes, words and spaces are no web address.
 */
export function feedAddressForms(input: string): FeedAddressForms {
  const typed = input.trim();
  if (!typed) return refusal(mainMessage('typeAnAddress'));
  const notAnAddress = refusal(mainMessage('typedNotWebAddress', { typed }));
  const feedScheme = /^(feeds?):/i.exec(typed);
  const rest = feedScheme ? typed.slice(feedScheme[0].length) : typed;
  if (schemePattern.test(rest)) {
    const href = webHref(rest);
    return href ? { ok: true, tries: [href] } : notAnAddress;
  }
  const bare = rest.replace(/^\/\//, '');
  if (!plausibleHost(bare)) return notAnAddress;
  const overHttps = webHref(`https://${bare}`);
  const overHttp = webHref(`http://${bare}`);
  if (!overHttps || !overHttp) return notAnAddress;
  return { ok: true, tries: feedScheme?.[1]?.toLowerCase() === 'feeds' ? [overHttps] : [overHttps, overHttp] };
}

function refusal(told: MainMessage): FeedAddressForms {
  return { ok: false, error: inEnglish(told), told };
}

/** The address as the URL standard writes it, when it is an http(s) one. */
function webHref(candidate: string): string | null {
  return isWebUrl(candidate) ? new URL(candidate).href : null;
}

/**
 * Without a scheme, a single word (`hello`, `news`) is far likelier a typo than an intranet host: a host needs a dot, a
 * port, brackets (IPv6) or to be localhost. Spaces are never part of a host.
 */
function plausibleHost(bare: string): boolean {
  const authority = /^[^/?#]*/.exec(bare)?.[0] ?? '';
  if (!authority || /\s/.test(authority)) return false;
  const host = authority.replace(/^[^@]*@/, '');
  return host.includes('.') || host.startsWith('[') || /:\d+$/.test(host) || /^localhost$/i.test(host);
}
