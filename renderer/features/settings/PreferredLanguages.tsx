import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { db } from '../../db/instance';
import { readPreferences, setPreferredLanguages } from '../../db/preferences';
import { languageCounts } from '../../db/queries';
import { languageChoices } from '../language/knownLanguages';
import { LanguageOptions } from '../language/LanguageOptions';
import { languageName, ownLanguageName } from '../language/languageNames';

type Move = -1 | 1;

/** The languages the reader would rather read a story in, most wanted first: reordered, added and removed here. */
export function PreferredLanguages() {
  const preferences = useLiveQuery(() => readPreferences(db), []);
  const present = useLiveQuery(async () => (await languageCounts(db)).map(({ language }) => language), [], []);
  const list = useRef<HTMLOListElement>(null);
  const addId = useId();
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
      <h2 id={`${addId}-title`}>Preferred languages</h2>
      <p className="settings-hint">A story found in several languages is listed once, in the first of these it exists in; otherwise in its newest version.</p>
      {preferred.length === 0 && <p className="settings-hint">None chosen: the newest version of each story is listed.</p>}
      <ol className="preferred-languages" ref={list} aria-label="Preferred languages, most wanted first">
        {preferred.map((code, index) => (
          <li key={code} data-language={code}>
            <span className="language-label">
              <span lang={code}>{ownLanguageName(code)}</span>
              {ownLanguageName(code) !== languageName(code) && <span className="muted"> · {languageName(code)}</span>}
            </span>
            <button type="button" className="small" data-move="-1" aria-label={`Move ${languageName(code)} up`} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button
              type="button"
              className="small"
              data-move="1"
              aria-label={`Move ${languageName(code)} down`}
              disabled={index === preferred.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="small quiet"
              aria-label={`Remove ${languageName(code)}`}
              onClick={() => void setPreferredLanguages(db, preferred.filter((other) => other !== code))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="add-language">
        <label htmlFor={addId}>Add a language</label>
        <select
          id={addId}
          value=""
          onChange={(event) => {
            if (event.target.value) void setPreferredLanguages(db, [...preferred, event.target.value]);
          }}
        >
          <option value="">Choose…</option>
          <LanguageOptions codes={addable} />
        </select>
      </div>
    </section>
  );
}
