import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { ParsedArticle } from '../../../shared/model/article';

const original = 'https://www.nguoiduatin.vn/bo-truong-quoc-phong-my-dien-dam-a670059.html';

async function articlesOf(text: string, url = 'https://news.example/feed'): Promise<ParsedArticle[]> {
  const reading = await readFeedDocument({ body: Buffer.from(text), contentType: null, url, fetchedAt: Date.UTC(2025, 0, 1), sanitise: false });
  if (reading.kind !== 'feed') throw new Error(`not read as a feed: ${JSON.stringify(reading)}`);
  return reading.feed.articles;
}

const frenchText =
  '<p>Le secrétaire américain à la Défense et son homologue russe se sont entretenus par téléphone, a rapporté Reuters.</p>' +
  '<p>Moscou et Washington ont donné des versions très différentes de cet appel téléphonique, le premier depuis mars.</p>';

describe('sources the feed declares in its structure, not in the text', () => {
  it('reads dc:source as the original, and a translation from its address', async () => {
    const [article] = await articlesOf(`<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Le Courrier</title><link>https://news.example/</link><language>fr</language>
<item><title>Les ministres se sont entretenus</title><link>https://news.example/a</link><guid>a</guid>
<dc:source>${original}</dc:source><description><![CDATA[${frenchText}]]></description></item>
</channel></rss>`);
    expect(article?.sourceLinks.map((link) => link.url)).toEqual([original]);
    expect(article?.translation).toEqual({ from: 'vi', originalUrl: original });
  });

  it('takes an outlet named in dc:source as a credit', async () => {
    const [article] = await articlesOf(`<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Le Courrier</title><link>https://news.example/</link>
<item><title>Titre</title><link>https://news.example/b</link><dc:source>Reuters</dc:source><description><![CDATA[${frenchText}]]></description></item>
</channel></rss>`);
    expect(article?.credits).toContain('Reuters');
  });

  it('shows an Atom entry’s <source> feed as a source, without calling the entry a translation', async () => {
    const [article] = await articlesOf(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Revue</title><id>urn:revue</id><updated>2024-06-26T08:30:00Z</updated>
<entry><id>urn:e1</id><title>Les ministres</title><updated>2024-06-26T08:30:00Z</updated><link href="https://news.example/e1"/>
<source><id>urn:vn</id><title>Người Đưa Tin</title><link rel="alternate" href="https://www.nguoiduatin.vn/"/></source>
<content type="html"><![CDATA[${frenchText}]]></content></entry></feed>`);
    expect(article?.sourceLinks).toEqual([{ url: 'https://www.nguoiduatin.vn/', label: 'Người Đưa Tin' }]);
    expect(article?.translation).toBeNull();
  });

  it('reads JSON Feed external_url as the original of the item', async () => {
    const [article] = await articlesOf(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Le Courrier',
        language: 'fr',
        items: [{ id: '1', url: 'https://news.example/1', external_url: original, title: 'Les ministres', content_html: frenchText }],
      }),
    );
    expect(article?.url).toBe('https://news.example/1');
    expect(article?.translation).toEqual({ from: 'vi', originalUrl: original });
  });

  it('resolves a relative canonical link against the item, and ignores one that is the item itself', async () => {
    const articles = await articlesOf(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/fr/"><title>Revue</title><id>urn:revue</id><updated>2024-06-26T08:30:00Z</updated>
<entry><id>urn:e1</id><title>Un</title><updated>2024-06-26T08:30:00Z</updated><link href="https://news.example/fr/1"/><link rel="canonical" href="../en/1"/><content type="html"><![CDATA[${frenchText}]]></content></entry>
<entry><id>urn:e2</id><title>Deux</title><updated>2024-06-26T08:30:00Z</updated><link href="https://news.example/fr/2"/><link rel="canonical" href="https://news.example/fr/2"/><content type="html"><![CDATA[${frenchText}]]></content></entry>
</feed>`);
    expect(articles[0]?.sourceLinks.map((link) => link.url)).toEqual(['https://news.example/en/1']);
    expect(articles[1]?.sourceLinks).toEqual([]);
  });
});

describe('declared languages, as feeds write them', () => {
  it('are read as the two-letter primary subtag, whatever the spelling, and "und" as no language', async () => {
    const reading = await readFeedDocument({
      body: Buffer.from(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Mixed</title><link>https://news.example/</link><language>FRE</language>
<item><title>Un</title><link>https://news.example/1</link></item></channel></rss>`),
      contentType: null,
      url: 'https://news.example/feed',
      fetchedAt: Date.UTC(2025, 0, 1),
      sanitise: false,
    });
    expect(reading.kind === 'feed' ? reading.feed.language : reading).toBe('fr');

    const atom = await readFeedDocument({
      body: Buffer.from(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="und"><title>T</title><id>urn:t</id><updated>2024-06-26T08:30:00Z</updated></feed>`),
      contentType: null,
      url: 'https://news.example/atom',
      fetchedAt: Date.UTC(2025, 0, 1),
      sanitise: false,
    });
    expect(atom.kind === 'feed' ? atom.feed.language : atom).toBeNull();
  });
});
