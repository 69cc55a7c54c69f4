import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/feeds/decode/decodeText';
import { liftBodies } from '../../../electron/feeds/parse/liftBodies';
import { readXmlFeed } from '../../../electron/feeds/parse/readXmlFeed';
import { rssFeed, atomFeed } from '../../bench/feeds/syntheticFeeds';

const feedUrl = 'https://lift.example/feed.xml';
const longText = 'Des concerts gratuits et des scènes ouvertes dans toute la ville, du matin au soir. '.repeat(4);

/** What Tidings reads with bodies lifted, and what it reads with every body left to the parser: they must agree. */
async function bothReadings(text: string): Promise<[unknown, unknown]> {
  const read = (liftBodies: boolean) => readXmlFeed(text, feedUrl, { liftBodies }).catch((error: unknown) => ({ failed: String(error) }));
  return Promise.all([read(true), read(false)]);
}

function rss(items: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Lift</title><link>https://lift.example/</link>${items}</channel></rss>`;
}

const fixtures = fileURLToPath(new URL('../../fixtures/feeds/', import.meta.url));
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const xmlFeed = /\.(xml|rss|atom|rdf)$/i;

function xmlFilesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((file) => xmlFeed.test(file) && statSync(file).isFile() && !/\/output\//.test(file));
}

describe('bodies read apart from the XML parser', () => {
  it('takes every long body of an ordinary feed out of the parser’s way, escaped or in CDATA, and reads each as the parser does', async () => {
    expect(liftBodies(rssFeed(50)).bodies).toHaveLength(50);
    expect(liftBodies(atomFeed(50)).bodies).toHaveLength(50);
    const cdata = rss(`<item><guid>1</guid><content:encoded><![CDATA[<p>${longText}</p>]]></content:encoded></item>`);
    expect(liftBodies(cdata).bodies).toEqual([`<p>${longText}</p>`]);
    for (const text of [rssFeed(20), atomFeed(20), cdata]) {
      const [lifted, parsed] = await bothReadings(text);
      expect(lifted).toEqual(parsed);
    }
  });

  it('reads escapes, character references and CDATA together exactly as the parser joins them', async () => {
    const body = `&lt;p class=&quot;a&quot;&gt;${longText} &amp;amp; &#8217;&#x1F600; &apos;x&apos;&lt;/p&gt;\n  <![CDATA[<em>tail</em>]]> end`;
    const text = rss(`<item><guid>1</guid><description>${body}</description></item>`);
    expect(liftBodies(text).bodies).toEqual([`<p class="a">${longText} &amp; ’😀 'x'</p>\n  <em>tail</em> end`]);
    const [lifted, parsed] = await bothReadings(text);
    expect(lifted).toEqual(parsed);
  });

  it('leaves to the parser, and to the repairs after it, a body with an HTML entity or a bare ampersand', async () => {
    const text = rss(`<item><guid>1</guid><description>${longText}&nbsp;fin</description></item><item><guid>2</guid><description>${longText} R&D</description></item>`);
    expect(liftBodies(text).bodies).toEqual([]);
    const feed = await readXmlFeed(text, feedUrl);
    expect(feed.items.map((item) => item.contentHtml)).toEqual([expect.stringMatching(/soir\. \u00a0fin$/), expect.stringMatching(/soir\. {2}R&D$/)]);
  });

  it('never takes markup quoted inside CDATA or a comment for an element', async () => {
    const quoted = `<description>${longText}</description>`;
    const text = rss(
      `<item><guid>1</guid><content:encoded><![CDATA[<pre>${quoted}</pre>]]></content:encoded><!-- ${quoted} --><description>short</description></item>`,
    );
    const { bodies } = liftBodies(text);
    expect(bodies).toEqual([`<pre>${quoted}</pre>`]);
    const [lifted, parsed] = await bothReadings(text);
    expect(lifted).toEqual(parsed);
  });

  it('reads a document that itself holds the characters its tokens are made of as the parser does', async () => {
    const text = rss(`<item><guid>1</guid><description>\uE0000\uE001 ${longText}</description></item>`);
    expect(liftBodies(text).bodies).toEqual([]);
    const [lifted, parsed] = await bothReadings(text);
    expect(lifted).toEqual(parsed);
  });

  it('gives the same reading of every fixture feed, broken ones included', async () => {
    const files = xmlFilesUnder(fixtures);
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const [lifted, parsed] = await bothReadings(decodeText(readFileSync(file), null).text);
      expect(lifted, file).toEqual(parsed);
    }
  });

  const corpusFiles = xmlFilesUnder(corpus);
  const reason = corpusFiles.length > 0 ? '' : ` (skipped: ${corpus} is absent; the shared feed corpus sits beside the repository on development machines)`;
  it.skipIf(corpusFiles.length === 0)(`gives the same reading of every real-world feed in the corpus${reason}`, async () => {
    for (const file of corpusFiles) {
      const [lifted, parsed] = await bothReadings(decodeText(readFileSync(file), null).text);
      expect(lifted, file).toEqual(parsed);
    }
  }, 120_000);
});
