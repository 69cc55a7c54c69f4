import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { choicesWith, maxFeedSizeChoices, pollIntervalChoices } from '../../../shared/model/pollSettings';
import { db } from '../../db/instance';
import { readPreferences, setPollSettings } from '../../db/preferences';
import { formatInterval, useTranslation } from '../../i18n';

/** How often feeds are checked by default, and the largest feed Tidings accepts. */
export function CheckingSettings() {
  const intervalId = useId();
  const sizeId = useId();
  const settings = useLiveQuery(async () => (await readPreferences(db)).pollSettings, []);
  const { t } = useTranslation();
  if (!settings) return null;
  const intervals = choicesWith(pollIntervalChoices, settings.defaultIntervalMinutes);
  const sizes = choicesWith(maxFeedSizeChoices, settings.maxFeedMegabytes);
  return (
    <section className="settings-section">
      <h2>{t('settings.checking')}</h2>
      <p className="settings-hint">{t('settings.checkingHint')}</p>
      <div className="settings-row">
        <label htmlFor={intervalId}>{t('settings.checkFeedsEvery')}</label>
        <select
          id={intervalId}
          value={settings.defaultIntervalMinutes}
          onChange={(event) => void setPollSettings(db, { defaultIntervalMinutes: Number(event.target.value) })}
        >
          {intervals.map((minutes) => (
            <option key={minutes} value={minutes}>
              {formatInterval(minutes)}
            </option>
          ))}
        </select>
      </div>
      <div className="settings-row">
        <label htmlFor={sizeId}>{t('settings.largestFeed')}</label>
        <select id={sizeId} value={settings.maxFeedMegabytes} onChange={(event) => void setPollSettings(db, { maxFeedMegabytes: Number(event.target.value) })}>
          {sizes.map((megabytes) => (
            <option key={megabytes} value={megabytes}>
              {t('settings.megabytes', { count: megabytes })}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
