import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { db } from '../../db/instance';
import { readPreferences, setPreferredLanguages } from '../../db/preferences';
import { languageCounts } from '../../db/queries';
import { useTranslation } from '../../i18n';
import { languageChoices } from '../language/knownLanguages';
import { LanguageOptions } from '../language/LanguageOptions';
import { languageLabel, languageName, ownLanguageName } from '../language/languageNames';

type Move = -1 | 1;

/** The languages the reader would rather read a story in, most wanted first: reordered, added and removed here. */
export function PreferredLanguages() {
  const preferences = useLiveQuery(() => readPreferences(db), []);
  const present = useLiveQuery(async () => (await languageCounts(db)).map(({ language }) => language), [], []);
  const list = useRef<HTMLOListElement>(null);
  const addId = useId();
  const { t } = useTranslation();
  // After a move the row is re-rendered elsewhere; the keyboard user's focus follows the language moved.
  const [moved, setMoved] = useState<{ code: string; move: Move } | null>(null);
  useEffect(() => {
    if (!moved || !list.current) return;
    const buttons = list.current.querySelectorAll<HTMLButtonElement>(`[data-language="${CSS.escape(moved.code)}"] button:not(:disabled)`);
    const wanted = [...buttons].find((button) => button.dataset.move === String(moved.move)) ?? buttons[0];
    wanted?.focus();
  }, [moved, preferences]);

  if (!preferences) return null;
  const preferred = preferences.preferredLanguages;
  const addable = languageChoices(present).filter((code) => !preferred.includes(code));

  const move = (index: number, step: Move) => {
    const code = preferred[index];
    const other = preferred[index + step];
    if (code === undefined || other === undefined) return;
    const next = [...preferred];
    next[index] = other;
    next[index + step] = code;
    setMoved({ code, move: step });
    void setPreferredLanguages(db, next);
  };

  return (
    <section className="settings-section" aria-labelledby={`${addId}-title`}>
      <h2 id={`${addId}-title`}>{t('settings.preferred')}</h2>
      <p className="settings-hint">{t('settings.preferredHint')}</p>
      {preferred.length === 0 && <p className="settings-hint">{t('settings.preferredNone')}</p>}
      <ol className="preferred-languages" ref={list} aria-label={t('settings.preferredList')}>
        {preferred.map((code, index) => (
          <li key={code} data-language={code}>
            <span className="language-label">
              <span lang={code}>{ownLanguageName(code)}</span>
              {ownLanguageName(code) !== languageLabel(code) && <span className="muted"> · {languageLabel(code)}</span>}
            </span>
            <button type="button" className="small" data-move="-1" aria-label={t('settings.moveUp', { language: languageName(code) })} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button
              type="button"
              className="small"
              data-move="1"
              aria-label={t('settings.moveDown', { language: languageName(code) })}
              disabled={index === preferred.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="small quiet"
              aria-label={t('settings.removeLanguage', { language: languageName(code) })}
              onClick={() => void setPreferredLanguages(db, preferred.filter((other) => other !== code))}
            >
              {t('settings.remove')}
            </button>
          </li>
        ))}
      </ol>
      <div className="add-language">
        <label htmlFor={addId}>{t('settings.addLanguage')}</label>
        <select
          id={addId}
          value=""
          onChange={(event) => {
            if (event.target.value) void setPreferredLanguages(db, [...preferred, event.target.value]);
          }}
        >
          <option value="">{t('settings.choose')}</option>
          <LanguageOptions codes={addable} />
        </select>
      </div>
    </section>
  );
}
