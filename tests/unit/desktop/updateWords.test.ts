import { describe, expect, it } from 'vitest';
import { englishDesktopWords, fillPhrase, readDesktopWords } from '../../../electron/desktop/desktopWords';
import { desktopWordsIn } from '../../../renderer/i18n/desktopWords';

describe("the updater's words", () => {
  it('reach main in the interface language and are filled with the version there', () => {
    const french = readDesktopWords(desktopWordsIn('fr'));
    if (!french) throw new Error('the French words were refused');
    expect(fillPhrase(french.updates.ready, { version: '0.2.0' })).toBe('Tidings 0.2.0 est prêt');
    expect([french.updates.restartNow, french.updates.later]).toEqual(['Redémarrer maintenant', 'Plus tard']);
    expect(fillPhrase(englishDesktopWords.updates.upToDate, { version: '0.1.0' })).toBe('Tidings 0.1.0 is the latest version');
    const vietnamese = readDesktopWords(desktopWordsIn('vi'));
    expect(vietnamese?.updates.failed).toBe('Không kiểm tra được bản cập nhật');
  });

  it('are refused whole when one is missing, so that main keeps words it has', () => {
    const words = desktopWordsIn('fr');
    const { later: _later, ...partial } = words.updates;
    expect(readDesktopWords({ ...words, updates: partial })).toBeNull();
  });
});
