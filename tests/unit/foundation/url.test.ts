import { describe, expect, it } from 'vitest';
import { displayHost, isWebUrl, normaliseFeedAddress } from '../../../shared/util/url';

describe('isWebUrl: what may be handed to the system browser', () => {
  it.each(['http://example.com', 'https://example.com/a/b?c=d#e', 'HTTPS://EXAMPLE.COM/', 'https://192.0.2.7:8443/x'])(
    'accepts the web address %s',
    (value) => {
      expect(isWebUrl(value)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'java\nscript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'ftp://example.com/file',
    'mailto:someone@example.com',
    'about:blank',
    'chrome://settings',
    'example.com',
    '/relative/path',
    '',
    'not a url at all',
  ])('refuses %j', (value) => {
    expect(isWebUrl(value)).toBe(false);
  });
});

describe('displayHost: where a link leads, as shown to the reader', () => {
  it('shows the host without the leading www.', () => {
    expect(displayHost('https://www.example.com/some/article?id=1')).toBe('example.com');
  });

  it('keeps other subdomains, and a www that is not the first label', () => {
    expect(displayHost('https://news.example.co.uk/')).toBe('news.example.co.uk');
    expect(displayHost('https://www2.example.com/')).toBe('www2.example.com');
    expect(displayHost('https://blog.www.example.com/')).toBe('blog.www.example.com');
  });

  it('shows the host in lower case', () => {
    expect(displayHost('https://WWW.Example.COM/Path')).toBe('example.com');
  });

  it('is null for what is not an address', () => {
    expect(displayHost('not a url at all')).toBeNull();
    expect(displayHost('')).toBeNull();
  });
});

describe('normaliseFeedAddress: what people paste into "Add feed"', () => {
  it('adds https:// to a bare host and path', () => {
    expect(normaliseFeedAddress('example.com/feed')).toBe('https://example.com/feed');
  });

  it('adds https:// to a host with a port', () => {
    expect(normaliseFeedAddress('example.com:8080/rss.xml')).toBe('https://example.com:8080/rss.xml');
    expect(normaliseFeedAddress('localhost:5179/feed.xml')).toBe('https://localhost:5179/feed.xml');
  });

  it('trims surrounding whitespace and keeps the scheme given', () => {
    expect(normaliseFeedAddress('  http://x.org/rss ')).toBe('http://x.org/rss');
    expect(normaliseFeedAddress('\thttps://x.org/atom.xml\n')).toBe('https://x.org/atom.xml');
  });

  it('gives the canonical form: lower-case scheme and host, path as typed', () => {
    expect(normaliseFeedAddress('HTTP://Example.COM/Feed.XML')).toBe('http://example.com/Feed.XML');
    expect(normaliseFeedAddress('https://example.com')).toBe('https://example.com/');
  });

  it('accepts a protocol-relative address', () => {
    expect(normaliseFeedAddress('//example.com/feed')).toBe('https://example.com/feed');
  });

  it('is null for input with spaces that is no address', () => {
    expect(normaliseFeedAddress('not a url at all')).toBeNull();
  });

  it.each(['', '   ', '\n\t'])('is null for blank input %j', (input) => {
    expect(normaliseFeedAddress(input)).toBeNull();
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/feed.xml', 'chrome://settings', 'javascript:alert(1)', 'data:text/html,<b>x</b>'])(
    'is null for the non-web address %j',
    (input) => {
      expect(normaliseFeedAddress(input)).toBeNull();
    },
  );

  it('is null for a mailto: address rather than turning it into a web address with credentials', () => {
    // Prefixing https:// makes "mailto" a user name and "news" a password for example.org.
    expect(normaliseFeedAddress('mailto:news@example.org')).toBeNull();
  });

  it('always gives back something isWebUrl accepts', () => {
    for (const input of ['example.com/feed', '  http://x.org/rss ', 'HTTPS://a.b/c', '//example.com/x']) {
      const address = normaliseFeedAddress(input);
      expect(address).not.toBeNull();
      expect(isWebUrl(address as string)).toBe(true);
    }
  });
});
