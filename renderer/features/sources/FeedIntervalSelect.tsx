import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { choicesWith, describeInterval, pollIntervalChoices } from '../../../shared/model/pollSettings';
import { setFeedInterval } from '../../db/feeds';
import { db } from '../../db/instance';
import { readPreferences } from '../../db/preferences';
import type { FeedRecord } from '../../db/records';

const useDefault = '';

/** How often this one feed is checked: the reader's default, or an interval of its own. */
export function FeedIntervalSelect({ feed, name }: { feed: FeedRecord; name: string }) {
  const id = useId();
  const defaultMinutes = useLiveQuery(async () => (await readPreferences(db)).pollSettings.defaultIntervalMinutes, []);
  const own = feed.pollIntervalMinutes;
  const choices = choicesWith(pollIntervalChoices, own);
  const publisherMinutes = feed.publisherIntervalSeconds ? Math.round(feed.publisherIntervalSeconds / 60) : null;
  return (
    <div className="feed-interval">
      <label htmlFor={id}>Check every</label>
      <select
        id={id}
        aria-label={`How often to check ${name}`}
        value={own ?? useDefault}
        onChange={(event) => void setFeedInterval(db, feed.id, event.target.value === useDefault ? null : Number(event.target.value))}
      >
        <option value={useDefault}>{defaultMinutes === undefined ? 'Default' : `Default (${describeInterval(defaultMinutes)})`}</option>
        {choices.map((minutes) => (
          <option key={minutes} value={minutes}>
            {describeInterval(minutes)}
          </option>
        ))}
      </select>
      {publisherMinutes !== null && publisherMinutes > (own ?? defaultMinutes ?? 0) && (
        <span className="feed-interval-note">Its publisher asks to be checked at most every {describeInterval(publisherMinutes)}, so Tidings waits that long.</span>
      )}
    </div>
  );
}
