import { displayHost } from '../../../shared/util/url';
import { useTranslation } from '../../i18n';
import { languageLabel, ownLanguageName } from '../language/languageNames';
import { openExternal } from './openExternal';
import type { PageProvenance } from '../../../shared/lang/pageProvenance';
import type { ArticleProvenance } from './provenance';

/** Under the title: the original (opened in the system browser), its language, the credited agencies, the author. */
export function ProvenanceBox({ provenance }: { provenance: ArticleProvenance }) {
  const { original, otherSources, originalLanguage, credits, byline, page } = provenance;
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
        {page && <PageLines page={page} original={original} />}
      </dl>
    </aside>
  );
}

/** What the article's own page said of itself, read with its full text: its site, its canonical page, its language. */
function PageLines({ page, original }: { page: PageProvenance; original: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {page.siteName && (
        <>
          <dt>{t('fullText.siteName')}</dt>
          <dd>{page.siteName}</dd>
        </>
      )}
      {page.canonicalUrl && page.canonicalUrl !== original && (
        <>
          <dt>{t('fullText.canonical')}</dt>
          <dd>
            <SourceLink url={page.canonicalUrl} />
          </dd>
        </>
      )}
      {page.language && (
        <>
          <dt>{t('fullText.pageLanguage')}</dt>
          <dd>{languageLabel(page.language)}</dd>
        </>
      )}
    </>
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
