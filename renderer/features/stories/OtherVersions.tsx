import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/instance';
import type { ArticleRecord } from '../../db/records';
import { useTranslation } from '../../i18n';
import { byOwnName, languageLabel, ownLanguageName } from '../language/languageNames';
import { openArticle } from './openArticle';
import { versionsInOtherLanguages } from './storyQueries';

/** "Also in: English · Español · Tiếng Việt": the story's other languages across every feed, each opening its version. */
export function OtherVersions({ article }: { article: ArticleRecord }) {
  const { t } = useTranslation();
  const versions = useLiveQuery(() => versionsInOtherLanguages(db, article), [article.key, article.storyKey, article.language], []);
  if (versions.length === 0) return null;
  const sorted = [...versions].sort((a, b) => byOwnName(a.language ?? '', b.language ?? ''));
  return (
    <nav className="other-versions" aria-label={t('language.otherLanguages')}>
      <span className="other-versions-label">{t('language.alsoIn')}</span>
      {sorted.map((version, index) => {
        const language = version.language ?? '';
        return (
          <span key={version.key}>
            {index > 0 && (
              <span className="separator" aria-hidden="true">
                ·
              </span>
            )}
            <button type="button" className="link" lang={language} title={t('language.versionTitle', { language: languageLabel(language), title: version.title })} onClick={() => openArticle(version)}>
              {ownLanguageName(language)}
            </button>
          </span>
        );
      })}
    </nav>
  );
}
