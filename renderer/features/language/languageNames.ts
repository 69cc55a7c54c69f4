import { interfaceLanguage } from '../../i18n';

/** One DisplayNames per language asked for: building one costs more than many look-ups. */
const displayNames = new Map<string, Intl.DisplayNames>();

function namesIn(language: string): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (!names) displayNames.set(language, (names = new Intl.DisplayNames([language], { type: 'language' })));
  return names;
}

/**
 * The language's name in the interface language (`Vietnamese`, `vietnamien`, `Tiếng Việt`), for tooltips and
 * explanations: never in the system's language when the reader chose another for the interface.
 */
export function languageName(code: string): string {
  try {
    return namesIn(interfaceLanguage()).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The interface-language name where it starts a line or stands alone (French writes `vietnamien` mid-sentence). */
export function languageLabel(code: string): string {
  const name = languageName(code);
  return name.charAt(0).toLocaleUpperCase(interfaceLanguage()) + name.slice(1);
}

/** The language's name in itself (`Tiếng Việt`, `Français`), as it labels its view and its versions. */
export function ownLanguageName(code: string): string {
  try {
    const name = namesIn(code).of(code) ?? code;
    // Many languages write their own name in lower case; as a label it starts a line.
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/** Codes in the order of their own names, as a reader scans a list of languages. */
export function byOwnName(a: string, b: string): number {
  return ownLanguageName(a).localeCompare(ownLanguageName(b), interfaceLanguage());
}
