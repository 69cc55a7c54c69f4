import { describe, expect, it } from 'vitest';
import { FullTextQueue } from '../../../electron/fulltext/fullTextQueue';
import type { FetchedPage } from '../../../electron/fulltext/readArticlePage';
import { PrefetchQueue } from '../../../electron/media/prefetchQueue';
import { ConnectivityMonitor, manualProbe } from '../../../electron/poller/connectivity';
import type { FullTextAnswer } from '../../../shared/model/fullText';

// Background pages and pictures follow the poller's one answer to "is Tidings offline", and lose nothing queued.

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function network(online = true) {
  const probe = manualProbe(online);
  return { probe, connectivity: new ConnectivityMonitor(probe) };
}

const read = async (page: FetchedPage): Promise<FullTextAnswer> => ({ kind: 'extracted', html: '<p>x</p>', url: page.url, language: null, canonicalUrl: null, siteName: null, textLength: 1 });

describe('the queue of article pages offline', () => {
  it('starts no background page while offline, and fetches every waiting one once the network is back', async () => {
    const { probe, connectivity } = network(false);
    const started: string[] = [];
    const queue = new FullTextQueue({
      fetch: async (url) => (started.push(url), { body: Buffer.from(url), contentType: 'text/html', url }),
      read,
      connectivity,
      hostGapMs: 0,
    });
    const answers = ['https://a.example/1', 'https://b.example/2'].map((url) => queue.load(url, { background: true }));
    await settle();
    expect(started).toEqual([]);
    expect(queue.size.waiting).toBe(2);
    probe.set(true);
    expect((await Promise.all(answers)).map((answer) => answer.kind)).toEqual(['extracted', 'extracted']);
    expect(started.sort()).toEqual(['https://a.example/1', 'https://b.example/2']);
    queue.close();
  });

  it('puts back a background page that failed as the network went, and fetches it when it returns', async () => {
    const { probe, connectivity } = network(true);
    let attempts = 0;
    const queue = new FullTextQueue({
      fetch: async (url) => {
        attempts += 1;
        if (attempts === 1) {
          probe.set(false);
          throw new Error('getaddrinfo EAI_AGAIN a.example');
        }
        return { body: Buffer.from(url), contentType: 'text/html', url };
      },
      read,
      connectivity,
      hostGapMs: 0,
    });
    const answer = queue.load('https://a.example/1', { background: true });
    await settle();
    expect(attempts).toBe(1);
    expect(queue.size.waiting).toBe(1);
    probe.set(true);
    expect((await answer).kind).toBe('extracted');
    expect(attempts).toBe(2);
    queue.close();
  });

  it('still fetches the page the reader asks for', async () => {
    const { connectivity } = network(false);
    const queue = new FullTextQueue({ fetch: async (url) => ({ body: Buffer.from(url), contentType: 'text/html', url }), read, connectivity });
    expect((await queue.load('https://a.example/1', { background: false })).kind).toBe('extracted');
    queue.close();
  });
});

describe('the queue of pictures offline', () => {
  it('keeps nothing while offline and every waiting picture once the network is back', async () => {
    const { probe, connectivity } = network(true);
    const kept: string[] = [];
    const queue = new PrefetchQueue(async ([url]) => (kept.push(url as string), true), { concurrency: 2, maxWaiting: 100 });
    queue.follow(connectivity);
    probe.set(false);
    queue.add([['https://a.example/1.png'], ['https://a.example/2.png'], ['https://b.example/3.png']]);
    await settle();
    expect(kept).toEqual([]);
    expect(queue.size).toBe(3);
    probe.set(true);
    await queue.whenIdle();
    expect(kept.sort()).toEqual(['https://a.example/1.png', 'https://a.example/2.png', 'https://b.example/3.png']);
  });

  it('queues again a picture lost as the network went', async () => {
    const { probe, connectivity } = network(true);
    let attempts = 0;
    const queue = new PrefetchQueue(
      async () => {
        attempts += 1;
        if (attempts > 1) return true;
        probe.set(false);
        return false;
      },
      { concurrency: 1, maxWaiting: 100 },
    );
    queue.follow(connectivity);
    queue.add([['https://a.example/1.png']]);
    await settle();
    expect(attempts).toBe(1);
    expect(queue.size).toBe(1);
    probe.set(true);
    await queue.whenIdle();
    expect(attempts).toBe(2);
  });
});
