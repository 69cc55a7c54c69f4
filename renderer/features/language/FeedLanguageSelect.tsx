import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { db } from '../../db/instance';
import { setFeedLanguageOverride } from '../../db/languageOverride';
import { languageCounts } from '../../db/queries';
import type { FeedRecord } from '../../db/records';
import { useTranslation } from '../../i18n';
import { languageChoices } from './knownLanguages';
import { LanguageOptions } from './LanguageOptions';

const asDetected = '';

/** For a feed that declares the wrong language: its articles take the one chosen here, until set back to "as detected". */
export function FeedLanguageSelect({ feed, name }: { feed: FeedRecord; name: string }) {
  const id = useId();
  const { t } = useTranslation();
  const present = useLiveQuery(async () => (await languageCounts(db)).map(({ language }) => language), [], []);
  const choices = languageChoices([...present, feed.language, feed.languageOverride]);
  return (
    <div className="feed-language">
      <label htmlFor={id}>{t('language.choose')}</label>
      <select
        id={id}
        aria-label={t('language.ofFeed', { name })}
        value={feed.languageOverride ?? asDetected}
        onChange={(event) => void setFeedLanguageOverride(db, feed.id, event.target.value === asDetected ? null : event.target.value)}
      >
        <option value={asDetected}>{t('language.asDetected')}</option>
        <LanguageOptions codes={choices} />
      </select>
    </div>
  );
}
