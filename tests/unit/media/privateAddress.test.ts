import { describe, expect, it } from 'vitest';
import { isPrivateHost, picturesReachableFrom } from '../../../electron/media/privateAddress';

describe('isPrivateHost', () => {
  it('knows this machine and the local network, by address and by the names only it resolves', () => {
    for (const host of ['127.0.0.1', '127.8.9.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '[::1]', '::', 'fd12:3456::1', 'fe80::1', '::ffff:192.168.0.1', 'localhost', 'printer.local', 'app.localhost', 'LOCALHOST.']) {
      expect(isPrivateHost(host), host).toBe(true);
    }
  });

  it('lets the internet be the internet', () => {
    for (const host of ['8.8.8.8', '172.32.0.1', '172.15.255.255', '192.169.0.1', '100.128.0.1', '11.0.0.1', '[2001:db8::1]', '::ffff:8.8.8.8', 'news.example', 'localhost.example.com', 'local']) {
      expect(isPrivateHost(host), host).toBe(false);
    }
  });
});

describe('picturesReachableFrom', () => {
  const pictures = [
    ['http://192.168.1.1/admin.png', 'https://cdn.example/a.png'],
    ['http://localhost:8080/b.png'],
    ['https://cdn.example/c.png'],
  ];

  it('drops the local addresses of a feed from the internet, and a picture left with none', () => {
    expect(picturesReachableFrom('https://news.example/feed.xml', pictures)).toEqual([['https://cdn.example/a.png'], ['https://cdn.example/c.png']]);
  });

  it('keeps every picture of a feed on the local network', () => {
    expect(picturesReachableFrom('http://192.168.1.20/feed.xml', pictures)).toEqual(pictures);
  });
});
