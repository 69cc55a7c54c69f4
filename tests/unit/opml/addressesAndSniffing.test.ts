import { describe, expect, it } from 'vitest';
import { decodeOpmlBytes } from '../../../shared/opml/decodeOpmlBytes';
import { checkFeedAddress, withoutCredentials } from '../../../shared/opml/feedAddress';
import { looksLikeOpml } from '../../../shared/opml/looksLikeOpml';
import { fixtureBytes } from './opmlFixtures';

describe('feed addresses in OPML files', () => {
  it('keeps http(s) addresses as the store keeps them, and reads the feed: scheme browsers used as the web address', () => {
    expect(checkFeedAddress(' HTTP://Example.COM:80/Feed?a=1&b=2 ')).toEqual({ ok: true, url: 'http://example.com/Feed?a=1&b=2' });
    expect(checkFeedAddress('feed:https://example.com/rss')).toEqual({ ok: true, url: 'https://example.com/rss' });
    expect(checkFeedAddress('feed://example.com/rss')).toEqual({ ok: true, url: 'http://example.com/rss' });
    expect(checkFeedAddress('https://bücher.example/feed')).toEqual({ ok: true, url: 'https://xn--bcher-kva.example/feed' });
  });

  it('says in plain words why an address is not one', () => {
    expect(checkFeedAddress('   ')).toEqual({ ok: false, reason: 'no feed address' });
    expect(checkFeedAddress('localhost:8080/rss')).toEqual({ ok: false, reason: '“localhost:8080/rss” is not a complete address (it lacks http:// or https://)' });
    expect(checkFeedAddress('mailto:someone@example.com')).toEqual({ ok: false, reason: '“mailto:someone@example.com” is not a web address' });
    expect(checkFeedAddress('https://')).toEqual({ ok: false, reason: '“https://” is not a valid address' });
    expect(checkFeedAddress(`https://example.com/${'x'.repeat(200)}`)).toMatchObject({ ok: true });
    expect(checkFeedAddress(`gopher://example.com/${'x'.repeat(200)}`)).toEqual({ ok: false, reason: `“gopher://example.com/${'x'.repeat(58)}…” is not a web address` });
  });

  it('drops a user name and password from an address, and nothing else', () => {
    expect(withoutCredentials('https://me:secret@example.com/feed?token=abc')).toBe('https://example.com/feed?token=abc');
    expect(withoutCredentials('https://me@example.com/feed')).toBe('https://example.com/feed');
    expect(withoutCredentials('https://example.com/@someone/feed')).toBe('https://example.com/@someone/feed');
    expect(withoutCredentials('https://me:secret@bad host.example/')).toBe('https://bad host.example/');
  });
});

describe('knowing an OPML file', () => {
  it('by its first element, past a byte order mark, the declaration, comments and a doctype', () => {
    expect(looksLikeOpml('\uFEFF<?xml version="1.0"?>\n<!-- exported -->\n<!DOCTYPE opml>\n<opml version="2.0">')).toBe(true);
    expect(looksLikeOpml('<OPML>')).toBe(true);
    expect(looksLikeOpml('<?xml version="1.0"?><rss version="2.0"><channel><title>opml</title>')).toBe(false);
    expect(looksLikeOpml('<opmlish/>')).toBe(false);
  });

  it('decodes by byte order mark, then declaration, then as UTF-8, else as Windows-1252', () => {
    expect(decodeOpmlBytes(fixtureBytes('latin1.opml'))).toContain('<title>Abonnements de Hélène</title>');
    expect(decodeOpmlBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x3c, 0x6f, 0x3e]))).toBe('<o>');
    expect(decodeOpmlBytes(new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><t>Hà Nội</t>'))).toContain('Hà Nội');
    expect(decodeOpmlBytes(Uint8Array.from([0x3c, 0x74, 0x3e, 0x93, 0x48, 0x69, 0x94, 0x80]))).toBe('<t>“Hi”€');
    expect(decodeOpmlBytes(new TextEncoder().encode('<?xml version="1.0" encoding="no-such-encoding"?><t>ok</t>'))).toContain('<t>ok</t>');
  });
});
