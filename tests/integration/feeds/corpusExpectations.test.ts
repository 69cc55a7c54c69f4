import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { DocumentReading } from '../../../electron/feeds/parse/documentReading';
import type { ParsedArticle, ParsedFeed } from '../../../shared/model/article';

// Real feeds saved by other projects, beside the repository; absent on machines without ../shared. What is checked
// here is written from reading those feeds and what NetNewsWire's own tests say of them (EXPECTATIONS.md there).
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const present = existsSync(join(corpus, 'netnewswire', 'Resources'));
const reason = present ? '' : `skipped: ${corpus} is absent (the shared feed corpus sits beside the repository on development machines)`;

const fetchedAt = Date.UTC(2026, 0, 1);

async function reading(path: string, url: string, sanitise = false): Promise<DocumentReading> {
  return readFeedDocument({ body: readFileSync(join(corpus, path)), contentType: null, url, fetchedAt, sanitise });
}

async function feed(path: string, url = 'https://corpus.example/feed', sanitise = false): Promise<ParsedFeed> {
  const result = await reading(path, url, sanitise);
  if (result.kind !== 'feed') throw new Error(`${path}: ${JSON.stringify(result)}`);
  return result.feed;
}

const nnw = (name: string): string => `netnewswire/Resources/${name}`;

function titled(articles: ParsedArticle[], title: string): ParsedArticle {
  const article = articles.find((candidate) => candidate.title === title);
  if (!article) throw new Error(`no article titled “${title}”`);
  return article;
}

