import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { DocumentReading } from '../../../electron/feeds/parse/documentReading';

const fetchedAt = Date.UTC(2025, 0, 15, 12, 0, 0);

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

const readBody = (body: Uint8Array, contentType: string | null = null): Promise<DocumentReading> =>
  readFeedDocument({ body, contentType, url: 'https://broken.example/feed', fetchedAt, sanitise: false });

async function titlesAndErrors(name: string): Promise<{ titles: string[]; urls: Array<string | null>; errors: string[] }> {
  const reading = await readBody(fixture(name));
  if (reading.kind !== 'feed') throw new Error(`${name}: ${JSON.stringify(reading)}`);
  return { titles: reading.feed.articles.map((article) => article.title), urls: reading.feed.articles.map((article) => article.url), errors: reading.feed.errors };
}

describe('broken feeds, as servers send them', () => {
  it('leaves out only the item with a misspelt closing tag, instead of folding it into the next one', async () => {
    expect(await titlesAndErrors('broken-title-close.xml')).toEqual({
      titles: ['Council meets on Tuesday', 'School fete raises £2,000'],
      urls: ['https://typo.example/council', 'https://typo.example/fete'],
      errors: ['1 of 3 articles were too damaged to read and were left out; the others were kept'],
    });
  });

  it('reads a feed that a PHP warning, in HTML, comes before', async () => {
    expect(await titlesAndErrors('php-warning-before.xml')).toEqual({
      titles: ['Water butts delivered'],
      urls: ['https://allotments.example/water-butts'],
      errors: ['The feed had stray text before the XML began; it was ignored'],
    });
  });
});

describe('what is said about documents that are not feeds', () => {
  it('calls an answer of white space empty', async () => {
    expect(await readBody(Buffer.from('  \r\n\n  '))).toMatchObject({ kind: 'unreadable', error: 'The feed is empty: the address answered with nothing but white space', reason: 'not-a-feed' });
  });

  it('quotes a plain-text answer instead of an XML parser’s complaint', async () => {
    expect(await readBody(fixture('plain-text-answer.txt'))).toMatchObject({
      kind: 'unreadable',
      error: 'Not a feed: the address answered with plain text (“Service Temporarily Unavailable”)',
      reason: 'not-a-feed',
    });
  });

  it('says an RSS document without a <channel> has none, in place of a program error', async () => {
    expect(await readBody(fixture('rss-no-channel.xml'))).toMatchObject({ kind: 'unreadable', error: 'Not a readable feed: the RSS document has no <channel>', reason: 'parse' });
  });

  it('takes an XHTML page for the web page it is, and finds the feed it advertises', async () => {
    expect(await readBody(fixture('page-xhtml.html'))).toEqual({
      kind: 'web-page',
      feeds: [{ url: 'https://broken.example/posts.rss', title: 'Quiet Corner posts', type: 'rss' }],
    });
  });

  it('takes an error page that starts at <head> for a web page, not for XML', async () => {
    const reading = await readBody(Buffer.from('<head><title>404 Not Found</title></head><body><h1>Not Found</h1></body>'));
    expect(reading).toEqual({ kind: 'web-page', feeds: [] });
  });
});
