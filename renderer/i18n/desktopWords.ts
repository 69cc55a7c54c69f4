import { mainPlaceholders, updateWordsInEnglish, type DesktopWords, type PluralWords, type UpdateWord } from '../../shared/model/desktop';
import { interfaceLanguages, type InterfaceLanguage } from './interfaceLanguage';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { vi } from './locales/vi';

const pluralCategories: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
type Counted = 'newArticles' | 'inFeeds' | 'unread';
type Phrase = 'checkingPaused' | 'pauseChecking' | 'resumeChecking' | 'closeQuestion' | 'closeDetail' | 'keepRunning' | 'quit';

// Read from the locales themselves, as the menus' words are: built without a window, every word there in every language.
const locales: Record<InterfaceLanguage, Record<string, string>> = { en: en.desktop, fr: fr.desktop, vi: vi.desktop };
const updateLocales: Record<InterfaceLanguage, Record<UpdateWord, string>> = { en: en.updates, fr: fr.updates, vi: vi.updates };

/**
 * The main process's words in one language of the interface: each counted phrase in every plural form the locale has
 * (i18next's `_one`, `_many`, `_other` keys), its placeholders written `{count}` for main to fill.
 */
export function desktopWordsIn(language: InterfaceLanguage): DesktopWords {
  const words = locales[language];
  const plural = (key: Counted): PluralWords => {
    const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
    for (const category of pluralCategories) {
      const form = words[`${key}_${category}`];
      if (form !== undefined) forms[category] = mainPlaceholders(form);
    }
    return { ...forms, other: mainPlaceholders(words[`${key}_other`] ?? '') };
  };
  const phrase = (key: Phrase) => words[key] ?? '';
  return {
    language,
    newArticles: plural('newArticles'),
    inFeeds: plural('inFeeds'),
    unread: plural('unread'),
    checkingPaused: phrase('checkingPaused'),
    pauseChecking: phrase('pauseChecking'),
    resumeChecking: phrase('resumeChecking'),
    closeQuestion: phrase('closeQuestion'),
    closeDetail: phrase('closeDetail'),
    keepRunning: phrase('keepRunning'),
    quit: phrase('quit'),
    updates: Object.fromEntries(
      (Object.keys(updateWordsInEnglish) as UpdateWord[]).map((word) => [word, mainPlaceholders(updateLocales[language][word])]),
    ) as Record<UpdateWord, string>,
  };
}



interface DesktopWordsBridge {
  invoke(channel: 'app:desktopWords', words: DesktopWords): Promise<unknown>;
}
interface LanguageSource {
  language: string;
  on(event: 'languageChanged', listener: (language: string) => void): void;
  off(event: 'languageChanged', listener: (language: string) => void): void;
}

/** Gives the desktop shell its words now and whenever the interface language changes (see sendMenuWords). */
export function sendDesktopWords(bridge: DesktopWordsBridge, i18n: LanguageSource): () => void {
  const send = (language: string) => {
    const known = interfaceLanguages.find((candidate) => candidate === language) ?? 'en';
    bridge.invoke('app:desktopWords', desktopWordsIn(known)).catch((error: unknown) => console.error('Could not translate the notifications', error));
  };
  send(i18n.language);
  i18n.on('languageChanged', send);
  return () => i18n.off('languageChanged', send);
}
