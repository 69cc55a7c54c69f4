import { displayHost } from '../../../shared/util/url';
import { languageName, ownLanguageName } from '../language/languageNames';
import { openExternal } from './openExternal';
import type { ArticleProvenance } from './provenance';

/** Under the title: the original (opened in the system browser), its language, the credited agencies, the author. */
export function ProvenanceBox({ provenance }: { provenance: ArticleProvenance }) {
  const { original, otherSources, originalLanguage, credits, byline } = provenance;
  return (
    <aside className="provenance" aria-label="Provenance">
      <dl>
        {original && (
          <>
            <dt>{originalLanguage ? 'Original' : 'Source'}</dt>
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
            <dt>Translated from</dt>
           <dd>
              {languageName(originalLanguage)}
              {ownLanguageName(originalLanguage) !== languageName(originalLanguage) && (
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
            <dt>Reporting</dt>
            <dd className="credits">{credits.join(' · ')}</dd>
          </>
        )}
        {byline && (
          <>
            <dt>By</dt>
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
