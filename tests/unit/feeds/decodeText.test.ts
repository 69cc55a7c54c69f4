import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, type DecodedText } from '../../../electron/feeds/decode/decodeText';
import { windows1252JsonEscapes, windows1252References } from '../../../electron/feeds/decode/windows1252';
import { readFeedDocument } from '../../../electron/feeds/parse/readFeedDocument';
import { inEnglish } from '../../../shared/model/mainMessage';

/** The warning as the feed's notes word it. */
const warningOf = (decoded: DecodedText): string | null => (decoded.warning ? inEnglish(decoded.warning) : null);

const xml = (encoding: string, body: number[]): Uint8Array =>
  new Uint8Array([...Buffer.from(`<?xml version="1.0" encoding="${encoding}"?><t>`, 'latin1'), ...body, ...Buffer.from('</t>', 'latin1')]);

// Each legacy encoding with a word and its bytes in that encoding.
const legacy: Array<[string, number[], string]> = [
  ['windows-1252', [0x46, 0xea, 0x74, 0x65, 0x20, 0x80], 'Fête €'],
  ['ISO-8859-1', [0x46, 0xea, 0x74, 0x65], 'Fête'],
  ['ISO-8859-2', [0x50, 0xf8, 0xed, 0x6c, 0x69, 0xb9], 'Příliš'],
  ['ISO-8859-15', [0xa4], '€'],
  ['windows-1251', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], 'Привет'],
  ['KOI8-R', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], 'Привет'],
  ['Shift_JIS', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea], '日本語'],
  ['EUC-JP', [0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec], '日本語'],
  ['GB2312', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
  ['GBK', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
  ['GB18030', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
  ['Big5', [0xa4, 0xa4, 0xa4, 0xe5], '中文'],
  ['EUC-KR', [0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee], '한국어'],
];

describe('decoding feed bytes', () => {
  it.each(legacy)('reads %s from the XML declaration', (encoding, bytes, text) => {
    expect(decodeText(xml(encoding, bytes), null).text).toContain(`<t>${text}</t>`);
  });

  it('prefers a byte order mark over every declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>Fête</t>')]);
    expect(decodeText(bytes, 'text/xml; charset=windows-1251').text).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><t>Fête</t>');
  });

  it('reads UTF-16 with a BOM, and without one', () => {
    const withBom = readFileSync(new URL('../../fixtures/feeds/utf16le-bom.xml', import.meta.url));
    expect(decodeText(withBom, null).text).toContain('Привет');
    const withoutBom = Buffer.from('<?xml version="1.0"?><t>Ωmega</t>', 'utf16le');
    expect(decodeText(withoutBom, null).text).toBe('<?xml version="1.0"?><t>Ωmega</t>');
  });

  it('prefers the HTTP charset over the XML declaration', () => {
    const bytes = xml('ISO-8859-1', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(decodeText(bytes, 'application/rss+xml; charset="windows-1251"').text).toContain('Привет');
  });

  it('reads <meta charset> in HTML pages', () => {
    const page = new Uint8Array([...Buffer.from('<html><head><meta charset="windows-1252"><title>', 'latin1'), 0x46, 0xea, 0x74, 0x65, ...Buffer.from('</title>')]);
    expect(decodeText(page, 'text/html').text).toContain('<title>Fête</title>');
  });

  it('never turns "Fête" into "F�te": Latin-1 mislabelled as UTF-8 is read as Latin-1', () => {
    const decoded = decodeText(Buffer.from('<t>Fête de la musique</t>', 'latin1'), 'text/xml; charset=utf-8');
    expect(decoded.text).toBe('<t>Fête de la musique</t>');
    expect(warningOf(decoded)).toMatch(/said it was UTF-8/);
  });

  it('says no character set was declared, rather than blaming a UTF-8 label, when undeclared bytes are not UTF-8', () => {
    // Windows-1252: ê, an en dash and curly quotes.
    const bytes = new Uint8Array([...Buffer.from('<t>F'), 0xea, ...Buffer.from('te '), 0x96, 0x20, 0x93, ...Buffer.from('Paris'), 0x94, ...Buffer.from('</t>')]);
    const decoded = decodeText(bytes, 'application/rss+xml');
    expect(decoded.text).toBe('<t>Fête – “Paris”</t>');
    expect(warningOf(decoded)).toBe('The feed declared no character set and is not UTF-8; read it as windows-1252');
  });

  it('names an unknown declared charset, not UTF-8, when the bytes are not UTF-8 either', () => {
    const decoded = decodeText(Buffer.from('<t>Fête</t>', 'latin1'), 'text/xml; charset=x-klingon');
    expect(decoded.text).toBe('<t>Fête</t>');
    expect(warningOf(decoded)).toBe('Unknown character set “x-klingon”, and the feed is not UTF-8; read it as windows-1252');
  });

  it('reads UTF-8 mislabelled as Latin-1 as UTF-8', () => {
    const decoded = decodeText(Buffer.from('<t>Fête</t>', 'utf8'), 'text/xml; charset=ISO-8859-1');
    expect(decoded.text).toBe('<t>Fête</t>');
  });

  it('falls back to UTF-8 for an unknown charset, saying so', () => {
    const decoded = decodeText(Buffer.from('<t>Fête</t>', 'utf8'), 'text/xml; charset=x-klingon');
    expect(decoded.text).toBe('<t>Fête</t>');
    expect(warningOf(decoded)).toMatch(/Unknown character set/);
  });
});

