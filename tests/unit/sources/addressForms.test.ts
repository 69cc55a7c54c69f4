import { describe, expect, it } from 'vitest';
import { inlineFeedReader } from '../../../electron/feeds/worker/feedReader';
import { namingSubscriptionLists, subscriptionListMessage } from '../../../electron/feeds/discover/subscriptionLists';
import { inEnglish } from '../../../shared/model/mainMessage';
import { feedAddressForms } from '../../../shared/util/url';

const tries = (input: string) => {
  const forms = feedAddressForms(input);
  return forms.ok ? forms.tries : forms.error;
};

describe('feedAddressForms: what a reader types into "Add feed"', () => {
  it('takes a web address as it is', () => {
    expect(tries('https://example.com/rss')).toEqual(['https://example.com/rss']);
    expect(tries('  http://Example.COM/Feed.XML\n')).toEqual(['http://example.com/Feed.XML']);
    expect(tries('https://example.com')).toEqual(['https://example.com/']);
  });

  it('tries an address without a scheme over https, then http', () => {
    expect(tries('example.com/rss')).toEqual(['https://example.com/rss', 'http://example.com/rss']);
    expect(tries('//example.com/rss')).toEqual(['https://example.com/rss', 'http://example.com/rss']);
    expect(tries('127.0.0.1:8080/news.xml')).toEqual(['https://127.0.0.1:8080/news.xml', 'http://127.0.0.1:8080/news.xml']);
    expect(tries('localhost:5179/feed.xml')).toEqual(['https://localhost:5179/feed.xml', 'http://localhost:5179/feed.xml']);
    expect(tries('localhost/feed.xml')).toEqual(['https://localhost/feed.xml', 'http://localhost/feed.xml']);
    expect(tries('[::1]/feed')).toEqual(['https://[::1]/feed', 'http://[::1]/feed']);
  });

  it('reads feed: addresses: a wrapped address as it is, feed:// like an address without a scheme', () => {
    expect(tries('feed:https://example.com/rss')).toEqual(['https://example.com/rss']);
    expect(tries('feed:http://example.com/rss')).toEqual(['http://example.com/rss']);
    expect(tries('FEED://example.com/rss')).toEqual(['https://example.com/rss', 'http://example.com/rss']);
    expect(tries('feed:example.com/rss')).toEqual(['https://example.com/rss', 'http://example.com/rss']);
  });

  it('reads feeds:// as https only', () => {
    expect(tries('feeds://example.com/rss')).toEqual(['https://example.com/rss']);
    expect(tries('feeds:https://example.com/rss')).toEqual(['https://example.com/rss']);
  });

  it('keeps a space in the path, as the address standard encodes it', () => {
    expect(tries('https://example.com/my feed.xml')).toEqual(['https://example.com/my%20feed.xml']);
  });

  it.each(['hello world', 'hello', 'hello world.com', 'https://hello world/feed', 'exa mple.com/rss', 'feed:', 'feed://', 'feed:hello world'])(
    'refuses %j as no web address, naming what was typed',
    (input) => {
      const forms = feedAddressForms(input);
      expect(forms).toEqual({ ok: false, error: `“${input.trim()}” is not a web address`, told: { code: 'typedNotWebAddress', params: { typed: input.trim() } } });
    },
  );

  it.each(['mailto:news@example.org', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/rss', 'feed:javascript:alert(1)', 'data:text/html,hi'])(
    'refuses %j: only http and https are web addresses',
    (input) => {
      expect(feedAddressForms(input).ok).toBe(false);
    },
  );

  it('asks for an address when nothing was typed', () => {
    const forms = feedAddressForms('   ');
    expect(forms.ok).toBe(false);
    expect(forms.ok ? '' : forms.error).toMatch(/address/);
  });
});

describe('namingSubscriptionLists: an OPML address pasted into "Add feed"', () => {
  const document = (text: string) => ({ url: 'https://example.com/x', body: new TextEncoder().encode(text), contentType: 'text/xml', fetchedAt: 0, sanitise: false });
  const reader = namingSubscriptionLists(() => inlineFeedReader);

  it('says it is a list of subscriptions to import', async () => {
    const opml = '<?xml version="1.0"?>\n<opml version="2.0"><head><title>Mine</title></head><body><outline xmlUrl="https://example.com/rss"/></body></opml>';
    await expect(reader.read(document(opml))).resolves.toEqual({ kind: 'unreadable', error: inEnglish(subscriptionListMessage), told: subscriptionListMessage, reason: 'not-a-feed' });
  });

  it('leaves other readings as they are', async () => {
    const reading = await reader.read(document('<rss version="2.0"><channel><title>A feed</title></channel></rss>'));
    expect(reading.kind).toBe('feed');
    await expect(reader.read(document('just words'))).resolves.toMatchObject({ kind: 'unreadable', error: expect.stringContaining('plain text') });
  });
});
