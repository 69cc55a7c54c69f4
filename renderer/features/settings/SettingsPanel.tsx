import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { AppearanceSettings } from './AppearanceSettings';
import { CheckingSettings } from './CheckingSettings';
import { DesktopSettings } from './DesktopSettings';
import { HiddenLanguages } from './HiddenLanguages';
import { ImageCacheSettings } from './ImageCacheSettings';
import { InterfaceLanguageSettings } from './InterfaceLanguageSettings';
import { PreferredLanguages } from './PreferredLanguages';
import { ReadingSettings } from './ReadingSettings';
import { StorageSettings } from './StorageSettings';
import { SubscriptionSettings } from './SubscriptionSettings';

/** The reader's preferences, in the reading pane's place; Escape or Close gives the pane back. */
export function SettingsPanel() {
  const setSettingsOpen = useUi((state) => state.setSettingsOpen);
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => heading.current?.focus(), []);
  return (
    <main
      className="pane reader settings"
      aria-label={t('settings.title')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setSettingsOpen(false);
      }}
    >
      <div className="settings-body">
        <header className="settings-header">
          <h1 ref={heading} tabIndex={-1}>
            {t('settings.title')}
          </h1>
          <button type="button" onClick={() => setSettingsOpen(false)}>
            {t('common.close')}
          </button>
        </header>
        <AppearanceSettings />
        <InterfaceLanguageSettings />
        <PreferredLanguages />
        <HiddenLanguages />
        <ReadingSettings />
        <CheckingSettings />
        <DesktopSettings />
        <ImageCacheSettings />
        <SubscriptionSettings />
        <StorageSettings />
        <p className="settings-note">{t('settings.note')}</p>
      </div>
    </main>
  );
}
