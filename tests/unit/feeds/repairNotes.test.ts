import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import type { ParsedFeed } from '../../../shared/model/article';
import { inEnglish, isMainMessage } from '../../../shared/model/mainMessage';
import { i18n } from '../../../renderer/i18n';
import { mainMessageText } from '../../../renderer/i18n/mainMessageText';

// A feed's repair notes reach the window as codes, so that a reader sees them in the interface language; the English
// sentences main stores and logs beside them are the same words as before codes.

const fetchedAt = Date.UTC(2025, 2, 1, 12, 0, 0);

async function readText(body: string | Uint8Array, contentType: string | null = null, url = 'https://notes.example/feed'): Promise<ParsedFeed> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const reading = await readFeedDocument({ body: bytes, contentType, url, fetchedAt, sanitise: false });
  if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
  return reading.feed;
}

function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
}

/** The notes in the interface language, falling back to the English sentence as the sources pane does. */
function worded(feed: ParsedFeed): string[] {
  return feed.errors.map((error, index) => mainMessageText(feed.notes?.[index], error));
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('a feed’s repair notes', () => {
  const ampersandAndEntity = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fish &amp; Chips</title><link>https://chips.example/</link>
<item><title>Salt & vinegar at the caf&eacute;</title><link>https://chips.example/1</link></item>
</channel></rss>`;

  it('carry codes whose English is the sentence they always had, and are worded in French and Vietnamese', async () => {
    const feed = await readText(ampersandAndEntity);
    expect(feed.articles.map((article) => article.title)).toEqual(['Salt & vinegar at the café']);
    expect(feed.notes).toEqual([{ code: 'htmlEntities' }, { code: 'bareAmpersands' }]);
    expect(feed.errors).toEqual([
      'The feed used HTML entities such as &nbsp; that XML does not define; they were read as HTML',
      'The feed had unescaped “&” characters; they were escaped',
    ]);
    await i18n.changeLanguage('fr');
    expect(worded(feed)).toEqual([
      'Le flux utilisait des entités HTML comme &nbsp; que XML ne définit pas\u00a0; elles ont été lues comme du HTML',
      'Le flux avait des caractères «\u00a0&\u00a0» non échappés\u00a0; ils ont été échappés',
    ]);
    await i18n.changeLanguage('vi');
    expect(worded(feed)).toEqual([
      'Nguồn tin dùng thực thể HTML như &nbsp; mà XML không định nghĩa; đã đọc như HTML',
      'Nguồn tin có ký tự “&” chưa thoát; đã thoát',
    ]);
  });

  it('word a character-set note with its count inside, in the reader’s plural', async () => {
    const feed = await readText(fixture('mixed-utf8-cp1252.xml'), 'application/rss+xml; charset=utf-8');
    expect(feed.notes).toEqual([{ code: 'utf8Except', params: { strays: { code: 'strayCharacters', params: { count: 5 } } } }]);
    expect(feed.errors).toEqual(['The feed is UTF-8 except for 5 characters in another encoding, which were read as windows-1252']);
    await i18n.changeLanguage('fr');
    expect(worded(feed)).toEqual(['Le flux est en UTF-8 sauf 5 caractères dans un autre encodage, lus comme du windows-1252']);
  });

  it('word what telling articles apart did, one of each in the singular', async () => {
    const feed = await readText(fixture('rss-repeated-guid.xml'), null, 'https://daybook.example/rss');
    expect(feed.notes).toEqual([
      { code: 'sharedIds', params: { count: 1 } },
      { code: 'repeatedArticles', params: { count: 1 } },
    ]);
    await i18n.changeLanguage('fr');
    expect(worded(feed)).toEqual([
      '1 article avait l’identifiant d’un autre article du flux\u00a0; il a été gardé sous un identifiant propre',
      '1 article répétait un article déjà dans le flux et a été retiré',
    ]);
  });

  it('word a JSON Feed’s notes: no version, and items that are not objects', async () => {
    const feed = await readText(JSON.stringify({ title: 'Loose', items: [{ id: '1', content_text: 'Kept' }, 'stray', 7] }), 'application/feed+json');
    expect(feed.errors).toEqual(['The JSON Feed does not declare a version; read it as 1.1', '2 items were not objects and were skipped']);
    await i18n.changeLanguage('fr');
    expect(worded(feed)).toEqual(['Le JSON Feed ne déclare pas de version\u00a0; lu comme 1.1', '2 éléments n’étaient pas des objets et ont été ignorés']);
  });

  // Each damaged feed Tidings reads, with the content type it is served with.
  const damaged: Array<[string, Uint8Array | string, string | null]> = [
    ['broken-ampersand.xml', fixture('broken-ampersand.xml'), null],
    ['html-entities.xml', fixture('html-entities.xml'), null],
    ['raw-html.xml', fixture('raw-html.xml'), null],
    ['broken-item.xml', fixture('broken-item.xml'), null],
    ['broken-title-close.xml', fixture('broken-title-close.xml'), null],
    ['junk-before-declaration.xml', fixture('junk-before-declaration.xml'), null],
    ['php-warning-before.xml', fixture('php-warning-before.xml'), null],
    ['truncated.xml', fixture('truncated.xml'), null],
    ['rss-repeated-guid.xml', fixture('rss-repeated-guid.xml'), null],
    ['mixed-utf8-cp1252.xml as ISO-8859-1', fixture('mixed-utf8-cp1252.xml'), 'text/xml; charset=ISO-8859-1'],
    ['utf16-declared-utf8.xml', fixture('utf16-declared-utf8.xml'), null],
    ['Latin-1 labelled UTF-8', Buffer.from('<rss version="2.0"><channel><title>Fête</title><item><title>Crème</title></item></channel></rss>', 'latin1'), 'text/xml; charset=utf-8'],
    ['an unknown charset', '<rss version="2.0"><channel><title>Klingon</title><item><title>Qapla’</title></item></channel></rss>', 'text/xml; charset=x-klingon'],
    ['control characters and a bare “<”', '<rss version="2.0"><channel><title>a\u0001b</title><item><title>1 < 2</title></item></channel></rss>', null],
    ['RSS-in-JSON with a stray item', JSON.stringify({ rss: { channel: { title: 'Mixed', item: ['stray', { title: 'Kept', guid: 'k' }] } } }), 'application/json'],
  ];

  it.each(damaged)('all have codes: %s', async (_name, body, contentType) => {
    const feed = await readText(body, contentType);
    expect(feed.errors.length).toBeGreaterThan(0);
    expect(feed.notes?.length).toBe(feed.errors.length);
    for (const note of feed.notes ?? []) expect(isMainMessage(note), JSON.stringify(note)).toBe(true);
    expect(feed.notes?.map((note) => inEnglish(note))).toEqual(feed.errors);
  });

  it('give an undamaged feed no notes at all', async () => {
    const feed = await readText(fixture('rss2-full.xml'));
    expect(feed).toMatchObject({ errors: [], notes: [] });
  });
});
