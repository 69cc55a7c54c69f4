import { interfaceLanguage } from '../../i18n';
import { languageLabel } from './languageNames';

/** Offered even before any article is in them, so a feed can be set to the language it really is in. */
const commonLanguages = ['ar', 'de', 'en', 'es', 'fa', 'fr', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'th', 'tr', 'uk', 'vi', 'zh'];

/** The languages a reader may choose among: the common ones and any others already present, by name in the interface language. */
export function languageChoices(present: readonly (string | null)[]): string[] {
  const codes = new Set([...commonLanguages, ...present.filter((code): code is string => code !== null)]);
  const language = interfaceLanguage();
  return [...codes].sort((a, b) => languageLabel(a).localeCompare(languageLabel(b), language));
}
