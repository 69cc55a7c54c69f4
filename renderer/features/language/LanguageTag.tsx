import { languageName } from './languageNames';

interface LanguageTagProps {
  language: string | null;
  /** The original's language, when the article is a translation. */
  from?: string | null;
}

/** `FR`, or `VI → FR` for a translation; the full names are in the tooltip. */
export function LanguageTag({ language, from }: LanguageTagProps) {
  if (!language) return null;
  const translated = from && from !== language;
  const title = translated ? `${languageName(language)}, translated from ${languageName(from)}` : languageName(language);
  return (
    <span className="lang-tag" title={title} aria-label={title} data-lang={language}>
      {translated ? `${from.toUpperCase()} → ${language.toUpperCase()}` : language.toUpperCase()}
    </span>
  );
}
