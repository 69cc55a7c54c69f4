import { mainMessage } from '../../../shared/model/mainMessage';
import { unreadable } from '../parse/documentReading';
import { looksLikeOpml } from '../../../shared/opml/looksLikeOpml';
import type { FeedReader } from '../worker/feedReader';

/** What a reader who pasted an OPML address into "Add feed" needs to hear instead of "not RSS or Atom". */
export const subscriptionListMessage = mainMessage('subscriptionList');

export function isSubscriptionList(body: Uint8Array): boolean {
  return looksLikeOpml(new TextDecoder().decode(body.subarray(0, 4096)));
}

/**
 * A reader that names an OPML document for what it is when it is no feed. The opening is looked at before reading, as
 * the worker takes the bytes with it; `reader` is asked for lazily so that no worker starts before the first read.
 */
export function namingSubscriptionLists(reader: () => FeedReader): FeedReader {
  return {
    read: async (document) => {
      const opml = isSubscriptionList(document.body);
      const reading = await reader().read(document);
      return opml && reading.kind === 'unreadable' ? unreadable(subscriptionListMessage, 'not-a-feed') : reading;
    },
    // The reader it wraps is shared, and closed by whoever owns it.
    close: async () => undefined,
  };
}
