import i18next from 'i18next';
import { useSyncExternalStore } from 'react';
import { initReactI18next } from 'react-i18next';
import {
  interfaceLanguageStorageKey,
  isInterfaceLanguageChoice,
  resolveInterfaceLanguage,
  storedInterfaceLanguageChoice,
  storeInterfaceLanguageChoice,
  type InterfaceLanguage,
  type InterfaceLanguageChoice,
} from './interfaceLanguage';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { vi } from './locales/vi';

export { useTranslation } from 'react-i18next';
export type { InterfaceLanguage, InterfaceLanguageChoice } from './interfaceLanguage';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // English is the source of keys: `t('list.nope')` fails to compile.
    resources: { translation: typeof en };
  }
}

export const resources = { en: { translation: en }, fr: { translation: fr }, vi: { translation: vi } } as const;

let choice: InterfaceLanguageChoice = storedInterfaceLanguageChoice();

/**
 * One instance for the window, initialised when this module is first imported: every component that translates
 * imports it, so no label is drawn before the words are there. Synchronous (`initAsync: false`): the words are
 * bundled, nothing is fetched.
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: resolveInterfaceLanguage(choice),
  fallbackLng: 'en',
  initAsync: false,
  // React escapes what it draws; escaping here too would show `&amp;` in feed names.
  interpolation: { escapeValue: false },
});

function markDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
markDocumentLanguage(i18n.language);
i18n.on('languageChanged', markDocumentLanguage);

/** The language the interface is in now. */
export function interfaceLanguage(): InterfaceLanguage {
  const language = i18n.language;
  return language === 'fr' || language === 'vi' ? language : 'en';
}

const choiceListeners = new Set<() => void>();

function apply(next: InterfaceLanguageChoice): void {
  choice = next;
  for (const listener of choiceListeners) listener();
  const language = resolveInterfaceLanguage(next);
  if (language !== i18n.language) void i18n.changeLanguage(language);
}

/** Preferences' choice, remembered in this browser profile; every label follows at once. */
export function chooseInterfaceLanguage(next: InterfaceLanguageChoice): void {
  storeInterfaceLanguageChoice(next);
  apply(next);
}

export function interfaceLanguageChoice(): InterfaceLanguageChoice {
  return choice;
}

export function useInterfaceLanguageChoice(): InterfaceLanguageChoice {
  return useSyncExternalStore(
    (listener) => {
      choiceListeners.add(listener);
      return () => choiceListeners.delete(listener);
    },
    interfaceLanguageChoice,
  );
}

if (typeof window !== 'undefined') {
  // The system's languages changed while following them; or another window of the app chose another language.
  window.addEventListener('languagechange', () => apply(choice));
  window.addEventListener('storage', (event) => {
    if (event.key !== interfaceLanguageStorageKey) return;
    apply(isInterfaceLanguageChoice(event.newValue) ? event.newValue : 'system');
  });
}

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Building a formatter costs far more than using one: each is kept per language and options. */
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, options: object, make: (language: string) => F): F {
  const language = interfaceLanguage();
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make(language)));
  return format as F;
}

/** A number in the interface language's digits and grouping (`1,500`, `1 500`, `1.500`). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', options, (language) => new Intl.NumberFormat(language, options)).format(value);
}

/** A date in the interface language, never in the system's when they differ: a French screen has French dates. */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions): string {
  return cached('date', options, (language) => new Intl.DateTimeFormat(language, options)).format(date);
}

/** `15 min`, `2 h`, `1 day`, in the interface language: shared/model/pollSettings' describeInterval, translated. */
export function formatInterval(minutes: number): string {
  if (minutes < 60) return i18n.t('intervals.minutes', { count: minutes });
  if (minutes < 1440) return i18n.t('intervals.hours', { count: Number((minutes / 60).toFixed(1)) });
  return i18n.t('intervals.days', { count: Number((minutes / 1440).toFixed(1)) });
}
