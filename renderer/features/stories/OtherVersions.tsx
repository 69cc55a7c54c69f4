import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/instance';
import type { ArticleRecord } from '../../db/records';
import { byOwnName, languageName, ownLanguageName } from '../language/languageNames';
import { openArticle } from './openArticle';
import { versionsInOtherLanguages } from './storyQueries';

/** "Also in: English · Español · Tiếng Việt": the story's other languages across every feed, each opening its version. */
export function OtherVersions({ article }: { article: ArticleRecord }) {
  const versions = useLiveQuery(() => versionsInOtherLanguages(db, article), [article.key, article.storyKey, article.language], []);
  if (versions.length === 0) return null;
  const sorted = [...versions].sort((a, b) => byOwnName(a.language ?? '', b.language ?? ''));
  return (
    <nav className="other-versions" aria-label="Other languages">
      <span className="other-versions-label">Also in:</span>
      {sorted.map((version, index) => {
        const language = version.language ?? '';
        return (
          <span key={version.key}>
            {index > 0 && (
              <span className="separator" aria-hidden="true">
                ·
              </span>
            )}
            <button type="button" className="link" lang={language} title={`${languageName(language)}: ${version.title}`} onClick={() => openArticle(version)}>
              {ownLanguageName(language)}
            </button>
          </span>
        );
      })}
    </nav>
  );
}
