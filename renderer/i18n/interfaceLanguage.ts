/** The languages the interface is written in. */
export const interfaceLanguages = ['en', 'fr', 'vi'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

/** What Preferences offers: follow the system, or one language whatever the system says. */
export type InterfaceLanguageChoice = 'system' | InterfaceLanguage;

export const interfaceLanguageStorageKey = 'tidings.interfaceLanguage';

/**
 * The interface language for the system's list of languages, in the order the reader ranked them: the first that
 * Tidings is written in wins (`de-CH, fr-CH` gives French), English when none is.
 */
export function detectInterfaceLanguage(languages: readonly string[]): InterfaceLanguage {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const found = interfaceLanguages.find((language) => language === primary);
    if (found) return found;
  }
  return 'en';
}

export function isInterfaceLanguageChoice(value: unknown): value is InterfaceLanguageChoice {
  return value === 'system' || interfaceLanguages.some((language) => language === value);
}

/** localStorage, when this page may use it (it may throw in a locked-down or storage-less context). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function storedInterfaceLanguageChoice(store: Pick<Storage, 'getItem'> | null = storage()): InterfaceLanguageChoice {
  try {
    const stored = store?.getItem(interfaceLanguageStorageKey) ?? null;
    return isInterfaceLanguageChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function storeInterfaceLanguageChoice(choice: InterfaceLanguageChoice, store: Pick<Storage, 'setItem' | 'removeItem'> | null = storage()): void {
  try {
    // Following the system is the default: nothing is kept for it, so a later default would apply.
    if (choice === 'system') store?.removeItem(interfaceLanguageStorageKey);
    else store?.setItem(interfaceLanguageStorageKey, choice);
  } catch {
    // Full or blocked storage: the choice holds for this session.
  }
}

/** The languages the system asks for; none outside a browser (Node 20 has no `navigator`). */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages.length > 0) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

export function resolveInterfaceLanguage(choice: InterfaceLanguageChoice, languages: readonly string[] = systemLanguages()): InterfaceLanguage {
  return choice === 'system' ? detectInterfaceLanguage(languages) : choice;
}
