interface LanguageTagProps {
  language: string | null;
  /** The original's language, when the article is a translation. */
  from?: string | null;
}

const names = new Intl.DisplayNames(undefined, { type: 'language' });

function nameOf(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `FR`, or `VI → FR` for a translation; the full names are in the tooltip. */
export function LanguageTag({ language, from }: LanguageTagProps) {
  if (!language) return null;
  const translated = from && from !== language;
  const title = translated ? `${nameOf(language)}, translated from ${nameOf(from)}` : nameOf(language);
  return (
    <span className="lang-tag" title={title} aria-label={title} data-lang={language}>
      {translated ? `${from.toUpperCase()} → ${language.toUpperCase()}` : language.toUpperCase()}
    </span>
  );
}
