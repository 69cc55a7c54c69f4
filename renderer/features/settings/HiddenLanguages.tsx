import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/instance';
import { readPreferences, setLanguageHidden } from '../../db/preferences';
import { languageCounts } from '../../db/queries';
import { useTranslation } from '../../i18n';
import { byOwnName, languageLabel, ownLanguageName } from '../language/languageNames';

/** Languages the reader does not read: hidden ones leave every list, count and language view until shown again. */
export function HiddenLanguages() {
  const { t } = useTranslation();
  const languages = useLiveQuery(async () => {
    const [counts, { hiddenLanguages }] = await Promise.all([languageCounts(db), readPreferences(db)]);
    const hidden = new Set(hiddenLanguages);
    // A hidden language stays listed even once its last article is gone, so that it can be shown again.
    const codes = [...new Set([...counts.map(({ language }) => language), ...hiddenLanguages])].sort(byOwnName);
    return codes.map((code) => ({ code, hidden: hidden.has(code) }));
  }, []);
  if (!languages) return null;
  return (
    <section className="settings-section">
      <h2>{t('settings.hidden')}</h2>
      <p className="settings-hint">{t('settings.hiddenHint')}</p>
      {languages.length === 0 && <p className="settings-hint">{t('settings.hiddenNone')}</p>}
      <ul className="hidden-languages">
        {languages.map(({ code, hidden }) => (
          <li key={code}>
            <HideLanguageToggle code={code} hidden={hidden} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function HideLanguageToggle({ code, hidden }: { code: string; hidden: boolean }) {
  // The box changes at once; the stored preference follows a moment later through the live query.
  const [checked, setChecked] = useState(hidden);
  const { t } = useTranslation();
  useEffect(() => setChecked(hidden), [hidden]);
  return (
    <label>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          setChecked(event.target.checked);
          void setLanguageHidden(db, code, event.target.checked);
        }}
      />{' '}
      {t('settings.hide')} <span lang={code}>{ownLanguageName(code)}</span>
      {ownLanguageName(code) !== languageLabel(code) && <span className="muted"> · {languageLabel(code)}</span>}
    </label>
  );
}
