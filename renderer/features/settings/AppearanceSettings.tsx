import { Monitor, Moon, Sun } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { setThemeChoice, useThemeChoice, type ThemeChoice } from '../../app/theme';
import { useTranslation } from '../../i18n';

const choices: ReadonlyArray<{ value: ThemeChoice; label: 'settings.system' | 'settings.light' | 'settings.dark'; icon: ReactNode }> = [
  { value: 'system', label: 'settings.system', icon: <Monitor size={14} aria-hidden="true" /> },
  { value: 'light', label: 'settings.light', icon: <Sun size={14} aria-hidden="true" /> },
  { value: 'dark', label: 'settings.dark', icon: <Moon size={14} aria-hidden="true" /> },
];

/** Light or dark, or as the system is; remembered on this computer. */
export function AppearanceSettings() {
  const id = useId();
  const choice = useThemeChoice();
  const { t } = useTranslation();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.appearance')}</h2>
      <p className="settings-hint" id={`${id}-hint`}>
        {t('settings.appearanceHint')}
      </p>
      <div className="segmented" role="radiogroup" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-hint`}>
        {choices.map(({ value, label, icon }) => (
          <label key={value}>
            <input type="radio" name={`${id}-theme`} value={value} checked={choice === value} onChange={() => setThemeChoice(value)} />
            {icon}
            {t(label)}
          </label>
        ))}
      </div>
    </section>
  );
}
