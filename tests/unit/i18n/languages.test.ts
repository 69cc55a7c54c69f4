import { afterEach, describe, expect, it } from 'vitest';
import {
  detectInterfaceLanguage,
  interfaceLanguageStorageKey,
  resolveInterfaceLanguage,
  storedInterfaceLanguageChoice,
  storeInterfaceLanguageChoice,
} from '../../../renderer/i18n/interfaceLanguage';
import { chooseInterfaceLanguage, formatDate, formatNumber, i18n, interfaceLanguage, interfaceLanguageChoice } from '../../../renderer/i18n';
import { relativeDate } from '../../../renderer/features/articles/formatDate';
import { byteSize } from '../../../renderer/features/reader/mediaFacts';

/** A Storage as the page has one, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

afterEach(() => chooseInterfaceLanguage('en'));

describe('detecting the interface language', () => {
  it('takes the first system language Tidings is written in', () => {
    expect(detectInterfaceLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(detectInterfaceLanguage(['fr-CA'])).toBe('fr');
    expect(detectInterfaceLanguage(['vi-VN', 'fr'])).toBe('vi');
    expect(detectInterfaceLanguage(['VI'])).toBe('vi');
    expect(detectInterfaceLanguage(['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(detectInterfaceLanguage(['en-GB', 'fr'])).toBe('en');
    expect(detectInterfaceLanguage(['zh_TW'])).toBe('en');
  });

  it('falls back to English, including for no language at all', () => {
    expect(detectInterfaceLanguage(['de-DE', 'ja'])).toBe('en');
    expect(detectInterfaceLanguage([])).toBe('en');
    // Not a prefix match: Filipino is not French.
    expect(detectInterfaceLanguage(['fil-PH'])).toBe('en');
  });

  it('lets the choice in Preferences override the system', () => {
    expect(resolveInterfaceLanguage('system', ['vi-VN'])).toBe('vi');
    expect(resolveInterfaceLanguage('fr', ['vi-VN'])).toBe('fr');
    expect(resolveInterfaceLanguage('en', ['fr-FR'])).toBe('en');
  });
});

describe('remembering the choice', () => {
  it('stores a language and reads it back', () => {
    const store = memoryStorage();
    expect(storedInterfaceLanguageChoice(store)).toBe('system');
    storeInterfaceLanguageChoice('vi', store);
    expect(store.getItem(interfaceLanguageStorageKey)).toBe('vi');
    expect(storedInterfaceLanguageChoice(store)).toBe('vi');
  });

  it('keeps nothing for "system", so the default applies again', () => {
    const store = memoryStorage();
    storeInterfaceLanguageChoice('fr', store);
    storeInterfaceLanguageChoice('system', store);
    expect(store.getItem(interfaceLanguageStorageKey)).toBeNull();
    expect(storedInterfaceLanguageChoice(store)).toBe('system');
  });

  it('reads an unknown or unreadable value as "system"', () => {
    const store = memoryStorage();
    store.setItem(interfaceLanguageStorageKey, 'de');
    expect(storedInterfaceLanguageChoice(store)).toBe('system');
    const broken = { getItem: () => { throw new Error('blocked'); } };
    expect(storedInterfaceLanguageChoice(broken)).toBe('system');
    expect(() => storeInterfaceLanguageChoice('fr', { setItem: () => { throw new Error('full'); }, removeItem: () => undefined })).not.toThrow();
  });
});

describe('switching the interface language', () => {
  it('changes every string at once, and the choice is what Preferences shows', () => {
    chooseInterfaceLanguage('fr');
    expect(interfaceLanguage()).toBe('fr');
    expect(interfaceLanguageChoice()).toBe('fr');
    expect(i18n.t('views.all')).toBe('Tous les articles');
    chooseInterfaceLanguage('vi');
    expect(i18n.t('views.unread')).toBe('Chưa đọc');
    chooseInterfaceLanguage('en');
    expect(i18n.t('views.all')).toBe('All articles');
  });
});

describe('plurals and numbers by language', () => {
  it('uses the English singular for one only', () => {
    chooseInterfaceLanguage('en');
    expect(i18n.t('list.tallyArticles', { count: 0 })).toBe('0 articles');
    expect(i18n.t('list.tallyArticles', { count: 1 })).toBe('1 article');
    expect(i18n.t('list.tallyArticles', { count: 1500 })).toBe('1,500 articles');
    expect(i18n.t('list.markedRead', { count: 21 })).toBe('Marked 21 articles as read');
  });

  it('uses the French singular for 0 and 1, and has a form for a million', () => {
    chooseInterfaceLanguage('fr');
    expect(i18n.t('list.tallyArticles', { count: 0 })).toBe('0 article');
    expect(i18n.t('list.tallyArticles', { count: 1 })).toBe('1 article');
    expect(i18n.t('list.tallyUnread', { count: 2 })).toBe('2 non lus');
    expect(i18n.t('list.tallyStarred', { count: 1 })).toBe('1 favori');
    // French groups digits with a narrow no-break space.
    expect(i18n.t('list.tallyArticles', { count: 1500 })).toBe('1\u202f500 articles');
    expect(i18n.t('list.tallyArticles', { count: 1_000_000 })).toBe('1\u202f000\u202f000 articles');
    expect(i18n.t('reader.commentCount', { count: 1 })).toBe('1 commentaire');
  });

  it('has one form in Vietnamese', () => {
    chooseInterfaceLanguage('vi');
    expect(i18n.t('list.tallyArticles', { count: 1 })).toBe('1 bài viết');
    expect(i18n.t('list.tallyArticles', { count: 1500 })).toBe('1.500 bài viết');
    expect(i18n.t('list.markedRead', { count: 3 })).toBe('Đã đánh dấu 3 bài viết là đã đọc');
  });

  it('formats numbers, dates and sizes in the interface language, not the system one', () => {
    const day = new Date(2025, 2, 3, 9, 0);
    chooseInterfaceLanguage('fr');
    expect(formatNumber(12345.5)).toBe('12\u202f345,5');
    expect(formatDate(day, { day: 'numeric', month: 'long' })).toBe('3 mars');
    expect(byteSize(12_345_678)).toBe('12,3 Mo');
    chooseInterfaceLanguage('vi');
    expect(formatDate(day, { day: 'numeric', month: 'long' })).toMatch(/3 tháng 3/);
    chooseInterfaceLanguage('en');
    expect(formatDate(day, { day: 'numeric', month: 'long' })).toMatch(/March 3/);
    expect(byteSize(12_345_678)).toBe('12.3 MB');
  });

  it('says how long ago in the interface language', () => {
    const at = (dayOfMonth: number, hours: number, minutes = 0) => new Date(2025, 2, dayOfMonth, hours, minutes).getTime();
    const now = at(12, 15, 30);
    chooseInterfaceLanguage('fr');
    expect(relativeDate(now, now)).toBe('à l’instant');
    expect(relativeDate(at(12, 15, 18), now)).toBe('12 min');
    expect(relativeDate(at(11, 9), now)).toBe('hier');
    expect(relativeDate(at(3, 9), now)).toBe('3 mars');
    chooseInterfaceLanguage('vi');
    expect(relativeDate(at(12, 12, 10), now)).toBe('3 giờ');
    expect(relativeDate(at(11, 9), now)).toBe('hôm qua');
  });
});
