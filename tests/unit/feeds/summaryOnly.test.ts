import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsTruncated, isSummaryFeed, isSummaryOnly, summarySigns } from '../../../shared/model/summaryOnly';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { ParsedFeed } from '../../../shared/model/article';
import { blankArticle } from '../../fixtures/model/parsedArticle';

// Whether a feed carries only summaries, judged from the feed alone: no page is fetched to compare.

const fetchedAt = Date.UTC(2024, 6, 1);

async function read(path: string, type = 'application/xml'): Promise<ParsedFeed> {
  const body = readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
  const reading = await readFeedDocument({ body, contentType: type, url: `https://feeds.example/${path}`, fetchedAt, sanitise: false });
  if (reading.kind !== 'feed') throw new Error(`${path}: ${JSON.stringify(reading)}`);
  return reading.feed;
}

const verdicts = (feed: ParsedFeed) => Object.fromEntries(feed.articles.map((article) => [article.title, article.summaryOnly]));

describe('feeds judged from their items', () => {
  it('marks every item of a feed of summaries, cut or merely short, and the feed itself', async () => {
    const feed = await read('fulltext/summary-news.xml');
    expect(feed.summaryOnly).toBe(true);
    expect(verdicts(feed)).toEqual({
      'Ferry timetable changes from Monday': true,
      'Council approves new cycle lanes': true,
      'Lighthouse opens to visitors': true,
      'Fish market moves indoors': true,
    });
  });

  it('leaves whole posts alone, a short note included, but marks the one cut at its "more" tag', async () => {
    const feed = await read('fulltext/whole-articles.xml');
    expect(feed.summaryOnly).toBe(false);
    expect(verdicts(feed)).toEqual({
      'A long essay on tides': false,
      // "Read more:" followed by another story's title is a link onwards, not a cut.
      'Notes from the archive': false,
      'Quick note: office closed': false,
      'A post cut at its more tag': true,
      'The harbour in winter': false,
    });
  });

  it('reads the closing links of six languages and WordPress’s cut excerpt', async () => {
    const feed = await read('fulltext/multilingual-cuts.xml');
    expect(feed.summaryOnly).toBe(true);
    expect(feed.articles.map((article) => [article.language, article.summaryOnly])).toEqual([
      ['fr', true],
      ['vi', true],
      ['de', true],
      ['es', true],
      ['ja', true],
      ['en', true],
    ]);
  });

  it('never takes a podcast’s episodes for summaries: the episode is the audio', async () => {
    const feed = await read('feeds/model/rss-podcast-itunes.xml');
    expect(feed.summaryOnly).toBe(false);
    expect(feed.articles.filter((article) => article.enclosures.length > 0).every((article) => article.summaryOnly === false)).toBe(true);
  });

  it('never takes untitled posts (a microblog) for summaries: the post is the whole of its page', async () => {
    const feed = await read('feeds/json/microblog-1.0.json', 'application/feed+json');
    expect(feed.summaryOnly).toBe(false);
    expect(feed.articles.every((article) => article.summaryOnly === false)).toBe(true);
  });
});

describe('endsTruncated', () => {
  it.each([
    ['<p>Opening.</p><p><a href="/x">Read more</a></p>'],
    ['<p>Opening.</p><p><a href="/x">Read More »</a></p>'],
    ['<p>Opening.</p><a href="/x">[Continue reading…]</a>'],
    ['<p>Opening. <a href="/x">(more…)</a></p>'],
    ['<p>Ouverture.</p><p><a href="/x">→ Lire la suite</a></p>'],
    ['<p>Mở đầu.</p><p><a href="/x">Đọc tiếp</a></p>'],
    ['<p>Anfang.</p><p><a href="/x">Weiterlesen</a></p>'],
    ['<p>冒頭。</p><p><a href="/x">続きを読む</a></p>'],
    ['<p>Opening.</p><p><a href="/x">Continue reading<span> “The title”</span></a></p>'],
    ['<p>Opening and then the cut […]</p>'],
    ['<p>Opening and then the cut [...]</p>'],
    ['<p>Opening and then…</p>'],
    ['<p>Opening.</p><p>Continue reading →</p>'],
  ])('finds the cut in %s', (html) => expect(endsTruncated(html)).toBe(true));

  it.each([
    ['<p>A whole paragraph that ends like any other.</p>'],
    ['<p>A whole article.</p><p>Read more: <a href="/y">how the vote went last spring</a></p>'],
    ['<p>A whole article.</p><p><a href="/y">Read more about the harbour’s long history of floods and repairs</a></p>'],
    ['<p>On verra la suite.</p>'],
    ['<p>Source: <a href="https://agency.example/">Agency</a></p>'],
    ['<p>Continuare a leggere.</p>'],
  ])('finds none in %s', (html) => expect(endsTruncated(html)).toBe(false));
});

describe('summarySigns and the verdict', () => {
  const long = `<p>${'Words of a whole article, one after another. '.repeat(20)}</p>`;

  it('calls short only what has under 500 characters of text', () => {
    const article = blankArticle({ url: 'https://a.example/1', contentHtml: long });
    expect(summarySigns(article, 'Title')).toEqual({ eligible: true, short: false, truncated: false });
    expect(summarySigns({ ...article, contentHtml: '<p>Short.</p>' }, 'Title')).toEqual({ eligible: true, short: true, truncated: false });
    expect(summarySigns({ ...article, contentHtml: '' }, 'Title')).toEqual({ eligible: true, short: true, truncated: false });
  });

  it('leaves out items without a page or a title, and episodes', () => {
    const article = blankArticle({ url: 'https://a.example/1', contentHtml: '<p>Short.</p>' });
    expect(summarySigns({ ...article, url: null }, 'Title').eligible).toBe(false);
    expect(summarySigns(article, null).eligible).toBe(false);
    expect(summarySigns(article, '  ').eligible).toBe(false);
    const episode = { ...article, enclosures: [{ url: 'https://a.example/1.mp3', type: 'audio/mpeg', length: null, duration: null, medium: 'audio' as const }] };
    expect(summarySigns(episode, 'Episode 1').eligible).toBe(false);
  });

  it('takes a feed for one of summaries when most of its eligible items look like summaries, and it has enough of them', () => {
    const short = { eligible: true, short: true, truncated: false };
    const whole = { eligible: true, short: false, truncated: false };
    const other = { eligible: false, short: false, truncated: false };
    const cut = { eligible: true, short: true, truncated: true };
    expect(isSummaryFeed([short, short, whole])).toBe(true);
    expect(isSummaryFeed([short, short, whole, whole])).toBe(false);
    // Too few items to judge by length alone, unless one of them was cut.
    expect(isSummaryFeed([short, short, other])).toBe(false);
    expect(isSummaryFeed([short, cut])).toBe(true);
    expect(isSummaryFeed([other])).toBe(false);
    expect(isSummaryFeed([])).toBe(false);
    // A cut decides alone; shortness only in a feed of summaries.
    expect(isSummaryOnly({ eligible: true, short: false, truncated: true }, false)).toBe(true);
    expect(isSummaryOnly(short, false)).toBe(false);
    expect(isSummaryOnly(short, true)).toBe(true);
    expect(isSummaryOnly(whole, true)).toBe(false);
  });
});
