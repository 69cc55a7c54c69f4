import { useId } from 'react';
import { changeReadingFontSize, readingFontSizes, setReadingFontSize, useReadingFontSize } from '../reader/readingFont';

/** The size of the article text, with a line set at that size to judge it by. */
export function ReadingSettings() {
  const sliderId = useId();
  const sampleId = useId();
  const size = useReadingFontSize();
  return (
    <section className="settings-section" aria-labelledby={`${sliderId}-heading`}>
      <h2 id={`${sliderId}-heading`}>Reading</h2>
      <p className="settings-hint">The size of the article text in the reading pane, remembered on this computer. Zooming (in the View menu) enlarges the whole window instead.</p>
      <div className="settings-row reading-size">
        <label htmlFor={sliderId}>Text size</label>
        <button type="button" className="small step" aria-label="Smaller text" title="Smaller text" disabled={size <= readingFontSizes.min} onClick={() => changeReadingFontSize(-1)}>
          −
        </button>
        <input
          id={sliderId}
          type="range"
          min={readingFontSizes.min}
          max={readingFontSizes.max}
          step={1}
          value={size}
          aria-valuetext={`${size} pixels`}
          aria-describedby={sampleId}
          onChange={(event) => setReadingFontSize(Number(event.target.value))}
        />
        <button type="button" className="small step" aria-label="Larger text" title="Larger text" disabled={size >= readingFontSizes.max} onClick={() => changeReadingFontSize(1)}>
          +
        </button>
        <output htmlFor={sliderId} className="reading-size-value">
          {size} px
        </output>
        {size !== readingFontSizes.standard && (
          <button type="button" className="small" onClick={() => changeReadingFontSize(0)}>
            Default
          </button>
        )}
      </div>
      <p id={sampleId} className="reading-sample" style={{ fontSize: `${size}px` }}>
        Articles are shown at this size: the quick brown fox jumps over the lazy dog.
      </p>
    </section>
  );
}
