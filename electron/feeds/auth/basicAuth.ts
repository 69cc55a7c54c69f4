/** A user name and password for HTTP basic authentication. */
export interface Login {
  username: string;
  password: string;
}

/** A feed's login and the one origin (`https://host:port`) it may be sent to. */
export interface OriginLogin extends Login {
  origin: string;
}

/** The longest user name or password taken: a real one is far shorter, and each is sent with every request. */
export const maxLoginLength = 1024;

/** The value of an Authorization (or Proxy-Authorization) header: UTF-8, as RFC 7617 lets a server ask and browsers send. */
export function basicAuthorization(login: Login): string {
  return `Basic ${Buffer.from(`${login.username}:${login.password}`, 'utf8').toString('base64')}`;
}

/** Why a login cannot be sent as basic authentication, or null when it can. */
export function loginProblem(login: Login): string | null {
  if (login.username === '') return 'The user name is empty';
  // RFC 7617: the first colon ends the user name, so a user name with one would be read wrongly.
  if (login.username.includes(':')) return 'A user name cannot contain ":"';
  if (login.username.length > maxLoginLength || login.password.length > maxLoginLength) return 'The user name or password is too long';
  // Control characters are refused rather than sent: no server expects them, and CR or LF would end the header.
  if (/\p{Cc}/u.test(login.username + login.password)) return 'The user name or password contains control characters';
  return null;
}

/** The origin of an address (`https://example.com:8443`), or null when it has none a login could be tied to. */
export function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The login a request to `url` carries: only to the login's own origin, never to another one a redirect leads to. */
export function authorizationFor(url: string, login: OriginLogin | undefined): string | null {
  return login && originOf(url) === login.origin ? basicAuthorization(login) : null;
}

/** The login written into an address (`https://me:secret@example.com/feed`), or null when it has none. */
export function addressLogin(url: URL): Login | null {
  if (!url.username && !url.password) return null;
  return { username: percentDecoded(url.username), password: percentDecoded(url.password) };
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
