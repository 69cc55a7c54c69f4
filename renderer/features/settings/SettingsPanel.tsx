import { useEffect, useRef } from 'react';
import { useUi } from '../../state/store';
import { CheckingSettings } from './CheckingSettings';
import { HiddenLanguages } from './HiddenLanguages';
import { PreferredLanguages } from './PreferredLanguages';
import { ReadingSettings } from './ReadingSettings';

/** The reader's preferences, in the reading pane's place; Escape or Close gives the pane back. */
export function SettingsPanel() {
  const setSettingsOpen = useUi((state) => state.setSettingsOpen);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main
      className="pane reader settings"
      aria-label="Preferences"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setSettingsOpen(false);
      }}
    >
      <div className="settings-body">
        <header className="settings-header">
          <h1 ref={heading} tabIndex={-1}>
            Preferences
          </h1>
          <button type="button" onClick={() => setSettingsOpen(false)}>
            Close
          </button>
        </header>
        <PreferredLanguages />
        <HiddenLanguages />
        <ReadingSettings />
        <CheckingSettings />
        <p className="settings-note">
          A feed that declares the wrong language, or one to check more or less often than the others, is set from its row in
          the sources pane: select it, then choose its language or its interval.
        </p>
      </div>
    </main>
  );
}
