import { describe, expect, it, vi } from 'vitest';
import { proxyFromEnvironment, readProxySetting } from '../../../electron/feeds/http/proxy/environmentProxy';
import { noProxyMatcher } from '../../../electron/feeds/http/proxy/noProxy';
import { parseHostPort, parsePacResult, proxyName, systemProxy } from '../../../electron/feeds/http/proxy/proxyRoute';

const exempt = (noProxy: string, url: string): boolean => noProxyMatcher(noProxy)(new URL(url));

describe('a PAC answer', () => {
  it('takes the first entry Tidings can use', () => {
    expect(parsePacResult('PROXY 10.0.0.1:3128; DIRECT').route).toEqual({ kind: 'http', host: '10.0.0.1', port: 3128 });
    expect(parsePacResult('DIRECT; PROXY 10.0.0.1:3128').route).toEqual({ kind: 'direct' });
    expect(parsePacResult('').route).toEqual({ kind: 'direct' });
    expect(parsePacResult('  proxy proxy.example  ').route).toEqual({ kind: 'http', host: 'proxy.example', port: 80 });
    expect(parsePacResult('HTTP [::1]:8080').route).toEqual({ kind: 'http', host: '::1', port: 8080 });
  });

  it('passes over SOCKS and HTTPS proxies, naming them, and goes direct when nothing else is offered', () => {
    expect(parsePacResult('SOCKS5 10.0.0.2:1080; PROXY 10.0.0.1:3128')).toEqual({
      route: { kind: 'http', host: '10.0.0.1', port: 3128 },
      unsupported: ['SOCKS5 10.0.0.2:1080'],
    });
    expect(parsePacResult('SOCKS5 10.0.0.2:1080; HTTPS secure.example:443')).toEqual({
      route: { kind: 'direct' },
      unsupported: ['SOCKS5 10.0.0.2:1080', 'HTTPS secure.example:443'],
    });
  });

  it('warns once per setting it cannot use, however many feeds ask', async () => {
    const warn = vi.fn();
    const resolver = systemProxy(async () => 'SOCKS5 10.0.0.2:1080', warn);
    expect(await resolver('https://a.example/feed')).toEqual({ kind: 'direct' });
    expect(await resolver('https://b.example/feed')).toEqual({ kind: 'direct' });
    expect(warn.mock.calls).toEqual([['The system proxy "SOCKS5 10.0.0.2:1080" is not one Tidings can use (only HTTP proxies are): feeds are fetched directly']]);
  });
});

describe('host and port', () => {
  it('keeps an explicit port even when it is the scheme default', () => {
    expect(parseHostPort('proxy.example:80', 1080)).toEqual({ host: 'proxy.example', port: 80 });
    expect(parseHostPort('proxy.example', 1080)).toEqual({ host: 'proxy.example', port: 1080 });
    expect(parseHostPort('[2001:db8::1]', 1080)).toEqual({ host: '2001:db8::1', port: 1080 });
    expect(parseHostPort('bad host', 80)).toBeNull();
    expect(parseHostPort('host/path', 80)).toBeNull();
    expect(proxyName({ kind: 'http', host: '2001:db8::1', port: 3128 })).toBe('[2001:db8::1]:3128');
  });
});

describe('a proxy variable', () => {
  it('reads an address with or without a scheme, a login, and curl’s 1080 as the default port', () => {
    expect(readProxySetting('http://10.0.0.1:3128/')).toEqual({ route: { kind: 'http', host: '10.0.0.1', port: 3128 } });
    expect(readProxySetting('proxy.example')).toEqual({ route: { kind: 'http', host: 'proxy.example', port: 1080 } });
    expect(readProxySetting('http://proxy.example:80')).toEqual({ route: { kind: 'http', host: 'proxy.example', port: 80 } });
    expect(readProxySetting('http://me%40work:p%3Ass@proxy.example:8080')).toEqual({
      route: { kind: 'http', host: 'proxy.example', port: 8080, auth: { username: 'me@work', password: 'p:ss' } },
    });
  });

  it('refuses a SOCKS or HTTPS proxy, and an address it cannot read', () => {
    expect(readProxySetting('socks5://10.0.0.2:1080')).toEqual({ problem: 'names a proxy Tidings cannot use (socks5://; only http:// proxies are supported)' });
    expect(readProxySetting('https://proxy.example')).toEqual({ problem: 'names a proxy Tidings cannot use (https://; only http:// proxies are supported)' });
    expect(readProxySetting('http://')).toEqual({ problem: 'is not an address' });
  });
});

