import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import type { BackgroundSettings, QuietHours } from '../../../shared/model/desktop';
import { db } from '../../db/instance';
import { readNotificationSettings, setNotificationSettings } from '../../db/preferences';
import { useTranslation } from '../../i18n';
import { bridge } from '../../ipc/bridge';
import { useDesktopShell } from './useDesktopShell';
import './desktopSettings.css';

/** Notifications and life in the background: settings of the desktop shell, shown only there. */
export function DesktopSettings() {
  const desktop = useDesktopShell();
  if (!desktop) return null;
  return (
    <>
      <NotificationPreferences />
      <BackgroundPreferences />
    </>
  );
}

function NotificationPreferences() {
  const notifyId = useId();
  const quietId = useId();
  const settings = useLiveQuery(() => readNotificationSettings(db), []);
  const { t } = useTranslation();
  if (!settings) return null;
  const setQuiet = (change: Partial<QuietHours>) => void setNotificationSettings(db, { quietHours: { ...settings.quietHours, ...change } });
  return (
    <section className="settings-section">
      <h2>{t('desktop.notifications')}</h2>
      <p className="settings-hint">{t('desktop.notificationsHint')}</p>
      <label className="settings-check" htmlFor={notifyId}>
        <input id={notifyId} type="checkbox" checked={settings.enabled} onChange={(event) => void setNotificationSettings(db, { enabled: event.target.checked })} />{' '}
        {t('desktop.notify')}
      </label>
      <div className="settings-row">
        <label htmlFor={quietId}>
          <input id={quietId} type="checkbox" checked={settings.quietHours.enabled} onChange={(event) => setQuiet({ enabled: event.target.checked })} />{' '}
          {t('desktop.quietHours')}
        </label>
        <TimeOfDay label={t('desktop.quietFrom')} minutes={settings.quietHours.start} onChange={(start) => setQuiet({ start })} />
        <TimeOfDay label={t('desktop.quietUntil')} minutes={settings.quietHours.end} onChange={(end) => setQuiet({ end })} />
      </div>
    </section>
  );
}

/** A time of day as minutes after midnight, in the system's own time field. */
function TimeOfDay({ label, minutes, onChange }: { label: string; minutes: number; onChange: (minutes: number) => void }) {
  const value = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return (
    <label>
      {label}{' '}
      <input
        type="time"
        value={value}
        onChange={(event) => {
          const [hours, mins] = event.target.value.split(':').map(Number);
          if (Number.isInteger(hours) && Number.isInteger(mins)) onChange((hours ?? 0) * 60 + (mins ?? 0));
        }}
      />
    </label>
  );
}

function BackgroundPreferences() {
  const keepId = useId();
  const loginId = useId();
  const [settings, setSettings] = useState<BackgroundSettings | null>(null);
  const { t } = useTranslation();
  const apply = (change?: Partial<BackgroundSettings>) =>
    bridge.invoke('app:background', change ? { change } : {}).then(
      (answer) => setSettings(answer.available ? answer.settings : null),
      (error: unknown) => console.error('Could not change the background settings', error),
    );
  useEffect(() => void apply(), []);
  if (!settings) return null;
  return (
    <section className="settings-section">
      <h2>{t('desktop.background')}</h2>
      <p className="settings-hint">{t('desktop.backgroundHint')}</p>
      <label className="settings-check" htmlFor={keepId}>
        <input id={keepId} type="checkbox" checked={settings.keepRunning === true} onChange={(event) => void apply({ keepRunning: event.target.checked })} />{' '}
        {t('desktop.keepRunningSetting')}
      </label>
      <label className="settings-check" htmlFor={loginId}>
        <input id={loginId} type="checkbox" checked={settings.startAtLogin} onChange={(event) => void apply({ startAtLogin: event.target.checked })} />{' '}
        {t('desktop.startAtLogin')}
      </label>
    </section>
  );
}
