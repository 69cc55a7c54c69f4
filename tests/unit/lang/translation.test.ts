import { describe, expect, it } from 'vitest';
import { findTranslation } from '../../../shared/lang/originLanguage';
import { storyKey } from '../../../shared/lang/storyKey';
import { languageFromUrl } from '../../../shared/lang/urlLanguage';
import { urlIdentity } from '../../../shared/lang/urls';

describe('languageFromUrl', () => {
  it.each([
    ['https://example.org/vi/tin-tuc/bai-1', 'vi'],
    ['https://www.example.com/en-us/news/story', 'en'],
    ['https://example.com/pt_BR/noticia', 'pt'],
    ['https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i', 'vi'],
    ['https://fr.news.example/article', 'fr'],
    ['https://www.nguoiduatin.vn/bai-a670059.html', 'vi'],
    ['https://www.asahi.com.jp/articles/1', 'ja'],
    ['https://g1.globo.com.br/noticia', 'pt'],
    ['https://lenta.ru/news/2024/06/25/x/', 'ru'],
    ['https://www.spiegel.de/politik/a-1.html', 'de'],
    ['https://www.ynet.co.il/news/article/abc', 'he'],
    ['https://www.pravda.com.ua/news/2024/06/25/1/', 'uk'],
    ['https://uk.wikipedia.org/wiki/Kyiv', null],
    ['https://example.com/uk-ua/news', 'uk'],
  ])('%s → %s', (url, language) => {
    expect(languageFromUrl(url)).toBe(language);
  });

  it.each([
    'https://www.swissinfo.ch/story',
    'https://www.rtbf.be/article',
    'https://www.cbc.ca/news/canada',
    'https://timesofindia.indiatimes.in/a',
    'https://example.io/post',
    'https://example.tv/clip',
    'https://example.me/x',
    'https://uk.reuters.com/article/x',
    'https://example.com/id/12345',
    'https://www.reuters.com/world/',
    'not a url',
  ])('%s says nothing', (url) => {
    expect(languageFromUrl(url)).toBeNull();
  });
});

describe('findTranslation', () => {
  const original = 'https://www.nguoiduatin.vn/bo-truong-a670059.html';

  it('finds a French article whose source is a Vietnamese page', () => {
    expect(findTranslation({ articleLanguage: 'fr', sourceLinks: [{ url: original, label: null }], alternates: [] })).toEqual({
      from: 'vi',
      originalUrl: original,
    });
  });

  it('prefers the hreflang of the source over its address', () => {
    const url = 'https://news.example.com/story-1';
    expect(findTranslation({ articleLanguage: 'en', sourceLinks: [{ url, label: null }], alternates: [{ language: 'es-MX', url }] })).toEqual({
      from: 'es',
      originalUrl: url,
    });
  });

  it('does not call an article written from a same-language source a translation', () => {
    expect(findTranslation({ articleLanguage: 'vi', sourceLinks: [{ url: original, label: null }], alternates: [] })).toBeNull();
  });

  it('uses a single other-language alternate when there is no source', () => {
    const alternates = [{ language: 'de', url: 'https://example.org/de/a' }];
    expect(findTranslation({ articleLanguage: 'en', sourceLinks: [], alternates })).toEqual({ from: 'de', originalUrl: 'https://example.org/de/a' });
  });

  it('cannot tell the original among several languages', () => {
    const alternates = [
      { language: 'de', url: 'https://example.org/de/a' },
      { language: 'fr', url: 'https://example.org/fr/a' },
    ];
    expect(findTranslation({ articleLanguage: 'en', sourceLinks: [], alternates })).toBeNull();
  });

  it('needs the article language and a source whose language is known', () => {
    expect(findTranslation({ articleLanguage: null, sourceLinks: [{ url: original, label: null }], alternates: [] })).toBeNull();
    expect(findTranslation({ articleLanguage: 'fr', sourceLinks: [{ url: 'https://www.reuters.com/world/x-2024-06-25/', label: null }], alternates: [] })).toBeNull();
  });
});

describe('storyKey', () => {
  const none = { translation: null, sourceLinks: [], alternates: [] };

  it('groups a translation with its original, however the address is written', () => {
    const original = storyKey({ ...none, url: 'https://www.nguoiduatin.vn/bo-truong-a670059.html' });
    const translated = storyKey({
      ...none,
      url: 'https://fr.example.net/secretaire-americain',
      translation: { from: 'vi', originalUrl: 'http://nguoiduatin.vn/bo-truong-a670059.html/?utm_source=fb&utm_medium=social#comments' },
    });
    expect(original).not.toBeNull();
    expect(translated).toBe(original);
  });

  it('groups two rewrites of the same agency story', () => {
    const source = 'https://www.reuters.com/world/europe/talks-2024-06-25/';
    const a = storyKey({ ...none, url: 'https://a.example/1', sourceLinks: [{ url: source, label: 'Reuters' }] });
    const b = storyKey({ ...none, url: 'https://b.example/2', sourceLinks: [{ url: `${source}?utm_campaign=x`, label: null }] });
    expect(a).toBe(b);
  });

  it('does not group articles that merely cite the same home page', () => {
    const a = storyKey({ ...none, url: 'https://a.example/1', sourceLinks: [{ url: 'https://www.reuters.com/', label: null }] });
    const b = storyKey({ ...none, url: 'https://b.example/2', sourceLinks: [{ url: 'https://www.reuters.com/', label: null }] });
    expect(a).not.toBe(b);
  });

  it('groups hreflang siblings that link to each other', () => {
    const en = 'https://example.org/en/story';
    const de = 'https://example.org/de/geschichte';
    expect(storyKey({ ...none, url: en, alternates: [{ language: 'de', url: de }] })).toBe(
      storyKey({ ...none, url: de, alternates: [{ language: 'en', url: en }] }),
    );
  });

  it('keeps unrelated articles apart and has no key without any address', () => {
    expect(storyKey({ ...none, url: 'https://a.example/1' })).not.toBe(storyKey({ ...none, url: 'https://a.example/2' }));
    expect(storyKey({ ...none, url: null })).toBeNull();
  });
});

describe('urlIdentity', () => {
  it('ignores scheme, www, fragment, tracking parameters and trailing slash but keeps real parameters', () => {
    expect(urlIdentity('HTTPS://WWW.Example.com/a/b/?utm_source=x&id=7&fbclid=y#top')).toBe('example.com/a/b?id=7');
    expect(urlIdentity('http://example.com/a/b?id=7')).toBe('example.com/a/b?id=7');
  });
});
