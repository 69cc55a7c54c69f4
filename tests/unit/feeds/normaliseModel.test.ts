import { describe, expect, it } from 'vitest';
import { normaliseFeed, normaliseFeedChanges, normaliseItems, type NormaliseOptions } from '../../../electron/feeds/normalise/normaliseFeed';
import { emptyFeedDetails, emptyItem, type RawFeed, type RawItem } from '../../../electron/feeds/parse/rawFeed';
import type { FeedDetails, ParsedArticle } from '../../../shared/model/article';
import { plainTextOrNull } from '../../../electron/feeds/normalise/plainText';
import { htmlToLine } from '../../../shared/lang/htmlText';
import { articleDigest } from '../../../shared/util/articleDigest';
import { blankArticle } from '../../fixtures/model/parsedArticle';

const fetchedAt = Date.UTC(2025, 5, 1, 12, 0, 0);
const options: NormaliseOptions = { feedUrl: 'https://kiln.example/feeds/all.xml', fetchedAt, sanitise: false };

function rawFeed(fields: Partial<RawFeed> = {}): RawFeed {
  return {
    format: 'rss',
    title: 'Kiln',
    siteUrl: 'https://kiln.example/',
    language: 'en',
    base: null,
    suggestedIntervalSeconds: null,
    details: emptyFeedDetails(),
    items: [],
    errors: [],
    ...fields,
  };
}

function withDetails(details: Partial<FeedDetails>, fields: Partial<RawFeed> = {}): RawFeed {
  return rawFeed({ details: { ...emptyFeedDetails(), ...details }, ...fields });
}

function article(item: Partial<RawItem>, feed: Partial<RawFeed> = {}, normaliseOptions = options): ParsedArticle {
  const [first] = normaliseItems(rawFeed({ items: [{ ...emptyItem(), guid: 'one', title: 'One', ...item }], ...feed }), normaliseOptions);
  if (!first) throw new Error('no article');
  return first.article;
}

describe('normalising what a feed says of itself', () => {
  it('makes the description, rights and generator plain text, and an empty one null', () => {
    const { details } = normaliseFeed(
      withDetails({ description: '  <p>Pots, glazes &amp; <b>kilns</b>.</p>\n ', rights: '&copy; 2025 <a href="/about">Kiln Co</a>', generator: '<b> </b>' }),
      options,
    );
    expect(details).toMatchObject({ description: 'Pots, glazes & kilns.', rights: '© 2025 Kiln Co', generator: null });
  });

  it('resolves the icon, image, self link and people’s pages against the feed, keeping http(s) only', () => {
    const { details } = normaliseFeed(
      withDetails({
        iconUrl: '/favicon.ico',
        imageUrl: 'javascript:alert(1)',
        selfUrl: 'all.xml',
        authors: [
          { name: 'Mo <i>Clay</i>', email: null, url: 'people/mo' },
          { name: null, email: ' glaze@kiln.example ', url: 'mailto:glaze@kiln.example' },
          { name: '  ', email: null, url: 'ftp://kiln.example/x' },
        ],
      }),
      options,
    );
    expect(details).toMatchObject({
      iconUrl: 'https://kiln.example/favicon.ico',
      imageUrl: null,
      selfUrl: 'https://kiln.example/feeds/all.xml',
      authors: [
        { name: 'Mo Clay', email: null, url: 'https://kiln.example/feeds/people/mo' },
        { name: null, email: 'glaze@kiln.example', url: null },
      ],
    });
  });

  it('resolves against xml:base when the feed has one, and the site for a feed read from a file', () => {
    expect(normaliseFeed(withDetails({ iconUrl: 'icon.png' }, { base: 'https://cdn.kiln.example/static/' }), options).details.iconUrl).toBe(
      'https://cdn.kiln.example/static/icon.png',
    );
    expect(normaliseFeed(withDetails({ iconUrl: 'icon.png' }), { ...options, feedUrl: 'file:///tmp/all.xml' }).details.iconUrl).toBe('https://kiln.example/icon.png');
  });

  it('makes the dates ISO 8601 UTC', () => {
    const { details } = normaliseFeed(withDetails({ updated: 'Sat, 31 May 2025 09:15:00 +0200', published: '2025-05-30', rights: null }), options);
    expect(details).toMatchObject({ updated: '2025-05-31T07:15:00Z', published: '2025-05-30T00:00:00Z' });
    expect(normaliseFeed(withDetails({ updated: 'sometime soon' }), options).details.updated).toBeNull();
  });

  it('makes category terms and labels plain text, keeps the scheme, and drops empty and repeated ones', () => {
    const { details } = normaliseFeed(
      withDetails({
        categories: [
          { term: 'Arts &amp; Crafts', scheme: ' https://kiln.example/topics ', label: '<b>Arts &amp; crafts</b>' },
          { term: ' <i></i> ', scheme: null, label: 'Nothing' },
          { term: 'Arts & Crafts', scheme: 'https://kiln.example/topics', label: null },
          { term: 'glaze', scheme: null, label: 'glaze' },
        ],
      }),
      options,
    );
    expect(details.categories).toEqual([
      { term: 'Arts & Crafts', scheme: 'https://kiln.example/topics', label: 'Arts & crafts' },
      { term: 'glaze', scheme: null, label: null },
    ]);
  });

  it('normalises the details even when every item is stored already', () => {
    const feed = withDetails({ description: '<p>Kiln news</p>' }, { items: [{ ...emptyItem(), guid: 'one', title: 'One' }] });
    const first = normaliseFeedChanges(feed, options, []);
    const again = normaliseFeedChanges(feed, options, first.itemDigests);
    expect(again.feed.articles).toEqual([]);
    expect(again.feed.details.description).toBe('Kiln news');
  });
});

