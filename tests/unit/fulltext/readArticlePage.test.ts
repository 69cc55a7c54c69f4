import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticlePage, type FetchedPage } from '../../../electron/fulltext/readArticlePage';
import type { FullTextAnswer } from '../../../shared/model/fullText';

// The readable article of a page, by Readability over linkedom, with what the page says of its language and origin.

function page(name: string, url: string, contentType = 'text/html; charset=utf-8'): FetchedPage {
  return { body: readFileSync(new URL(`../../fixtures/fulltext/${name}`, import.meta.url)), contentType, url };
}

function extracted(answer: FullTextAnswer): Extract<FullTextAnswer, { kind: 'extracted' }> {
  if (answer.kind !== 'extracted') throw new Error(`no article: ${answer.reason} (${answer.detail})`);
  return answer;
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a news page with its furniture', () => {
  const answer = extracted(readArticlePage(page('news-article.html', 'https://gazette.example/2024/06/ferry-timetable?utm_source=rss')));

  it('keeps every paragraph of the story, its picture and its links', () => {
    const words = text(answer.html);
    for (const phrase of ['twenty minutes earlier', 'nine hundred residents', 'nobody has to run for it', 'cafeteria on the upper deck', 'review its prices', 'noticeboards at both piers']) {
      expect(words).toContain(phrase);
    }
    expect(answer.html).toMatch(/<img[^>]+ferry/);
    expect(answer.textLength).toBeGreaterThan(1000);
  });

  it('leaves out the navigation, the cookie banner, the ads, the related stories, the comments and the footer', () => {
    const words = text(answer.html);
    for (const junk of ['Accept all cookies', 'Advertisement', 'Related headline', 'Commenter opinion', 'All rights reserved', 'Newsletters']) {
      expect(words).not.toContain(junk);
    }
    expect(answer.html).not.toMatch(/<script|<iframe|<style|<form/i);
  });

  it('makes every address absolute against the page', () => {
    expect(answer.html).toContain('src="https://gazette.example/images/ferry.jpg"');
    expect(answer.html).toContain('https://gazette.example/images/ferry-640.jpg 640w');
    expect(answer.html).toContain('href="https://gazette.example/2024/timetables/summer.pdf"');
    expect(answer.html).toContain('href="https://gazette.example/contact"');
  });

  it('reads the page’s language, canonical address and site', () => {
    expect(answer).toMatchObject({
      url: 'https://gazette.example/2024/06/ferry-timetable?utm_source=rss',
      language: 'en',
      canonicalUrl: 'https://gazette.example/2024/06/ferry-timetable',
      siteName: 'Harbour Gazette',
    });
  });
});

describe('what a page says of itself', () => {
  it('gives the translated page’s own language, its canonical address on the original’s site, and its site’s name', () => {
    const answer = extracted(readArticlePage(page('translated-page.html', 'https://feeds.example/redirect/why-macron')));
    expect(answer).toMatchObject({
      language: 'en',
      canonicalUrl: 'https://www.lemonde.fr/en/politics/article/2024/06/10/why-macron-dissolved_456.html',
      siteName: 'Le Monde in English',
    });
    expect(text(answer.html)).toContain('snap elections');
  });

  it('falls back on og:locale for the language, and resolves against <base href>', () => {
    const answer = extracted(readArticlePage(page('og-locale-base.html', 'https://cuts.example/vi/ca-phe')));
    expect(answer.language).toBe('vi');
    expect(answer.siteName).toBe('Tin Cà Phê');
    expect(answer.canonicalUrl).toBe('https://cdn.cuts.example/vi/ca-phe-tang-gia');
    expect(answer.html).toContain('src="https://cdn.cuts.example/vi/2024/anh/ca-phe.jpg"');
    expect(answer.html).toContain('href="https://cdn.cuts.example/vi/2024/bai-lien-quan.html"');
  });

  it('decodes the page in the charset its server names', () => {
    const html = `<html lang="fr"><body><article><h1>Été</h1><p>${'Un été très chaud a frappé la région, selon Météo-France. '.repeat(6)}</p></article></body></html>`;
    const answer = extracted(readArticlePage({ body: Buffer.from(html, 'latin1'), contentType: 'text/html; charset=iso-8859-1', url: 'https://meteo.example/ete' }));
    expect(text(answer.html)).toContain('Un été très chaud');
    expect(answer.language).toBe('fr');
  });
});

describe('pages with no article', () => {
  it('says so for a paywall', () => {
    expect(readArticlePage(page('paywall.html', 'https://paper.example/story'))).toMatchObject({ kind: 'failed', reason: 'no-article' });
  });

  it('says so for something that is no web page', () => {
    const json = { body: Buffer.from('{"id": 1, "text": "not a page"}'), contentType: 'text/plain', url: 'https://api.example/1' };
    expect(readArticlePage(json)).toMatchObject({ kind: 'failed', reason: 'not-a-page' });
    expect(readArticlePage({ ...json, body: Buffer.alloc(0) })).toMatchObject({ kind: 'failed', reason: 'not-a-page' });
  });

  it('gives up on a page too large to walk rather than hold the worker', () => {
    const cells = '<span>x</span>'.repeat(70_000);
    const answer = readArticlePage({ body: Buffer.from(`<html><body><p>${cells}</p></body></html>`), contentType: 'text/html', url: 'https://big.example/' });
    expect(answer).toMatchObject({ kind: 'failed', reason: 'unreadable' });
  });
});
