import type { Handlers } from '../../shared/ipc/contract';
import type { Subscription } from '../../shared/model/feed';
import { loginProblem, originOf, type OriginLogin } from '../feeds/auth/basicAuth';
import type { CredentialVault } from '../feeds/auth/credentialVault';

type LoginHandlers = Pick<Handlers, 'feeds:setCredentials' | 'feeds:clearCredentials' | 'feeds:hasCredentials'>;

export interface FeedLogins {
  handlers: LoginHandlers;
  /** What a fetch of this subscription sends: its login, tied to one origin, or nothing. */
  loginFor(subscription: Subscription): Promise<OriginLogin | undefined>;
  /** Remembers the feeds' addresses, so that a login saved later is tied to the origin the reader saw then. */
  know(subscriptions: readonly Subscription[]): void;
  /** A login the reader typed for an address being added, tied to its origin; or why it cannot be sent. */
  loginAt(address: string, login: unknown): OriginLogin | { problem: string };
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The feeds' logins behind the contract. A login is tied to the origin of the feed's address when it is saved: should
 * the poller later follow a permanent move to another origin, the login stays behind and the feed asks again, rather
 * than going to a server the reader never gave it to.
 */
export function feedLogins(vault: CredentialVault, refresh: (feedId: string) => void): FeedLogins {
  const addresses = new Map<string, string>();
  return {
    know(subscriptions) {
      for (const { feedId, url } of subscriptions) addresses.set(feedId, url);
    },
    async loginFor(subscription) {
      const login = subscription.feedId ? await vault.get(subscription.feedId) : null;
      const origin = login?.origin ?? originOf(subscription.url);
      return login && origin ? { username: login.username, password: login.password, origin } : undefined;
    },
    loginAt(address, login) {
      const { username, password } = typeof login === 'object' && login !== null ? (login as Record<string, unknown>) : {};
      if (!isText(username) || !isText(password)) return { problem: 'The user name and password must be text' };
      const problem = loginProblem({ username, password });
      const origin = originOf(address);
      if (problem || !origin) return { problem: problem ?? 'A login can be sent only to a web address' };
      return { username, password, origin };
    },
    handlers: {
      'feeds:setCredentials': async ({ feedId, username, password, url }) => {
        if (!isText(feedId) || feedId === '' || !isText(username) || !isText(password) || loginProblem({ username, password })) {
          return { stored: false, persistent: await vault.persistent() };
        }
        // A feed subscribed a moment ago is not known here yet: its login is tied to where the reader gave it.
        const address = addresses.get(feedId) ?? (isText(url) && originOf(url) ? url : undefined);
        const answer = await vault.set(feedId, { username, password, origin: address ? originOf(address) : null });
        // Checked again at once, so that the reader sees whether the server takes them.
        refresh(feedId);
        return answer;
      },
      'feeds:clearCredentials': async ({ feedId }) => ({ cleared: isText(feedId) && (await vault.clear(feedId)) }),
      'feeds:hasCredentials': async ({ feedIds }) => ({
        feedIds: Array.isArray(feedIds) ? await vault.has(feedIds.filter(isText)) : [],
        persistent: await vault.persistent(),
      }),
    },
  };
}
