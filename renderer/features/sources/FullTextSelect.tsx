import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { carriesSummaries, setFeedFullText } from '../../db/fullText';
import { db } from '../../db/instance';
import type { FeedRecord, FullTextSetting } from '../../db/records';
import { useTranslation } from '../../i18n';
import './fullTextSelect.css';

const settings: readonly FullTextSetting[] = ['auto', 'always', 'never'];

/**
 * Whether this feed's articles are read whole from their pages: automatically (only when the feed gives summaries,
 * as its articles show), always, or never. Under "automatic", what the feed was found to carry is said beside it.
 */
export function FullTextSelect({ feed, name }: { feed: FeedRecord; name: string }) {
  const id = useId();
  const noteId = useId();
  const { t } = useTranslation();
  const summaries = useLiveQuery(() => carriesSummaries(db, feed.id), [feed.id]);
  const setting = feed.fullText ?? 'auto';
  const words: Record<FullTextSetting, string> = { auto: t('fullText.auto'), always: t('fullText.always'), never: t('fullText.never') };
  const note = setting !== 'auto' || summaries === undefined || summaries === null ? null : summaries ? t('fullText.autoSummaries') : t('fullText.autoWhole');
  return (
    <div className="feed-full-text">
      <label htmlFor={id}>{t('fullText.setting')}</label>
      <select
        id={id}
        aria-label={t('fullText.settingLabel', { name })}
        aria-describedby={note ? noteId : undefined}
        value={setting}
        onChange={(event) => void setFeedFullText(db, feed.id, settings.find((value) => value === event.target.value) ?? 'auto')}
      >
        {settings.map((value) => (
          <option key={value} value={value}>
            {words[value]}
          </option>
        ))}
      </select>
      {note && (
        <span id={noteId} className="feed-full-text-note">
          {note}
        </span>
      )}
    </div>
  );
}
