import { useLiveQuery } from 'dexie-react-hooks';
import type { CountSummary } from '../../db/counts';
import { db } from '../../db/instance';
import { readPreferences } from '../../db/preferences';
import { useTranslation } from '../../i18n';
import { SourceRow } from '../sources/SourceRow';
import { byOwnName, ownLanguageName } from './languageNames';

/** One view per language the articles are in, named in that language, with its unread count; hidden languages have none. */
export function LanguageViews({ counts }: { counts: CountSummary }) {
  const { t } = useTranslation();
  const hidden = useLiveQuery(async () => new Set((await readPreferences(db)).hiddenLanguages), [], new Set<string>());
  const languages = [...counts.byLanguage]
    .filter(([language]) => !hidden.has(language))
    .map(([language, tally]) => ({ language, unread: tally.unread }))
    .sort((a, b) => byOwnName(a.language, b.language));
  if (languages.length === 0) return null;
  return (
    <>
      <h2 className="section-title">{t('language.languages')}</h2>
      <ul className="source-list" role="list" aria-label={t('language.languages')}>
        {languages.map(({ language, unread }) => (
          <SourceRow key={language} source={{ kind: 'language', language }} label={ownLanguageName(language)} count={unread} lang={language} />
        ))}
      </ul>
    </>
  );
}
