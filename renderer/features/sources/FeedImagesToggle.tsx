import { useId } from 'react';
import { db } from '../../db/instance';
import type { FeedRecord } from '../../db/records';
import { useTranslation } from '../../i18n';
import './feedImagesToggle.css';

/**
 * Whether this feed's pictures are kept for reading offline. Off, they are still shown, fetched by main through the
 * app's route when an article is opened, never stored, and the feed's new articles bring none in the background.
 */
export function FeedImagesToggle({ feed }: { feed: Pick<FeedRecord, 'id' | 'cacheImages'> }) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <label className="feed-keep-images" htmlFor={id}>
      <input id={id} type="checkbox" checked={feed.cacheImages !== 0} onChange={(event) => void db.feeds.update(feed.id, { cacheImages: event.target.checked ? 1 : 0 })} />
      {t('images.keepForFeed')}
    </label>
  );
}
