import { describe, expect, it } from 'vitest';
import { commandIds } from '../../../shared/commands/commandTable';
import { en } from '../../../renderer/i18n/locales/en';
import { fr } from '../../../renderer/i18n/locales/fr';
import { vi } from '../../../renderer/i18n/locales/vi';

type Tree = { readonly [key: string]: string | Tree };

/** Every key as a dotted path, with its text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

/** A plural's base key (`list.tallyArticles`) for its forms; other keys as they are. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((match) => match[1]).sort();

const english = leaves(en);
const french = leaves(fr);
const vietnamese = leaves(vi);

describe('the interface words', () => {
  // The types make a missing key a compile error; this holds even for a file edited without type-checking.
  it('has every English key in French and Vietnamese, by its base for plurals', () => {
    for (const [name, translation] of [['fr', french], ['vi', vietnamese]] as const) {
      const bases = new Set([...translation.keys()].map(base));
      const missing = [...english.keys()].map(base).filter((key) => !bases.has(key));
      expect(missing, name).toEqual([]);
      const extra = [...bases].filter((key) => !new Set([...english.keys()].map(base)).has(key));
      expect(extra, name).toEqual([]);
    }
  });

  it('gives French every plural form CLDR asks for, and Vietnamese only `other`', () => {
    for (const key of english.keys()) {
      if (!key.endsWith('_other')) continue;
      const stem = key.slice(0, -'_other'.length);
      expect([french.has(`${stem}_one`), french.has(`${stem}_many`), french.has(`${stem}_other`)], stem).toEqual([true, true, true]);
      expect([vietnamese.has(`${stem}_one`), vietnamese.has(`${stem}_other`)], stem).toEqual([false, true]);
    }
  });

  it('keeps the same placeholders in every language', () => {
    for (const [key, text] of english) {
      for (const [name, translation] of [['fr', french], ['vi', vietnamese]] as const) {
        for (const [other, translated] of translation) {
          if (base(other) === base(key)) expect(placeholders(translated), `${name} ${other}`).toEqual(placeholders(text));
        }
      }
    }
  });

  it('leaves no text empty or untranslated by accident', () => {
    for (const [key, text] of [...french, ...vietnamese]) expect(text.trim(), key).not.toBe('');
    // The same in French as in English on purpose: abbreviations, names, and words both languages share.
    const shared = new Set([
      ...['common.loading', 'time.minutes', 'time.hours', 'list.region', 'reader.toolbar', 'provenance.box', 'provenance.source', 'provenance.original'],
      ...['list.tallyArticles_one', 'list.tallyArticles_other', 'language.versionTitle', 'shortcuts.withKey', 'shortcuts.groups.app', 'shortcuts.menus.article'],
      ...['reader.fileKinds.audio', 'reader.fileKinds.image', 'reader.fileKinds.document', 'sources.pane', 'sources.countArticles_one', 'sources.countArticles_other'],
      ...['intervals.minutes', 'intervals.hours', 'settings.pixels', 'settings.px'],
      ...['opml.factSeparator', 'opml.sentenceEnd'],
      ...['health.columns.actions', 'health.kinds.dns', 'health.kinds.tls', 'health.kinds.http'],
      ...['menus.services', 'menus.zoom'],
      ...['desktop.notifications', 'mainMessages.verbatim', 'updates.ok'],
    ]);
    const untranslated = [...english].filter(([key, text]) => french.get(key) === text && !shared.has(key)).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('names every command of the table', () => {
    for (const id of commandIds) {
      for (const words of [english, french, vietnamese]) expect(words.get(`commands.${id}`), id).toBeTruthy();
    }
  });

  it('writes Vietnamese with its diacritics', () => {
    expect(vi.views.all).toBe('Tất cả bài viết');
    expect(vi.list.filterUnread).toBe('Chưa đọc');
  });
});
