import { useEffect, useId, useState } from 'react';
import { choicesWith } from '../../../shared/model/pollSettings';
import { maxImageChoices, maxTotalChoices, type ImageCacheLimits, type ImageCacheUsage } from '../../../shared/model/imageCache';
import { useTranslation } from '../../i18n';
import { bridge } from '../../ipc/bridge';
import { byteSize } from '../reader/mediaFacts';

/**
 * How much disk the pictures kept for reading offline may take, and how much they take now. The limits live with the
 * pictures, in the main process (they describe this computer's disk, not the reader's database), so they are read
 * from it and sent back to it rather than stored with the other preferences.
 */
export function ImageCacheSettings() {
  const [usage, setUsage] = useState<ImageCacheUsage | null>(null);
  const { t } = useTranslation();

  // Read when the Preferences open, and answered anew by every change: the figure does not tick while the background
  // keeping fills the cache, which a screen reader would otherwise announce again and again.
  useEffect(() => {
    let live = true;
    bridge.invoke('media:usage', {}).then(
      (answer) => live && setUsage(answer),
      (error: unknown) => console.error('Could not read how many pictures are kept', error),
    );
    return () => {
      live = false;
    };
  }, []);

  if (!usage) return null;
  const change = (limits: Partial<ImageCacheLimits>) =>
    void bridge.invoke('media:configure', { ...usage.limits, ...limits }).then(setUsage, (error: unknown) => console.error('Could not set the picture limits', error));
  return (
    <section className="settings-section">
      <h2>{t('images.title')}</h2>
      <p className="settings-hint">{t('images.hint')}</p>
      <LimitRow label={t('images.largestPicture')} choices={maxImageChoices} value={usage.limits.maxImageMegabytes} onChange={(value) => change({ maxImageMegabytes: value })} />
      <LimitRow label={t('images.allPictures')} choices={maxTotalChoices} value={usage.limits.maxTotalMegabytes} onChange={(value) => change({ maxTotalMegabytes: value })} />
      <p className="settings-hint" aria-live="polite">
        {t('images.usage', { count: usage.files, size: byteSize(usage.bytes) })}
      </p>
    </section>
  );
}

/** One limit, in megabytes, from the choices offered (and the value in force, should it be none of them). */
function LimitRow({ label, choices, value, onChange }: { label: string; choices: readonly number[]; value: number; onChange: (value: number) => void }) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="settings-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {choicesWith(choices, value).map((megabytes) => (
          <option key={megabytes} value={megabytes}>
            {t('settings.megabytes', { count: megabytes })}
          </option>
        ))}
      </select>
    </div>
  );
}
