import { feedName } from '../../db/feeds';
import { db } from '../../db/instance';
import { markUnsubscribed, purgeUnsubscribed, restoreSubscriptions } from '../../db/unsubscribe';
import { i18n } from '../../i18n';
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
    () => purgeUnsubscribed(db, Date.now()),
  );
}