describe('feeds whose bytes and declarations disagree', () => {
  const titles = async (name: string, contentType: string | null): Promise<{ titles: string[]; errors: string[] }> => {
    const body = readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
    const reading = await readFeedDocument({ body, contentType, url: 'https://fete.example/rss', fetchedAt: Date.UTC(2025, 0, 1), sanitise: false });
    if (reading.kind !== 'feed') throw new Error(JSON.stringify(reading));
    return { titles: [reading.feed.title, ...reading.feed.articles.map((article) => article.title)], errors: reading.feed.errors };
  };

  it('reads a UTF-8 feed with one item pasted in Windows-1252 without turning every other accent into mojibake', async () => {
    expect(await titles('mixed-utf8-cp1252.xml', 'application/rss+xml; charset=utf-8')).toEqual({
      titles: ['Fête de la musique', 'Crème brûlée au jardin', 'L’été à Montréal'],
      errors: ['The feed is UTF-8 except for 5 characters in another encoding, which were read as windows-1252'],
    });
  });

  it('reads the same feed served as ISO-8859-1 (a server default) as UTF-8 too, but for the pasted item', async () => {
    expect(await titles('mixed-utf8-cp1252.xml', 'text/xml; charset=ISO-8859-1')).toEqual({
      titles: ['Fête de la musique', 'Crème brûlée au jardin', 'L’été à Montréal'],
      errors: ['The feed said it was windows-1252 but is UTF-8 except for 5 characters in another encoding, which were read as windows-1252'],
    });
  });

  it('reads an undeclared Latin-1 feed holding one UTF-8-looking pair as Latin-1 throughout', () => {
    // Four Latin-1 letters and, by chance, "Ã©" written in Latin-1: the stray bytes are the many, so nothing is UTF-8.
    const bytes = new Uint8Array([...Buffer.from('<t>Fête de Noël, où ça ? ', 'latin1'), 0xc3, 0xa9, ...Buffer.from('</t>', 'latin1')]);
    const decoded = decodeText(bytes, null);
    expect(decoded.text).toBe('<t>Fête de Noël, où ça ? Ã©</t>');
    expect(decoded.encoding).toBe('windows-1252');
  });

  it('reads UTF-8 bytes that still declare UTF-16 as UTF-8', async () => {
    expect(await titles('utf16-declared-utf8.xml', null)).toEqual({
      titles: ['Fête de la musique', 'Scène ouverte'],
      errors: ['The feed said it was UTF-16 but is not; read it as UTF-8'],
    });
  });
});

describe('C1 control characters, read as the Windows-1252 characters they stand for', () => {
  // Windows-1252's 0x92, 0x93, 0x94, 0x96 and 0x80: ’ “ ” – €
  const windowsBytes = [0x64, 0x6f, 0x6e, 0x92, 0x74, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80];

  it.each(['ISO-8859-1', 'ISO-8859-15', 'ISO-8859-2'])('reads bytes 0x80–0x9F declared as %s as Windows-1252', (encoding) => {
    expect(decodeText(xml(encoding, windowsBytes), null).text).toContain('<t>don’t “ok” – 5€</t>');
  });

  it('reads C1 controls encoded in valid UTF-8 (Windows text once read as Latin-1) as Windows-1252', () => {
    const doubled = Buffer.from('<t>don\u0092t \u0093ok\u0094</t>', 'utf8');
    expect(decodeText(doubled, 'text/xml; charset=utf-8')).toEqual({ text: '<t>don’t “ok”</t>', encoding: 'utf-8', warning: null });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...doubled]);
    expect(decodeText(withBom, null).text).toBe('<t>don’t “ok”</t>');
  });

  it('leaves the five bytes Windows-1252 does not define, and text without controls, as they are', () => {
    expect(decodeText(xml('ISO-8859-1', [0x81, 0x8d, 0x8f, 0x90, 0x9d]), null).text).toContain('<t>\u0081\u008d\u008f\u0090\u009d</t>');
    const plain = Buffer.from('<t>Fête « ok » ©</t>', 'utf8');
    expect(decodeText(plain, null).text).toBe('<t>Fête « ok » ©</t>');
  });
});

describe('references to C1 controls', () => {
  it('turns XML character references to C1 controls into references to the Windows-1252 characters', () => {
    expect(windows1252References('<t>don&#146;t &#x93;ok&#X94; &#0150; &#x80;</t>')).toBe('<t>don&#8217;t &#8220;ok&#8221; &#8211; &#8364;</t>');
  });

  it('leaves other references, escaped ones and undefined bytes alone, and text without any as the same string', () => {
    const others = '<t>&#8217; &#127; &#160; &#1460; &amp;#146; &#x81; &#157;</t>';
    expect(windows1252References(others)).toBe(others);
  });

  it('turns JSON \\u0080–\\u009F escapes into the characters, but not an escaped backslash followed by u0092', () => {
    expect(windows1252JsonEscapes('{"t":"don\\u0092t \\u0093ok\\u0094"}')).toBe('{"t":"don’t “ok”"}');
    expect(windows1252JsonEscapes('{"t":"a \\\\u0092 b \\\\\\u0092"}')).toBe('{"t":"a \\\\u0092 b \\\\’"}');
    expect(windows1252JsonEscapes('{"t":"\\u008d \\u00e9"}')).toBe('{"t":"\\u008d \\u00e9"}');
  });
});
