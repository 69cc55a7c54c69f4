import { useId } from 'react';
import { db } from '../../db/instance';
import type { FeedRecord } from '../../db/records';
import { useTranslation } from '../../i18n';
import { useDesktopShell } from '../settings/useDesktopShell';
import '../settings/desktopSettings.css';

/** Whether this feed's new articles are told in a notification; only the desktop shell notifies. */
export function FeedNotifyToggle({ feed }: { feed: Pick<FeedRecord, 'id' | 'notify'> }) {
  const id = useId();
  const desktop = useDesktopShell();
  const { t } = useTranslation();
  if (!desktop) return null;
  return (
    <label className="feed-notify" htmlFor={id}>
      <input id={id} type="checkbox" checked={feed.notify !== 0} onChange={(event) => void db.feeds.update(feed.id, { notify: event.target.checked ? 1 : 0 })} />
      {t('desktop.feedNotify')}
    </label>
  );
}
