import { displayHost } from '../../../shared/util/url';
import { useTranslation } from '../../i18n';
import { languageLabel, ownLanguageName } from '../language/languageNames';
import { openExternal } from './openExternal';
import type { ArticleProvenance } from './provenance';

/** Under the title: the original (opened in the system browser), its language, the credited agencies, the author. */
export function ProvenanceBox({ provenance }: { provenance: ArticleProvenance }) {
  const { original, otherSources, originalLanguage, credits, byline } = provenance;
  const { t } = useTranslation();
  return (
    <aside className="provenance" aria-label={t('provenance.box')}>
      <dl>
        {original && (
          <>
            <dt>{originalLanguage ? t('provenance.original') : t('provenance.source')}</dt>
            <dd>
              <SourceLink url={original} />
              {otherSources.map((url) => (
                <span key={url}>
                  {' · '}
                  <SourceLink url={url} />
                </span>
              ))}
            </dd>
          </>
        )}
        {originalLanguage && (
          <>
            <dt>{t('provenance.translatedFrom')}</dt>
            <dd>
              {languageLabel(originalLanguage)}
              {ownLanguageName(originalLanguage) !== languageLabel(originalLanguage) && (
                <span className="own-name" lang={originalLanguage}>
                  {' '}
                  ({ownLanguageName(originalLanguage)})
                </span>
              )}
            </dd>
          </>
        )}
        {credits.length > 0 && (
          <>
            <dt>{t('provenance.reporting')}</dt>
            <dd className="credits">{credits.join(' · ')}</dd>
          </>
        )}
        {byline && (
          <>
            <dt>{t('provenance.by')}</dt>
            <dd>{byline}</dd>
          </>
        )}
      </dl>
    </aside>
  );
}

function SourceLink({ url }: { url: string }) {
  return (
    <a
      href={url}
      title={url}
      onClick={(event) => {
        event.preventDefault(); // nothing navigates this window; links leave for the system browser
        void openExternal(url);
      }}
    >
      {displayHost(url) ?? url}
    </a>
  );
}