describe('normalising an item’s people, pictures, comments and place', () => {
  it('makes names plain text, shows names (else emails) in the byline, and keeps contributors apart', () => {
    const item = article({
      authors: [
        { name: 'Jos&eacute; <b>Ruiz</b>', email: 'jose@kiln.example', url: '/jose' },
        { name: null, email: 'desk@kiln.example', url: null },
        { name: null, email: null, url: 'javascript:void(0)' },
      ],
      contributors: [{ name: 'Photos: <i>Ana</i>', email: null, url: 'https://ana.example/' }],
    });
    expect(item).toMatchObject({
      author: 'José Ruiz, desk@kiln.example',
      authors: [
        { name: 'José Ruiz', email: 'jose@kiln.example', url: 'https://kiln.example/jose' },
        { name: null, email: 'desk@kiln.example', url: null },
      ],
      contributors: [{ name: 'Photos: Ana', email: null, url: 'https://ana.example/' }],
    });
  });

  it('resolves the picture against the item’s base, and drops one that is no web address', () => {
    expect(article({ imageUrl: 'img/cup.jpg', base: 'https://kiln.example/2025/' }).imageUrl).toBe('https://kiln.example/2025/img/cup.jpg');
    expect(article({ imageUrl: 'data:image/png;base64,AAAA' }).imageUrl).toBeNull();
  });

  it('resolves comment addresses, keeps a whole non-negative count, and drops comments with nothing left', () => {
    expect(article({ comments: { url: '/c/1', count: 3, feedUrl: 'mailto:x@kiln.example' } }).comments).toEqual({ url: 'https://kiln.example/c/1', count: 3, feedUrl: null });
    expect(article({ comments: { url: null, count: 2.5, feedUrl: null } }).comments).toBeNull();
    expect(article({ comments: { url: 'javascript:x()', count: -1, feedUrl: null } }).comments).toBeNull();
    expect(article({ comments: { url: null, count: 0, feedUrl: null } }).comments).toEqual({ url: null, count: 0, feedUrl: null });
  });

  it('keeps a place on Earth and drops one that is not', () => {
    expect(article({ geo: { latitude: 51.5, longitude: -0.12 } }).geo).toEqual({ latitude: 51.5, longitude: -0.12 });
    expect(article({ geo: { latitude: 120, longitude: 45 } }).geo).toBeNull();
    expect(article({ geo: { latitude: Number.NaN, longitude: 45 } }).geo).toBeNull();
  });
});

describe('normalising enclosures', () => {
  it('resolves addresses and drops those a reader cannot fetch', () => {
    const { enclosures } = article({
      enclosures: [
        { url: '/audio/1.mp3', type: 'audio/mpeg', length: 1000, duration: 61 },
        { url: 'javascript:alert(1)', type: 'audio/mpeg', length: null, duration: null },
        { url: 'data:audio/mpeg;base64,AAAA', type: 'audio/mpeg', length: null, duration: null },
      ],
    });
    expect(enclosures).toEqual([{ url: 'https://kiln.example/audio/1.mp3', type: 'audio/mpeg', length: 1000, duration: 61, medium: 'audio', width: null, height: null }]);
  });

  it('infers the medium from the MIME type, keeps a declared one, and keeps duration and size', () => {
    const media = article({
      enclosures: [
        { url: 'https://kiln.example/v.mp4', type: 'Video/MP4', length: null, duration: 12.5, width: 1280, height: 720 },
        { url: 'https://kiln.example/p.jpg', type: 'image/jpeg', length: null, duration: null },
        { url: 'https://kiln.example/m', type: 'image', length: null, duration: null },
        { url: 'https://kiln.example/d.pdf', type: 'application/pdf', length: null, duration: null, medium: 'document' },
        { url: 'https://kiln.example/x.bin', type: 'application/octet-stream', length: -1, duration: null },
        { url: 'https://kiln.example/none', type: null, length: null, duration: null },
      ],
    }).enclosures.map(({ medium, duration, width, height, length }) => ({ medium, duration, width, height, length }));
    expect(media).toEqual([
      { medium: 'video', duration: 12.5, width: 1280, height: 720, length: null },
      { medium: 'image', duration: null, width: null, height: null, length: null },
      { medium: 'image', duration: null, width: null, height: null, length: null },
      { medium: 'document', duration: null, width: null, height: null, length: null },
      { medium: null, duration: null, width: null, height: null, length: null },
      { medium: null, duration: null, width: null, height: null, length: null },
    ]);
  });
});

