import { mainMessageText } from '../../i18n/mainMessageText';
import type { FeedRecord } from '../../db/records';
import { useTranslation } from '../../i18n';

/**
 * What Tidings had to repair or leave out when it last read the feed: the articles are there, but a reader wondering
 * why one is missing, or why a title reads oddly, finds the reason here, and can tell the publisher.
 */
export function FeedWarnings({ feed }: { feed: FeedRecord }) {
  const { t } = useTranslation();
  if (feed.warnings.length === 0) return null;
  return (
    <details className="feed-warnings">
      <summary>
        {feed.warnings.length === 1 ? t('sources.repaired') : t('sources.repairedCount', { count: feed.warnings.length })}
      </summary>
      <ul>
        {feed.warnings.map((warning, index) => (
          // Two notes may read the same; their order never changes between renders.
          <li key={index}>{mainMessageText(feed.warningMessages?.[index], warning)}</li>
        ))}
      </ul>
    </details>
  );
}