describe.skipIf(!present)(`NetNewsWire’s fixtures, read as NetNewsWire’s tests expect ${reason}`, () => {
  it('tells web pages, Atom under an .rss name, and a cut-off JSON Feed apart', async () => {
    for (const page of ['DaringFireball.html', 'furbo.html', 'inessential.html', 'sixcolors.html']) {
      expect((await reading(nnw(page), 'https://corpus.example/')).kind, page).toBe('web-page');
    }
    const atom = await feed(nnw('DaringFireball.rss'), 'https://daringfireball.net/feeds/main');
    expect(atom.articles.every((article) => article.id.startsWith('tag:daringfireball.net,'))).toBe(true);
    expect((await reading(nnw('allthis-partial.json'), 'https://leancrew.com/all-this/feed.json')).kind).toBe('unreadable');
  });

  it('counts the items of RSS and JSON feeds', async () => {
    const counts: Array<[string, number]> = [
      ['natasha.xml', 10],
      ['bio.rdf', 30],
      ['allthis.json', 12],
      ['curt.json', 26],
      ['pxlnv.json', 20],
      ['rose.json', 84],
      ['3960.json', 20],
      ['authors.json', 4],
    ];
    for (const [name, count] of counts) expect((await feed(nnw(name))).articles, name).toHaveLength(count);
  });

  it('reads the RDF feed’s channel, and takes rdf:about for each item’s address and id', async () => {
    const bio = await feed(nnw('bio.rdf'), 'http://biorxiv.org/');
    expect(bio).toMatchObject({ title: 'bioRxiv Subject Collection: Plant Biology', siteUrl: 'http://biorxiv.org/' });
    for (const article of bio.articles) {
      expect(article.title).not.toBe('(untitled)');
      expect(article.id.startsWith('http://biorxiv.org/cgi/content/')).toBe(true);
      expect(article.url).toBe(article.id);
    }
  });

  it('decodes the GB2312 feed and reads its slashed dates', async () => {
    const kc = await feed(nnw('kc0011.rss'), 'http://www.kc0011.net/rss.asp');
    expect(kc.title).toBe('投资资讯网交易在线--流通纪念币最新20篇论坛主题-全文');
    expect(kc.articles.length).toBeGreaterThan(0);
    expect(kc.articles.every((article) => article.contentHtml.trim() !== '' && !article.title.includes('\ufffd'))).toBe(true);
    expect(kc.articles.some((article) => /[\u4e00-\u9fff]/.test(article.title))).toBe(true);
    expect(kc.articles.some((article) => article.published?.startsWith('2020-01-10'))).toBe(true);
  });

  it('reads declared languages, as primary subtags', async () => {
    expect((await feed(nnw('manton.rss'))).language).toBe('en');
    expect((await feed(nnw('ScriptingNews.json'))).language).toBe('en');
    const german = await feed(nnw('3960.json'));
    expect(german.language).toBe('de');
    expect(german.articles.every((article) => article.language === 'de')).toBe(true);
    // A plain-text title about two HTML elements, which must not vanish from it as tags.
    expect(german.articles.map((article) => article.title)).toContain('Die Rückkehr von <i> und <b>');
    expect((await feed(nnw('DaringFireball.atom'))).articles.every((article) => article.language === 'en')).toBe(true);
  });

  it('reads JSON Feed bodies and authors, 1.1’s authors winning over 1.0’s author', async () => {
    const curt = await feed(nnw('curt.json'));
    expect(titled(curt.articles, 'Twitter Quitter').contentHtml.startsWith('<p>I&#8217;ve decided to close my Twitter account.')).toBe(true);
    const authors = (await feed(nnw('authors.json'))).articles.map((article) => [article.id, article.author]);
    expect(authors).toEqual([
      // JSON Feed 1.1: an item without authors has the feed's.
      ['Item without authors', 'Root Author 1, Root Author 2'],
      ['Item with legacy author', 'Legacy Item Author'],
      ['Item with modern authors', 'Item Author 1, Item Author 2'],
      ['Item with both', 'Item Author 1, Item Author 2'],
    ]);
  });

  it('finds each Atom or RSS feed’s home page', async () => {
    const homes: Array<[string, string, string]> = [
      ['allthis.atom', 'http://leancrew.com/all-this/feed/', 'http://leancrew.com/all-this'],
      ['qemu.atom', 'https://www.qemu.org/feed.xml', 'https://www.qemu.org/'],
      ['yakubin.atom', 'https://yakubin.com/notes/atom.xml', 'https://yakubin.com/notes'],
      ['4fsodonline.atom', 'http://4fsodonline.blogspot.com/feeds/posts/default', 'http://4fsodonline.blogspot.com/'],
      ['DaringFireball.atom', 'https://daringfireball.net/feeds/main', 'https://daringfireball.net/'],
      // Its first link is rel="self", the feed itself; the home page is the link without rel.
      ['neverworkintheory.atom', 'https://neverworkintheory.org/atom.xml', 'https://neverworkintheory.org/'],
    ];
    for (const [name, url, home] of homes) expect((await feed(nnw(name), url)).siteUrl, name).toBe(home);
  });

  it('resolves QEMU’s root-relative links and ids, and keeps its dates and bodies', async () => {
    const qemu = (await feed(nnw('qemu.atom'), 'https://www.qemu.org/feed.xml')).articles;
    expect(titled(qemu, 'QEMU version 10.1.0 released').url).toBe('https://www.qemu.org/2025/08/26/qemu-10-1-0/');
    const nine = titled(qemu, 'QEMU version 9.0.0 released');
    // Its ids are root-relative too, resolved like its links (RFC 4287 ids are IRIs).
    expect(nine).toMatchObject({ id: 'https://www.qemu.org/2024/04/23/qemu-9-0-0', published: '2024-04-23T23:02:00Z' });
    expect(nine.contentHtml).toHaveLength(2221);
    expect(nine.contentHtml.startsWith('<p>We’d like to announce the availability of the QEMU 9.0.0 release')).toBe(true);
    expect(titled(qemu, 'QEMU version 9.1.0 released').published).toBe('2024-09-03T23:08:00Z');
  });

  it('reads Daring Fireball’s Atom: ids, one author per entry, no attachments, bodies as written', async () => {
    const atom = (await feed(nnw('DaringFireball.atom'), 'https://daringfireball.net/feeds/main')).articles;
    expect(atom.every((article) => article.id.startsWith('tag:daringfireball.net,2017:/'))).toBe(true);
    expect(new Set(atom.map((article) => article.author))).toEqual(new Set(['John Gruber', 'Daring Fireball Department of Commerce']));
    expect(atom.every((article) => article.enclosures.length === 0)).toBe(true);
    // Its bodies say, with xml:base on <content>, that their relative links are daringfireball.net's, whatever site the entry links to.
    expect(titled(atom, 'Virgin Mobile Partners With Apple to Go iPhone-Only With $1 Service')).toMatchObject({
      url: 'http://tidbits.com/article/17308',
      baseUrl: 'https://daringfireball.net/linked/',
    });
    expect(atom.every((article) => article.baseUrl?.startsWith('https://daringfireball.net/'))).toBe(true);
    const rss = (await feed(nnw('DaringFireball.rss'), 'https://daringfireball.net/feeds/main')).articles;
    const amy = rss.find((article) => article.id === 'tag:daringfireball.net,2016:/linked//6.32163');
    expect(amy?.published).toBe('2016-02-25T17:07:13Z');
    expect(amy?.contentHtml).toHaveLength(1360);
    expect(amy?.contentHtml.startsWith('<p>Amy Davidson, writing for The New Yorker:</p>')).toBe(true);
    expect(rss.some((article) => article.contentHtml.includes('&#8217;'))).toBe(true);
  });

  it('resolves relative images in XHTML content against the xml:base of the content', async () => {
    const pappacoda = (await feed(nnw('pappacoda.atom'), 'https://andrea.pappacoda.it/blog/feed.atom', true)).articles;
    const windows = titled(pappacoda, 'C su Windows');
    expect(windows).toMatchObject({ id: 'tag:andrea.pappacoda.it,2023-06-09:c_su_windows', url: 'https://andrea.pappacoda.it/blog/c_su_windows/' });
    expect(windows.contentHtml).toContain('src="https://andrea.pappacoda.it/blog/c_su_windows/clangd_path.png"');
  });

  it('leaves an entry with an empty link without an address rather than the feed’s', async () => {
    const tsunami = (await feed(nnw('OneFootTsunami.atom'), 'http://onefoottsunami.com/feed/atom/')).articles;
    expect(tsunami.some((article) => article.url === null)).toBe(true);
    expect(tsunami.every((article) => !article.url?.endsWith('wp-atom.php'))).toBe(true);
  });

  it('gives entries without an author the feed’s', async () => {
    const authors = (await feed(nnw('root-author.atom'), 'https://fvsch.com/feed.xml')).articles.map((article) => article.author);
    expect(new Set(authors)).toEqual(new Set(['Florens Verschelde']));
  });

  it('keeps summaries apart from content, and XHTML as XHTML with its words in order', async () => {
    const tlog = titled((await feed(nnw('russcox.atom'), 'http://research.swtch.com/feed.atom')).articles, 'Transparent Logs for Skeptical Clients');
    expect(tlog.excerpt).toBe('How an untrusted server can publish a verifiably append-only log.');
    expect(tlog.contentHtml.replace(/\s+/g, ' ')).toContain('Suppose we want to maintain and publish a public, append-only log of data.');
    const ent = (await feed(nnw('expertopinionent.atom'), 'http://expertopinionent.typepad.com/my-blog/atom.xml')).articles;
    expect(ent[0]?.contentHtml.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(ent[0]?.excerpt).toContain('interviews Dr Dave Pothier, a Staff Otologist');
  });

  it('reads podcast and video attachments', async () => {
    const ent = (await feed(nnw('expertopinionent.atom'))).articles.filter((article) => article.enclosures.length > 0);
    expect(ent.length).toBeGreaterThan(0);
    for (const { enclosures } of ent) {
      expect(enclosures).toHaveLength(1);
      expect(enclosures[0]).toMatchObject({ type: 'audio/mpeg', length: null });
      expect(enclosures[0]?.url.endsWith('.mp3')).toBe(true);
    }
    for (const { enclosures } of (await feed(nnw('4fsodonline.atom'))).articles) {
      // One entry carries two videos.
      expect(enclosures.length).toBeGreaterThanOrEqual(1);
      for (const video of enclosures) {
        expect(video.type).toBe('video/mp4');
        expect(video.url.startsWith('http://www.blogger.com/video-play.mp4?')).toBe(true);
      }
    }
    for (const article of (await feed(nnw('theomnishow.rss'))).articles) {
      expect(article.id.startsWith('https://theomnishow.omnigroup.com/episode/')).toBe(true);
      expect(article.enclosures).toHaveLength(1);
      expect(article.enclosures[0]?.type).toBe('audio/mpeg');
      expect(article.enclosures[0]?.length).toBeGreaterThanOrEqual(22_275_279);
      expect(article.enclosures[0]?.url).toContain('cloudfront');
      // The episodes name their author in iTunes' element only.
      expect(article.author).toBe('The Omni Group');
    }
  });

  it('reads RSS items’ authors, bodies and titles as their feeds mean them', async () => {
    const macworld = (await feed(nnw('macworld.rss'))).articles;
    expect(macworld.every((article) => article.author !== null && !article.author.includes('@'))).toBe(true);
    expect((await feed(nnw('atp.rss'))).articles.every((article) => article.contentHtml.trim() !== '')).toBe(true);
    expect((await feed(nnw('cloudblog.rss'))).articles.map((article) => article.title)).not.toContain('Product Director');
    expect((await feed(nnw('aktuality.rss'))).articles.every((article) => article.title !== '(untitled)')).toBe(true);
    const katie = (await feed(nnw('KatieFloyd.rss'))).articles;
    expect(katie.some((article) => article.contentHtml.includes('&nbsp;'))).toBe(true);
    expect(katie.every((article) => !article.contentHtml.includes('\u00a0'))).toBe(true);
    expect(new Set((await feed(nnw('EMarley.rss'))).articles.map((article) => article.author))).toEqual(new Set(['Liz Marley']));
    expect((await feed(nnw('medscape.rss'))).articles.every((article) => article.url !== null)).toBe(true);
    expect((await feed(nnw('shopify-namespace.rss'))).articles[0]).toMatchObject({ title: 'Real Product Title', contentHtml: '<p>Body HTML</p>', author: 'Jane Maker' });
    for (const name of ['markdown1.rss', 'markdown2.rss']) expect((await feed(nnw(name))).articles.every((article) => article.contentHtml !== ''), name).toBe(true);
  });

  it('keeps both of Scripting News’ posts that share a guid', async () => {
    for (const name of ['scriptingNews.rss', 'ScriptingNews.json']) {
      const scripting = await feed(nnw(name), 'http://scripting.com/rss.xml');
      expect(scripting.articles, name).toHaveLength(50);
      expect(new Set(scripting.articles.map((article) => article.id)).size).toBe(50);
    }
  });
});

describe.skipIf(!present)(`other projects’ fixtures ${reason}`, () => {
  it('reads Latin-1 feeds with their accents, whatever rss-parser’s own expected output says', async () => {
    expect((await feed('rss-parser/input/encoding.rss')).articles[0]?.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
    expect((await feed('rss-parser/input/uolNoticias.rss')).articles[0]?.title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
  });

  it('resolves relative permalink guids against the fetch address', async () => {
    const hugging = await feed('feed-extractor/test-data/rss-feed-miss-base-url.xml', 'https://huggingface.co/blog/feed.xml');
    expect(hugging.siteUrl).toBe('https://huggingface.co/blog');
    expect(hugging.articles).toHaveLength(175);
    expect(hugging.articles[0]?.url).toBe('https://huggingface.co/blog/intro-graphml');
    // A few guids are other paths on the site, or other sites; none is left relative or without an address.
    expect(hugging.articles.every((article) => article.url?.startsWith('https://'))).toBe(true);
    expect(hugging.articles.filter((article) => article.url?.startsWith('https://huggingface.co/blog/')).length).toBeGreaterThan(150);
  });

  it('opens the http alternate of an entry whose first alternate is gemini:', async () => {
    expect((await feed('newsboat/test/data/multiple_item_links.atom')).articles[0]?.url).toBe('http://www.test.org/tests');
  });

  it('credits each Atom entry as RFC 4287 says: its own authors, its source’s, then the feed’s', async () => {
    const authors = (await feed('newsboat/test/data/atom10_feed_authors.xml')).articles.map((article) => [article.title, article.author]);
    expect(authors).toEqual([
      ['Entry Without Author', 'First Feed Author, Second Feed Author'],
      ['Entry With Single Author', 'Entry Author'],
      ['Entry With Multiple Authors', 'Entry Author 1, Entry Author 2'],
      ['Entry With Empty Author Names', 'First Feed Author, Second Feed Author'],
      ['Entry With Single Source Author', 'Entry Source Author'],
      ['Entry With Multiple Source Authors', 'Entry Source Author 1, Entry Source Author 2, Entry Source Author 3'],
      ['Entry With Empty Source Author Names', 'First Feed Author, Second Feed Author'],
      ['Entry With Single Author And Source Author', 'Entry Author'],
      ['Entry With Multiple Author And Source Authors', 'Entry Author 1, Entry Author 2'],
    ]);
  });

  it('shows the descriptions of YouTube videos, kept in media:group', async () => {
    const videos = (await feed('rss-parser/input/atom-customfields.atom')).articles;
    expect(videos.length).toBeGreaterThan(0);
    expect(videos.every((video) => video.contentHtml.startsWith('<p>'))).toBe(true);
  });

  it('keeps the words of Reddit’s XHTML bodies in order', async () => {
    const reddit = (await feed('rss-parser/input/reddit-home.rss', 'https://www.reddit.com/.rss')).articles;
    expect(reddit[0]?.excerpt).toBe('submitted by /u/AngryRedditorsBelow to /r/funny [link] [1143 comments]');
  });

  it('names the authors of podcast episodes that only iTunes’ element names', async () => {
    expect((await feed('rss-parser/input/giantbomb-podcast.rss')).articles.every((episode) => episode.author === 'Giant Bomb')).toBe(true);
  });
});
