import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/instance';
import { readPreferences, setLanguageHidden } from '../../db/preferences';
import { languageCounts } from '../../db/queries';
import { byOwnName, languageName, ownLanguageName } from '../language/languageNames';

/** Languages the reader does not read: hidden ones leave every list, count and language view until shown again. */
export function HiddenLanguages() {
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
      <h2>Hidden languages</h2>
      <p className="settings-hint">Articles in a hidden language are left out of All articles, Unread and the feeds, and its view is hidden.</p>
      {languages.length === 0 && <p className="settings-hint">No articles with a known language yet.</p>}
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
      Hide <span lang={code}>{ownLanguageName(code)}</span>
      {ownLanguageName(code) !== languageName(code) && <span className="muted"> · {languageName(code)}</span>}
    </label>
  );
}
