import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultImageFetchLimits, ImageFetcher } from '../../../electron/media/imageFetcher';
import { MediaLibrary } from '../../../electron/media/mediaLibrary';
import { httpGet, type ConnectionGuard } from '../../../electron/feeds/http/httpGet';
import { fetchWithRedirects } from '../../../electron/feeds/http/fetchWithRedirects';
import { internetOnlyGuard, localNetworkRefusal, type HostLookup } from '../../../electron/media/privateAddress';
import { pngIcon } from '../../fixtures/loopback/iconImages';
import { parsedArticle, updated } from '../../unit/foundation/support/fixtures';
import { startLoopbackServer, type LoopbackServer } from '../feeds/loopbackServer';

// A public name can point anywhere: a background fetch for a feed from the internet resolves it first and refuses
// the local network, whatever the name looks like. No real DNS here: the names resolve through the test's table.

const table: Record<string, string[]> = {
  'pictures.example': ['127.0.0.1'],
  'router.example': ['192.168.1.1'],
  'intranet.example': ['10.20.30.40'],
  'metadata.example': ['169.254.169.254'],
  'ula.example': ['fd12:3456::1'],
  'mapped.example': ['::ffff:10.0.0.1'],
  'mixed.example': ['93.184.216.34', '192.168.0.10'],
  'cdn.example': ['93.184.216.34', '2606:2800:220:1::1'],
};
const asked: string[] = [];
const lookup: HostLookup = async (hostname) => {
  asked.push(hostname);
  const addresses = table[hostname];
  if (!addresses) throw new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  return addresses;
};

let site: LoopbackServer;
beforeAll(async () => {
  site = await startLoopbackServer({
    '/a.png': (_request, response) => response.writeHead(200, { 'Content-Type': 'image/png' }).end(pngIcon(32)),
    '/hop.png': (_request, response) => response.writeHead(302, { Location: site.url('/a.png').replace('127.0.0.1', 'localhost') }).end(),
  });
});
afterAll(() => site.close());

describe('localNetworkRefusal', () => {
  it('refuses a name that resolves, by any of its addresses, to this machine or the local network', async () => {
    for (const host of ['pictures.example', 'router.example', 'intranet.example', 'metadata.example', 'ula.example', 'mapped.example', 'mixed.example']) {
      expect(await localNetworkRefusal(host, lookup), host).toMatch(/on the local network/);
    }
  });

  it('lets a name on the internet through, and does not resolve an address', async () => {
    expect(await localNetworkRefusal('cdn.example', lookup)).toBeNull();
    asked.length = 0;
    expect(await localNetworkRefusal('93.184.216.34', lookup)).toBeNull();
    expect(await localNetworkRefusal('[2606:2800:220:1::1]', lookup)).toBeNull();
    expect(await localNetworkRefusal('10.0.0.1', lookup)).toMatch(/local network/);
    expect(asked).toEqual([]);
  });

  it('refuses a name that does not resolve', async () => {
    expect(await localNetworkRefusal('nowhere.example', lookup)).toMatch(/could not be resolved/);
  });
});

describe('background pictures and names that resolve to the local network', () => {
  it('asks nothing of a host whose name resolves to 127.0.0.1 in the background, and still fetches it when shown', async () => {
    const fetcher = new ImageFetcher('Tidings-test', { ...defaultImageFetchLimits, failureMemoryMs: 0 }, undefined, Date.now, lookup);
    site.requests.length = 0;
    const background = await fetcher.fetch(site.url('/a.png').replace('127.0.0.1', 'pictures.example'), 1_000_000, { publicOnly: true });
    expect(background).toEqual({ ok: false, reason: expect.stringMatching(/pictures\.example resolves to 127\.0\.0\.1/) });
    expect(site.requests).toHaveLength(0);
    // The reader opening an article of a local feed, or the picture itself: no such check.
    expect((await fetcher.fetch(site.url('/a.png'), 1_000_000)).ok).toBe(true);
    expect(site.requests).toHaveLength(1);
  });

  it('keeps no picture of an internet feed whose host resolves to the local network', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tidings-private-names-'));
    const library = MediaLibrary.open({ dir, userAgent: 'Tidings-test', lookup });
    try {
      asked.length = 0;
      site.requests.length = 0;
      const article = parsedArticle('a', { imageUrl: site.url('/a.png').replace('127.0.0.1', 'router.example') });
      library.delivered({ feedId: 'f', url: 'https://news.example/feed.xml', fetchedAt: 0, outcome: updated([article]), delivery: 1 });
      await library.prefetch.whenIdle();
      expect(asked).toContain('router.example');
      expect(site.requests).toHaveLength(0);
      expect((await library.usage()).files).toBe(0);
    } finally {
      await library.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the guard at the connection itself', () => {
  const request = { headers: {}, connectTimeoutMs: 2_000, timeoutMs: 5_000, maxBodyBytes: 1_000_000, wantsBody: () => true };
  /** Lets this machine through (the test's server is on it) but no name a guard's table maps elsewhere. */
  const loopbackGuard = (names: Record<string, string>): ConnectionGuard => ({
    refusal: (hostname) => (hostname === 'localhost' ? 'localhost is refused here' : null),
    lookup: (hostname, options, callback) => {
      const address = names[hostname];
      if (!address) return callback(Object.assign(new Error(`no ${hostname} in the table`), { code: 'ENOTFOUND' }), '');
      if (options.all) callback(null, [{ address, family: 4 }]);
      else callback(null, address, 4);
    },
  });

  it('connects to the address the guard resolved, not to one the system would', async () => {
    const answer = await httpGet(site.url('/a.png').replace('127.0.0.1', 'only-in-the-table.example'), {
      ...request,
      deadline: Date.now() + 5_000,
      guard: loopbackGuard({ 'only-in-the-table.example': '127.0.0.1' }),
    });
    expect(answer.status).toBe(200);
  });

  it('judges every redirect, not only the first address', async () => {
    site.requests.length = 0;
    const fetching = fetchWithRedirects(site.url('/hop.png'), { ...request, deadline: Date.now() + 5_000, guard: loopbackGuard({}) });
    await expect(fetching).rejects.toThrow('localhost is refused here');
    expect(site.requests.map((one) => one.path)).toEqual(['/hop.png']);
  });

  it('resolves a name once, for the connection itself, so the address judged is the address connected to', async () => {
    let answers = 0;
    // A name that would answer otherwise when asked again (DNS rebinding): only the answer used to connect counts.
    const rebinding: HostLookup = async () => (answers++ === 0 ? ['127.0.0.1'] : ['93.184.216.34']);
    site.requests.length = 0;
    const fetcher = new ImageFetcher('Tidings-test', { ...defaultImageFetchLimits, failureMemoryMs: 0 }, undefined, Date.now, rebinding);
    const image = await fetcher.fetch(site.url('/a.png').replace('127.0.0.1', 'rebinding.example'), 1_000_000, { publicOnly: true });
    expect(image).toEqual({ ok: false, reason: expect.stringMatching(/rebinding\.example resolves to 127\.0\.0\.1, on the local network/) });
    expect(site.requests).toHaveLength(0);
    expect(answers).toBe(1);
  });

  it('refuses local addresses and names as written, before resolving anything', () => {
    const guard = internetOnlyGuard(lookup);
    asked.length = 0;
    expect(guard.refusal('192.168.1.1')).toMatch(/local network/);
    expect(guard.refusal('[::1]')).toMatch(/local network/);
    expect(guard.refusal('printer.local')).toMatch(/local network/);
    expect(guard.refusal('cdn.example')).toBeNull();
    expect(asked).toEqual([]);
  });
});
