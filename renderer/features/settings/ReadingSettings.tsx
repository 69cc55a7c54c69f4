import { useId } from 'react';
import { useTranslation } from '../../i18n';
import { changeReadingFontSize, readingFontSizes, setReadingFontSize, useReadingFontSize } from '../reader/readingFont';

/** The size of the article text, with a line set at that size to judge it by. */
export function ReadingSettings() {
  const sliderId = useId();
  const sampleId = useId();
  const size = useReadingFontSize();
  const { t } = useTranslation();
  return (
    <section className="settings-section" aria-labelledby={`${sliderId}-heading`}>
      <h2 id={`${sliderId}-heading`}>{t('settings.reading')}</h2>
      <p className="settings-hint">{t('settings.readingHint')}</p>
      <div className="settings-row reading-size">
        <label htmlFor={sliderId}>{t('settings.textSize')}</label>
        <button type="button" className="small step" aria-label={t('settings.smallerText')} title={t('settings.smallerText')} disabled={size <= readingFontSizes.min} onClick={() => changeReadingFontSize(-1)}>
          −
        </button>
        <input
          id={sliderId}
          type="range"
          min={readingFontSizes.min}
          max={readingFontSizes.max}
          step={1}
          value={size}
          aria-valuetext={t('settings.pixels', { count: size })}
          aria-describedby={sampleId}
          onChange={(event) => setReadingFontSize(Number(event.target.value))}
        />
        <button type="button" className="small step" aria-label={t('settings.largerText')} title={t('settings.largerText')} disabled={size >= readingFontSizes.max} onClick={() => changeReadingFontSize(1)}>
          +
        </button>
        <output htmlFor={sliderId} className="reading-size-value">
          {t('settings.px', { count: size })}
        </output>
        {size !== readingFontSizes.standard && (
          <button type="button" className="small" onClick={() => changeReadingFontSize(0)}>
            {t('settings.default')}
          </button>
        )}
      </div>
      <p id={sampleId} className="reading-sample" style={{ fontSize: `${size}px` }}>
        {t('settings.sample')}
      </p>
    </section>
  );
}
