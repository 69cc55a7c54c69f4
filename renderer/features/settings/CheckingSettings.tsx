import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { choicesWith, describeInterval, maxFeedSizeChoices, pollIntervalChoices } from '../../../shared/model/pollSettings';
import { db } from '../../db/instance';
import { readPreferences, setPollSettings } from '../../db/preferences';

/** How often feeds are checked by default, and the largest feed Tidings accepts. */
export function CheckingSettings() {
  const intervalId = useId();
  const sizeId = useId();
  const settings = useLiveQuery(async () => (await readPreferences(db)).pollSettings, []);
  if (!settings) return null;
  const intervals = choicesWith(pollIntervalChoices, settings.defaultIntervalMinutes);
  const sizes = choicesWith(maxFeedSizeChoices, settings.maxFeedMegabytes);
  return (
    <section className="settings-section">
      <h2>Checking for new articles</h2>
      <p className="settings-hint">
        Tidings checks every feed in the background, each on its own interval or on this one. A publisher that asks to be
        checked less often is asked no more often than that.
      </p>
      <div className="settings-row">
        <label htmlFor={intervalId}>Check feeds every</label>
        <select
          id={intervalId}
          value={settings.defaultIntervalMinutes}
          onChange={(event) => void setPollSettings(db, { defaultIntervalMinutes: Number(event.target.value) })}
        >
          {intervals.map((minutes) => (
            <option key={minutes} value={minutes}>
              {describeInterval(minutes)}
            </option>
          ))}
        </select>
      </div>
      <div className="settings-row">
        <label htmlFor={sizeId}>Largest feed to accept</label>
        <select id={sizeId} value={settings.maxFeedMegabytes} onChange={(event) => void setPollSettings(db, { maxFeedMegabytes: Number(event.target.value) })}>
          {sizes.map((megabytes) => (
            <option key={megabytes} value={megabytes}>
              {megabytes} MB
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
