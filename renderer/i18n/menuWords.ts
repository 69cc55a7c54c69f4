import type { MenuName } from '../../shared/commands/commandTable';
import { menuNames, standardMenuWords, type MenuWords, type StandardMenuWord } from '../../shared/commands/menuWords';
import { interfaceLanguages, type InterfaceLanguage } from './interfaceLanguage';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { vi } from './locales/vi';

type LocaleMenuWords = Pick<MenuWords, 'commands'> & { menus: Record<MenuName | StandardMenuWord, string> };

// Read from the locales themselves rather than through i18next: every word is there in every language (the types see
// to it), and this way the words are built without a window.
const locales = { en, fr, vi } as const satisfies Record<InterfaceLanguage, LocaleMenuWords>;

/** The desktop menus' words in one language of the interface. */
export function menuWordsIn(language: InterfaceLanguage): MenuWords {
  const { commands, menus } = locales[language];
  return { commands: { ...commands }, menus: pick(menus, menuNames), standard: pick(menus, standardMenuWords) };
}

function pick<Key extends string>(words: Record<Key, string>, keys: readonly Key[]): Record<Key, string> {
  return Object.fromEntries(keys.map((key) => [key, words[key]])) as Record<Key, string>;
}

/** What of the bridge and of i18next this needs: the window passes its own, a test its fakes. */
interface MenuWordsBridge {
  invoke(channel: 'app:menuWords', words: MenuWords): Promise<unknown>;
}
interface LanguageSource {
  language: string;
  on(event: 'languageChanged', listener: (language: string) => void): void;
  off(event: 'languageChanged', listener: (language: string) => void): void;
}

/**
 * Gives the desktop shell the menus' words now and again whenever the interface language changes: Electron's menus
 * cannot read the window's locales. Under `npm run web` there are no menus, and main answers `applied: false`.
 */
export function sendMenuWords(bridge: MenuWordsBridge, i18n: LanguageSource): () => void {
  const send = (language: string) => {
    const known = interfaceLanguages.find((candidate) => candidate === language) ?? 'en';
    bridge.invoke('app:menuWords', menuWordsIn(known)).catch((error: unknown) => console.error('Could not translate the menus', error));
  };
  send(i18n.language);
  i18n.on('languageChanged', send);
  return () => i18n.off('languageChanged', send);
}
