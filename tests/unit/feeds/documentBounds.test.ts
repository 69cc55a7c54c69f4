import { describe, expect, it } from 'vitest';
import { jsonDepth, markupShape, maxElementDepth } from '../../../electron/feeds/parse/documentBounds';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { DocumentReading } from '../../../electron/feeds/parse/documentReading';
import { feedNestedTo, jsonFeedNestedTo, wideFeed } from '../../fixtures/feeds/hostileMarkup';

const read = (text: string): Promise<DocumentReading> =>
  readFeedDocument({ body: Buffer.from(text), contentType: null, url: 'https://bounds.example/rss', fetchedAt: Date.UTC(2025, 0, 1), sanitise: false });

const titles = (reading: DocumentReading) => (reading.kind === 'feed' ? reading.feed.articles.map((article) => article.title) : reading);

describe('the bounds on a document’s markup, counted before it is parsed', () => {
  it('reads a feed nested exactly as deep as the bound, and refuses one a level deeper', async () => {
    // The channel, the item and its description are three levels inside <rss>.
    expect(titles(await read(feedNestedTo(maxElementDepth - 4)))).toEqual(['Deep']);
    expect(await read(feedNestedTo(maxElementDepth - 3))).toMatchObject({
      kind: 'unreadable',
      error: 'Not a readable feed: its elements are nested more than 256 levels deep',
      reason: 'parse',
    });
  });

  it('reads a feed of a million elements and refuses one of a million and one', async () => {
    // Channel, title, link, item, title, link and description: seven besides the empty ones.
    expect(titles(await read(wideFeed(1_000_000 - 8)))).toEqual(['Deep']);
    expect(await read(wideFeed(1_000_000 - 6))).toMatchObject({ kind: 'unreadable', error: 'Not a readable feed: it has more than 1,000,000 elements', reason: 'parse' });
  }, 30_000);

  it('counts no elements in CDATA, comments, processing instructions or a DOCTYPE, and none behind a “>” in an attribute', () => {
    const text =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY sig "<b>x</b>"> <!ELEMENT rss ANY>]><?xml-stylesheet href="s.xsl"?>' +
      '<rss><channel><title a="1 > 0">T</title><!-- <item><item> --><description><![CDATA[<p><p><p><div>]]></description></channel></rss>';
    expect(markupShape(text)).toEqual({ elements: 4, depth: 3, beyond: null });
  });

  it('lets an end tag close the elements left open inside it, as feeds that paste raw HTML need', async () => {
    // Unclosed <p> and <br> in each of 300 items would nest 600 deep if nothing closed them; rss, channel, item, description, p and br are 6.
    const items = Array.from({ length: 300 }, (_, index) => `<item><title>Story ${index}</title><description><p>Hello<br>world</description></item>`);
    const text = `<?xml version="1.0"?><rss version="2.0"><channel><title>Raw</title>${items.join('\n')}</channel></rss>`;
    expect(markupShape(text)).toMatchObject({ depth: 6, beyond: null });
    expect(titles(await read(text))).toHaveLength(300);
  });

  it('reads a JSON Feed nested exactly as deep as the bound, and refuses one a level deeper', async () => {
    // The feed, its items and the item are three levels.
    expect(titles(await read(jsonFeedNestedTo(maxElementDepth - 3)))).toEqual(['Deep']);
    expect(await read(jsonFeedNestedTo(maxElementDepth - 2))).toMatchObject({
      kind: 'unreadable',
      error: 'Not a readable feed: its JSON is nested more than 256 levels deep',
      reason: 'parse',
    });
  });

  it('takes brackets inside JSON strings, escaped quotes and all, for text', () => {
    const brackets = '[{'.repeat(1_000);
    expect(jsonDepth(`{"a":"${brackets}","b":"say \\"${brackets}\\"","c":"\\\\","d":[1]}`)).toBe(2);
  });
});
