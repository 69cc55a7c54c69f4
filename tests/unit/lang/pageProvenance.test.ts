import { describe, expect, it } from 'vitest';
import { provenanceOf } from '../../../renderer/features/reader/provenance';
import type { ArticleRecord, BodyRecord } from '../../../renderer/db/records';
import { pageProvenance } from '../../../shared/lang/pageProvenance';

// What an article's own page adds to its provenance once its full text is read: only what the feed did not say.

const page = { url: 'https://gazette.example/2024/06/ferry', language: 'en', canonicalUrl: 'https://gazette.example/2024/06/ferry', siteName: 'Harbour Gazette' };
const article = { url: 'https://gazette.example/2024/06/ferry', language: 'en' };

describe('pageProvenance', () => {
  it('says nothing when the page only repeats the feed: its own address, its own name, its language', () => {
    expect(pageProvenance(page, article, 'Harbour Gazette')).toBeNull();
    expect(pageProvenance({ ...page, siteName: 'harbour-gazette' }, article, 'Harbour Gazette')).toBeNull();
  });

  it('names the site when it is not the feed’s name, as for an aggregator', () => {
    expect(pageProvenance(page, { ...article, url: 'https://news.aggregator.example/r/123' }, 'All the News')).toEqual({
      canonicalUrl: 'https://gazette.example/2024/06/ferry',
      siteName: 'Harbour Gazette',
      language: null,
      translation: null,
    });
  });

  it('takes a canonical address in another language for the original of a translation', () => {
    const translated = {
      url: 'https://www.example-news.com/en/politics/why-macron_456.html',
      language: 'en',
      canonicalUrl: 'https://www.example-news.com/fr/politique/dissolution_123.html',
      siteName: 'Example News in English',
    };
    expect(pageProvenance(translated, { url: translated.url, language: 'en' }, 'Example News in English')).toEqual({
      canonicalUrl: 'https://www.example-news.com/fr/politique/dissolution_123.html',
      siteName: null,
      language: null,
      translation: { from: 'fr', originalUrl: 'https://www.example-news.com/fr/politique/dissolution_123.html' },
    });
  });

  it('gives the page’s language when the article was taken to be in another', () => {
    expect(pageProvenance({ ...page, language: 'fr' }, article, 'Harbour Gazette')).toEqual({ canonicalUrl: null, siteName: null, language: 'fr', translation: null });
  });
});

describe('provenanceOf, with a full text stored', () => {
  const row = { url: 'https://www.example-news.com/en/politics/why-macron_456.html', language: 'en', translationFrom: null, author: null } as Pick<ArticleRecord, 'url' | 'language' | 'translationFrom' | 'author'>;
  const body = { sourceLinks: [], translation: null, credits: [] } as Pick<BodyRecord, 'sourceLinks' | 'translation' | 'credits'>;
  const fullText = {
    html: '<p>…</p>',
    url: row.url,
    fetchedAt: 0,
    language: 'en',
    canonicalUrl: 'https://www.example-news.com/fr/politique/dissolution_123.html',
    siteName: 'Example News in English',
  };

  it('takes the page’s original for the article’s when the feed named none', () => {
    const provenance = provenanceOf(row as ArticleRecord, { ...body, fullText } as BodyRecord, 'World Desk');
    expect(provenance).toMatchObject({ original: fullText.canonicalUrl, originalLanguage: 'fr', page: { siteName: 'Example News in English' } });
  });

  it('shows no box for a page that says nothing the feed did not', () => {
    const plain = { ...fullText, canonicalUrl: row.url, siteName: 'World Desk' };
    expect(provenanceOf(row as ArticleRecord, { ...body, fullText: plain } as BodyRecord, 'World Desk')).toBeNull();
  });
});