describe('summary and content', () => {
  it('keeps a summary apart from the content; the list’s excerpt is the summary, the reader’s body the content', () => {
    const items = [{ ...emptyItem(), guid: 'one', title: 'One', summaryHtml: '<p>The short of it.</p>', contentHtml: '<p>The long of it, with every detail.</p>' }];
    const [item] = normaliseFeed(rawFeed({ items }), options).articles;
    expect(item).toMatchObject({ summaryHtml: '<p>The short of it.</p>', contentHtml: '<p>The long of it, with every detail.</p>', excerpt: 'The short of it.' });
  });

  it('shows a summary that is the only body as the content, with no summary apart', () => {
    const [item] = normaliseFeed(rawFeed({ items: [{ ...emptyItem(), guid: 'one', title: 'One', summaryHtml: '<p>Only this.</p>' }] }), options).articles;
    expect(item).toMatchObject({ contentHtml: '<p>Only this.</p>', summaryHtml: null, excerpt: 'Only this.' });
    expect(article({ summaryHtml: '<p>Only this.</p>', contentHtml: '' })).toMatchObject({ contentHtml: '<p>Only this.</p>', summaryHtml: null });
  });

  it('has no summary apart when the summary is the content', () => {
    expect(article({ summaryHtml: '<p>Same.</p>', contentHtml: '<p>Same.</p>' }).summaryHtml).toBeNull();
  });

  it('sanitises the summary too when asked to', () => {
    const item = article({ summaryHtml: '<p>Short<script>x()</script></p>', contentHtml: '<p>Long</p>' }, {}, { ...options, sanitise: true });
    expect(item.summaryHtml).toBe('<p>Short</p>');
  });
});

describe('the digest of an article', () => {
  const base = blankArticle({ id: 'a', title: 'A', contentHtml: '<p>A</p>' });
  const changes: Array<[string, Partial<ParsedArticle>]> = [
    ['summaryHtml', { summaryHtml: '<p>a</p>' }],
    ['authors', { authors: [{ name: 'Ann', email: null, url: null }] }],
    ['an author’s page', { authors: [{ name: null, email: null, url: 'https://ann.example/' }] }],
    ['contributors', { contributors: [{ name: 'Ben', email: null, url: null }] }],
    ['imageUrl', { imageUrl: 'https://kiln.example/a.jpg' }],
    ['comments', { comments: { url: null, count: 1, feedUrl: null } }],
    ['geo', { geo: { latitude: 1, longitude: 2 } }],
    ['an enclosure’s duration', { enclosures: [{ url: 'https://kiln.example/a.mp3', type: null, length: null, duration: 5 }] }],
    ['a category’s scheme', { categories: [{ term: 't', scheme: 's', label: null }] }],
  ];

  it.each(changes)('changes when %s changes', (_name, change) => {
    expect(articleDigest({ ...base, ...change })).not.toBe(articleDigest(base));
  });

  it('tells a stored item from one whose authors changed, so that the change is stored', () => {
    const item = (name: string): RawItem => ({ ...emptyItem(), guid: 'one', title: 'One', contentHtml: '<p>x</p>', authors: [{ name, email: null, url: null }] });
    const first = normaliseFeedChanges(rawFeed({ items: [item('Ann')] }), options, []);
    const next = normaliseFeedChanges(rawFeed({ items: [item('Ann Lee')] }), options, first.itemDigests);
    expect(next.itemDigests).not.toEqual(first.itemDigests);
    expect(next.feed.articles.map((parsed) => parsed.authors)).toEqual([[{ name: 'Ann Lee', email: null, url: null }]]);
  });
});

describe('plain text of a short field', () => {
  it('is what the full scan gives, whether or not the text needed it', () => {
    const samples = ['Auteur 3', 'José Ruiz', ' leading', 'trailing ', 'two  spaces', 'tab\there', 'a&amp;b', '<b>Ana</b>', 'x]]>', 'nbsp\u00a0here', 'thin\u2009space', '', '   ', '日本語 テキスト'];
    for (const sample of samples) expect(plainTextOrNull(sample), sample).toBe(htmlToLine(sample) || null);
  });
});
