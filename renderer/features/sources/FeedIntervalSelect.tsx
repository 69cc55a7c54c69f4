import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { choicesWith, pollIntervalChoices } from '../../../shared/model/pollSettings';
import { setFeedInterval } from '../../db/feeds';
import { db } from '../../db/instance';
import { readPreferences } from '../../db/preferences';
import type { FeedRecord } from '../../db/records';
import { formatInterval, useTranslation } from '../../i18n';

const useDefault = '';

/** How often this one feed is checked: the reader's default, or an interval of its own. */
export function FeedIntervalSelect({ feed, name }: { feed: FeedRecord; name: string }) {
  const id = useId();
  const { t } = useTranslation();
  const defaultMinutes = useLiveQuery(async () => (await readPreferences(db)).pollSettings.defaultIntervalMinutes, []);
  const own = feed.pollIntervalMinutes;
  const choices = choicesWith(pollIntervalChoices, own);
  const publisherMinutes = feed.publisherIntervalSeconds ? Math.round(feed.publisherIntervalSeconds / 60) : null;
  return (
    <div className="feed-interval">
      <label htmlFor={id}>{t('sources.checkEvery')}</label>
      <select
        id={id}
        aria-label={t('sources.howOften', { name })}
        value={own ?? useDefault}
        onChange={(event) => void setFeedInterval(db, feed.id, event.target.value === useDefault ? null : Number(event.target.value))}
      >
        <option value={useDefault}>{defaultMinutes === undefined ? t('sources.default') : t('sources.defaultInterval', { interval: formatInterval(defaultMinutes) })}</option>
        {choices.map((minutes) => (
          <option key={minutes} value={minutes}>
            {formatInterval(minutes)}
          </option>
        ))}
      </select>
      {publisherMinutes !== null && publisherMinutes > (own ?? defaultMinutes ?? 0) && (
        <span className="feed-interval-note">{t('sources.publisherInterval', { interval: formatInterval(publisherMinutes) })}</span>
      )}
    </div>
  );
}
