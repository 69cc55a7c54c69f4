const inReadersLanguage = new Intl.DisplayNames(undefined, { type: 'language' });

/** The language's name in the reader's own language (`Vietnamese`), for tooltips and explanations. */
export function languageName(code: string): string {
  try {
    return inReadersLanguage.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The language's name in itself (`Tiếng Việt`, `Français`), as it labels its view and its versions. */
export function ownLanguageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    // Many languages write their own name in lower case; as a label it starts a line.
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/** Codes in the order of their own names, as a reader scans a list of languages. */
export function byOwnName(a: string, b: string): number {
  return ownLanguageName(a).localeCompare(ownLanguageName(b));
}
