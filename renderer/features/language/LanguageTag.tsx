import { i18n } from '../../i18n';
import { languageName } from './languageNames';

interface LanguageTagProps {
  language: string | null;
  /** The original's language, when the article is a translation. */
  from?: string | null;
  /** 0 to 1, when known: said in the tooltip, so that a doubtful tag can be told from a sure one. */
  confidence?: number | null;
}

/**
 * `FR`, or `VI → FR` for a translation; the full names are in the tooltip. No translation hook: a tag is drawn in every
 * list row, and the pane around it is drawn again when the interface language changes.
 */
export function LanguageTag({ language, from, confidence }: LanguageTagProps) {
  if (!language) return null;
  const translated = from && from !== language;
  const name = translated ? i18n.t('language.translated', { language: languageName(language), from: languageName(from) }) : languageName(language);
  const title = typeof confidence === 'number' && confidence < 0.999 ? i18n.t('language.confidence', { name, percent: Math.round(confidence * 100) }) : name;
  return (
    <span className="lang-tag" title={title} aria-label={name} data-lang={language}>
      {translated ? `${from.toUpperCase()} → ${language.toUpperCase()}` : language.toUpperCase()}
    </span>
  );
}
