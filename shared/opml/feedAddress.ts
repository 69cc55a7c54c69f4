/** What an outline's address turned out to be: a feed Tidings can poll, or why not, in plain words. */
export type AddressCheck = { ok: true; url: string } | { ok: false; reason: string };

const scheme = /^([a-z][a-z0-9+.-]*):/i;
/** `example.com/feed`, `localhost:8080/rss`: a server's name with no scheme before it. */
const looksLikeHost = /^(?:localhost|[\w-]+(?:\.[\w-]+)+)(?::\d+)?(?:[/?#]|$)/i;

/**
 * The address as the store keeps it (`new URL(…).href`: scheme and host in lower case, default port dropped), so that
 * two spellings of one address meet. Nothing else is normalised: `/feed` and `/feed/` may be different resources.
 */
export function checkFeedAddress(raw: string): AddressCheck {
  const address = withoutFeedScheme(raw.trim());
  if (!address) return { ok: false, reason: 'no feed address' };
  if (/^https?:\/\//i.test(address)) {
    const url = parsedWebAddress(address);
    if (url) return { ok: true, url };
  }
  const shown = `“${shortened(address)}”`;
  if (looksLikeHost.test(address)) return { ok: false, reason: `${shown} is not a complete address (it lacks http:// or https://)` };
  const found = scheme.exec(address);
  if (!found) return { ok: false, reason: `${shown} is not a web address` };
  const protocol = (found[1] ?? '').toLowerCase();
  if (protocol !== 'http' && protocol !== 'https') return { ok: false, reason: `${shown} is not a web address` };
  const url = parsedWebAddress(address);
  return url ? { ok: true, url } : { ok: false, reason: `${shown} is not a valid address` };
}

function parsedWebAddress(address: string): string | null {
  try {
    const url = new URL(address);
    return url.hostname && /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A site's address (`htmlUrl`) when it is a web address; null otherwise, since it is only a link to show. */
export function webAddressOrNull(raw: string | undefined): string | null {
  if (!raw?.trim()) return null;
  const check = checkFeedAddress(raw);
  return check.ok ? check.url : null;
}

/** The address without a user name or password: an export is a file people share. */
export function withoutCredentials(address: string): string {
  if (!address.includes('@')) return address;
  let href = address;
  try {
    href = new URL(address).href;
  } catch {
    // Not an address a URL parser takes: strip what looks like a user name and password all the same.
  }
  return href.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
}

// `feed://host/x` and `feed:https://host/x` were browsers' way of handing a feed to a reader; both mean the web address.
function withoutFeedScheme(address: string): string {
  if (/^feed:https?:/i.test(address)) return address.slice(5);
  if (/^feed:\/\//i.test(address)) return `http:${address.slice(5)}`;
  return address;
}

function shortened(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}