describe('the environment', () => {
  const route = (port: number) => ({ kind: 'http', host: '10.0.0.1', port });

  it('chooses the variable by scheme, lower case first, with all_proxy for either', async () => {
    const resolver = proxyFromEnvironment({ http_proxy: '10.0.0.1:1', HTTP_PROXY: '10.0.0.1:2', HTTPS_PROXY: '10.0.0.1:3', ALL_PROXY: '10.0.0.1:4' });
    expect(await resolver('http://example.com/feed')).toEqual(route(1));
    expect(await resolver('https://example.com/feed')).toEqual(route(3));
    const onlyAll = proxyFromEnvironment({ all_proxy: '10.0.0.1:4', https_proxy: '' });
    expect(await onlyAll('http://example.com/')).toEqual(route(4));
    expect(await onlyAll('https://example.com/')).toEqual(route(4));
    expect(await proxyFromEnvironment({})('https://example.com/')).toEqual({ kind: 'direct' });
  });

  it('honours NO_PROXY, and goes direct for a scheme whose proxy it cannot use, saying so once', async () => {
    const warn = vi.fn();
    const resolver = proxyFromEnvironment({ HTTPS_PROXY: 'socks5://10.0.0.2:1080', HTTP_PROXY: '10.0.0.1:3128', NO_PROXY: 'intranet.example' }, warn);
    expect(await resolver('https://example.com/')).toEqual({ kind: 'direct' });
    expect(await resolver('http://example.com/')).toEqual(route(3128));
    expect(await resolver('http://news.intranet.example/feed')).toEqual({ kind: 'direct' });
    expect(warn.mock.calls).toEqual([['HTTPS_PROXY names a proxy Tidings cannot use (socks5://; only http:// proxies are supported): https feeds are fetched directly']]);
  });
});

describe('NO_PROXY', () => {
  it('matches a name and its subdomains, not a name that merely ends the same', () => {
    expect(exempt('example.com', 'https://example.com/')).toBe(true);
    expect(exempt('example.com', 'https://www.example.com/')).toBe(true);
    expect(exempt('example.com', 'https://badexample.com/')).toBe(false);
    expect(exempt('.example.com', 'https://example.com/')).toBe(true);
    expect(exempt('*.example.com', 'https://a.b.example.com/')).toBe(true);
    expect(exempt('EXAMPLE.com.', 'https://Example.COM./')).toBe(true);
  });

  it('reads commas and spaces, and `*` for everything', () => {
    expect(exempt('a.example, b.example c.example', 'http://c.example/')).toBe(true);
    expect(exempt('*', 'http://anything.example/')).toBe(true);
    expect(exempt('', 'http://anything.example/')).toBe(false);
  });

  it('matches addresses and ranges, IPv6 too, but never looks a name up', () => {
    expect(exempt('10.0.0.0/8', 'http://10.1.2.3/')).toBe(true);
    expect(exempt('10.0.0.0/8', 'http://11.1.2.3/')).toBe(false);
    expect(exempt('::1', 'http://[::1]:8080/')).toBe(true);
    expect(exempt('2001:db8::/32', 'http://[2001:db8:1::5]/')).toBe(true);
    expect(exempt('127.0.0.1', 'http://localhost/')).toBe(false);
  });

  it('limits an entry with a port to that port, the scheme’s own when the address gives none', () => {
    expect(exempt('example.com:8080', 'http://example.com:8080/')).toBe(true);
    expect(exempt('example.com:8080', 'http://example.com/')).toBe(false);
    expect(exempt('example.com:443', 'https://example.com/')).toBe(true);
    expect(exempt('[::1]:8080', 'http://[::1]:8080/')).toBe(true);
  });

  it('leaves loopback to the proxy unless it is listed, as curl does', () => {
    expect(exempt('example.com', 'http://localhost:8080/')).toBe(false);
    expect(exempt('example.com', 'http://127.0.0.1:8080/')).toBe(false);
    expect(exempt('localhost,127.0.0.1', 'http://localhost:8080/')).toBe(true);
  });
});
