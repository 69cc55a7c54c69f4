import { describe, expect, it, vi } from 'vitest';
import { commandIds } from '../../../shared/commands/commandTable';
import { menuNames, readMenuWords, standardMenuWords } from '../../../shared/commands/menuWords';
import { interfaceLanguages } from '../../../renderer/i18n/interfaceLanguage';
import { en } from '../../../renderer/i18n/locales/en';
import { fr } from '../../../renderer/i18n/locales/fr';
import { vi as vietnamese } from '../../../renderer/i18n/locales/vi';
import { menuWordsIn, sendMenuWords } from '../../../renderer/i18n/menuWords';

const cheatSheetMenus = { en: en.shortcuts.menus, fr: fr.shortcuts.menus, vi: vietnamese.shortcuts.menus };

describe('the menus’ words', () => {
  it.each(interfaceLanguages)('has a word for every command, menu and item of the shell in %s', (language) => {
    const words = menuWordsIn(language);
    for (const id of commandIds) expect(words.commands[id]?.trim(), id).toBeTruthy();
    for (const name of menuNames) expect(words.menus[name]?.trim(), name).toBeTruthy();
    for (const word of standardMenuWords) expect(words.standard[word]?.trim(), word).toBeTruthy();
    expect(readMenuWords(words)).toEqual(words);
  });

  it('is in the language asked for', () => {
    expect(menuWordsIn('fr').commands.refresh).toBe('Tout actualiser');
    expect(menuWordsIn('vi').standard.copy).toBe('Sao chép');
    expect(menuWordsIn('en').menus.file).toBe('&File');
  });

  it.each(interfaceLanguages)('names the menus in %s as the shortcut sheet does, each opened by its own letter', (language) => {
    const { menus, standard } = menuWordsIn(language);
    for (const name of menuNames) expect(menus[name].replace('&', ''), name).toBe(cheatSheetMenus[language][name]);
    const bar = [...Object.values(menus), standard.edit, standard.window];
    const letters = bar.map((name) => /&(.)/u.exec(name)?.[1]?.toLowerCase());
    expect(letters.every(Boolean), bar.join(' ')).toBe(true);
    expect(new Set(letters).size, bar.join(' ')).toBe(bar.length);
    // Other words carry no mnemonic: a lone & would hide a letter's underline or be lost.
    for (const word of [...Object.values(standard).filter((word) => word !== standard.edit && word !== standard.window)]) expect(word).not.toContain('&');
  });
});

describe('sendMenuWords', () => {
  function fakeI18n(language: string) {
    const listeners = new Set<(language: string) => void>();
    return {
      language,
      on: (_event: 'languageChanged', listener: (language: string) => void) => void listeners.add(listener),
      off: (_event: 'languageChanged', listener: (language: string) => void) => void listeners.delete(listener),
      change: (next: string) => listeners.forEach((listener) => listener(next)),
    };
  }

  it('sends the words at once and again when the interface language changes, until stopped', async () => {
    const invoke = vi.fn(async () => ({ applied: true }));
    const i18n = fakeI18n('fr');
    const stop = sendMenuWords({ invoke }, i18n);
    i18n.change('vi');
    stop();
    i18n.change('en');
    expect(invoke.mock.calls).toEqual([
      ['app:menuWords', menuWordsIn('fr')],
      ['app:menuWords', menuWordsIn('vi')],
    ]);
  });

  it('sends English for a language the interface is not written in, and survives a refusal', async () => {
    const invoke = vi.fn(async () => {
      throw new Error('offline');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sendMenuWords({ invoke }, fakeI18n('de'));
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    expect(invoke.mock.calls).toEqual([['app:menuWords', menuWordsIn('en')]]);
    error.mockRestore();
  });
});
