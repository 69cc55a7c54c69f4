import { describe, expect, it } from 'vitest';
import { feedLinkTarget, readLaunchArguments } from '../../../electron/desktop/launchArguments';

const files = new Set(['/home/ana/feeds.opml', '/home/ana/Downloads/export.XML', '/srv/list.opml']);
const options = { workingDirectory: '/home/ana', isFile: (path: string) => files.has(path) };

describe('the arguments of a launch', () => {
  it('skips the executable, the app path and the switches of Electron, Chromium and macOS', () => {
    const argv = ['/opt/Tidings/tidings', '.', '--no-sandbox', '--enable-features=WaylandWindowDecorations', '-psn_0_12345', '--', ''];
    expect(readLaunchArguments(argv, options)).toEqual([]);
  });

  it('reads feed: links in both forms, and http(s) addresses', () => {
    const argv = ['tidings', 'feed:https://example.com/rss.xml', 'feed://example.org/atom', 'feeds://secure.example/feed', 'http://plain.example/rss'];
    expect(readLaunchArguments(argv, options)).toEqual([
      { kind: 'feed', address: 'https://example.com/rss.xml' },
      // No scheme inside: the add box tries https, then http, as for a typed address.
      { kind: 'feed', address: 'feed://example.org/atom' },
      { kind: 'feed', address: 'feeds://secure.example/feed' },
      { kind: 'feed', address: 'http://plain.example/rss' },
    ]);
  });

  it('reads OPML and XML files that exist, relative to the folder of the launch', () => {
    const argv = ['tidings', 'feeds.opml', 'Downloads/export.XML', '/srv/list.opml', 'missing.opml', 'notes.txt'];
    expect(readLaunchArguments(argv, options)).toEqual([
      { kind: 'opml', path: '/home/ana/feeds.opml' },
      { kind: 'opml', path: '/home/ana/Downloads/export.XML' },
      { kind: 'opml', path: '/srv/list.opml' },
    ]);
  });

  it('refuses other schemes and broken links, and lists each target once', () => {
    const argv = ['tidings', 'file:///etc/passwd.xml', 'javascript:alert(1)', 'feed:javascript:alert(1)', 'feed:', 'https://a.example/', 'https://a.example/'];
    expect(readLaunchArguments(argv, options)).toEqual([{ kind: 'feed', address: 'https://a.example/' }]);
  });

  it('reads a link handed over by macOS as it reads one on the command line', () => {
    expect(feedLinkTarget('FEED:https://example.com/a')).toEqual({ kind: 'feed', address: 'https://example.com/a' });
    expect(feedLinkTarget('feed:mailto:someone@example.com')).toBeNull();
  });
});
