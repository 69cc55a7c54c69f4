import { useId } from 'react';
import { chooseInterfaceLanguage, useInterfaceLanguageChoice, useTranslation, type InterfaceLanguageChoice } from '../../i18n';
import { isInterfaceLanguageChoice } from '../../i18n/interfaceLanguage';

// Each language by its own name, whatever the interface is in now: a reader who cannot read it can still find theirs.
const languages: ReadonlyArray<{ value: Exclude<InterfaceLanguageChoice, 'system'>; name: string }> = [
  { value: 'en', name: 'English' },
  { value: 'fr', name: 'Français' },
  { value: 'vi', name: 'Tiếng Việt' },
];

/** The interface's language: the system's, or one chosen here; remembered on this computer, applied at once. */
export function InterfaceLanguageSettings() {
  const id = useId();
  const choice = useInterfaceLanguageChoice();
  const { t } = useTranslation();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.interfaceLanguage')}</h2>
      <p className="settings-hint" id={`${id}-hint`}>
        {t('settings.interfaceLanguageHint')}
      </p>
      <div className="settings-row">
        <select
          aria-labelledby={`${id}-heading`}
          aria-describedby={`${id}-hint`}
          value={choice}
          onChange={(event) => {
            if (isInterfaceLanguageChoice(event.target.value)) chooseInterfaceLanguage(event.target.value);
          }}
        >
          <option value="system">{t('settings.system')}</option>
          {languages.map(({ value, name }) => (
            <option key={value} value={value} lang={value}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
