import { useId } from 'react';
import { ModalDialog } from '../../app/ModalDialog';
import { feedName, setFeedPaused } from '../../db/feeds';
import { db } from '../../db/instance';
import { useTranslation } from '../../i18n';
import { FeedLanguageSelect } from '../language/FeedLanguageSelect';
import { FeedImagesToggle } from './FeedImagesToggle';
import { FeedIntervalSelect } from './FeedIntervalSelect';
import { FeedNotifyToggle } from './FeedNotifyToggle';
import { FeedWarnings } from './FeedWarnings';
import { FullTextSelect } from './FullTextSelect';
import { unsubscribeWithUndo } from './unsubscribe';
import { useFeed } from './useFeed';

/**
 * One feed's settings, as an inspector: its address, the language its articles are in, how often it is checked,
 * whether checking is paused, what reading it had to repair, and unsubscribing. Every change is stored as it is made.
 */
export function FeedSettingsDialog({ feedId, onDone }: { feedId: string; onDone: () => void }) {
  const feed = useFeed(feedId);
  const pausedId = useId();
  const { t } = useTranslation();
  if (!feed) return null;
  const name = feedName(feed);
  return (
    <ModalDialog title={t('sources.settingsTitle', { name })} onClose={onDone} className="feed-settings">
      <p className="feed-settings-address">{feed.url}</p>
      <div className="feed-actions">
        <FeedLanguageSelect feed={feed} name={name} />
        <FeedIntervalSelect feed={feed} name={name} />
        <FullTextSelect feed={feed} name={name} />
        <FeedImagesToggle feed={feed} />
        <FeedNotifyToggle feed={feed} />
        <label className="feed-paused" htmlFor={pausedId}>
          <input id={pausedId} type="checkbox" checked={feed.paused === 1} onChange={(event) => void setFeedPaused(db, feed.id, event.target.checked)} />
          {t('sources.menuPause')}
        </label>
        <FeedWarnings feed={feed} />
      </div>
      <div className="modal-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            onDone();
            void unsubscribeWithUndo(feed.id);
          }}
        >
          {t('sources.menuUnsubscribe')}
        </button>
        <button type="button" className="primary" autoFocus onClick={onDone}>
          {t('sources.done')}
        </button>
      </div>
    </ModalDialog>
  );
}
