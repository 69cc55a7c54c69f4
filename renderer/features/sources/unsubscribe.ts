import { feedName } from '../../db/feeds';
import { db } from '../../db/instance';
import { markUnsubscribed, purgeUnsubscribed, restoreSubscriptions } from '../../db/unsubscribe';
import { i18n } from '../../i18n';
import { bridge } from '../../ipc/bridge';
import { useUi } from '../../state/store';
import { offerUndo } from '../articles/undoMarks';

/**
 * Unsubscribes from a feed after the reader confirms: it leaves the sources pane and the poller at once, and its
 * articles (all but the starred) go when the 10 seconds to undo are over.
 */
export async function unsubscribeWithUndo(feedId: string): Promise<void> {
  const feed = await db.feeds.get(feedId);
  if (!feed || feed.unsubscribedAt !== null) return;
  const name = feedName(feed);
  if (!window.confirm(i18n.t('sources.unsubscribeConfirm', { name }))) return;
  await unsubscribeFeedsWithUndo([feedId], i18n.t('sources.unsubscribedFrom', { name }));
}

/** Unsubscribes from feeds the reader already agreed to leave (a folder deleted with its feeds), with one undo. */
export async function unsubscribeFeedsWithUndo(feedIds: readonly string[], message: string, afterUndo?: () => Promise<unknown>): Promise<void> {
  const left = await markUnsubscribed(db, feedIds);
  const ui = useUi.getState();
  const source = ui.source;
  if ((source.kind === 'feed' && left.includes(source.feedId)) || source.kind === 'folder') ui.selectSource({ kind: 'all' });
  offerUndo(
    message,
    async () => {
      await restoreSubscriptions(db, left);
      await afterUndo?.();
    },
    async () => {
      await purgeUnsubscribed(db, Date.now());
      await forgetLogins(left);
    },
  );
}

/** A feed left for good takes its user name and password with it; one followed again by then keeps them. */
async function forgetLogins(feedIds: readonly string[]): Promise<void> {
  const feeds = await db.feeds.bulkGet([...feedIds]);
  const gone = feedIds.filter((_, index) => {
    const feed = feeds[index];
    return feed === undefined || feed.unsubscribedAt !== null;
  });
  await Promise.all(gone.map((feedId) => bridge.invoke('feeds:clearCredentials', { feedId }).catch((error: unknown) => console.error('Could not forget a feed’s login', error))));
}
