import { describe, expect, it } from 'vitest';
import { PageProblem } from '../../../electron/fulltext/fetchPage';
import { whenFeedsQuiet } from '../../../electron/fulltext/fullText';
import { FullTextQueue, type FullTextQueueOptions } from '../../../electron/fulltext/fullTextQueue';
import type { FetchedPage } from '../../../electron/fulltext/readArticlePage';
import type { FullTextAnswer } from '../../../shared/model/fullText';

// The main process's queue of article pages: the reader's first, background ones polite and after the feeds.

interface Gate {
  url: string;
  open: () => void;
  fail: (problem: PageProblem) => void;
}

/** A network whose every request waits until the test lets it through, recording the order they started in. */
function heldNetwork() {
  const started: string[] = [];
  const gates: Gate[] = [];
  const fetch = (url: string) =>
    new Promise<FetchedPage>((resolve, reject) => {
      started.push(url);
      gates.push({ url, open: () => resolve({ body: Buffer.from(url), contentType: 'text/html', url }), fail: reject });
    });
  const release = (url: string) => {
    const gate = gates.find((candidate) => candidate.url === url);
    if (!gate) throw new Error(`${url} was not requested`);
    gates.splice(gates.indexOf(gate), 1);
    gate.open();
  };
  const fail = (url: string, problem: PageProblem) => {
    const gate = gates.find((candidate) => candidate.url === url);
    if (!gate) throw new Error(`${url} was not requested`);
    gates.splice(gates.indexOf(gate), 1);
    gate.fail(problem);
  };
  return { fetch, started, release, fail };
}

const read = async (page: FetchedPage): Promise<FullTextAnswer> => ({
  kind: 'extracted',
  html: `<p>${page.url}</p>`,
  url: page.url,
  language: null,
  canonicalUrl: null,
  siteName: null,
  textLength: page.url.length,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function queue(network: ReturnType<typeof heldNetwork>, options: Partial<FullTextQueueOptions> = {}): FullTextQueue {
  return new FullTextQueue({ fetch: network.fetch, read, hostGapMs: 0, ...options });
}

describe('FullTextQueue', () => {
  it('fetches one page at a time per host, a few hosts at once', async () => {
    const network = heldNetwork();
    const pages = queue(network, { concurrency: 2 });
    const answers = ['https://a.example/1', 'https://a.example/2', 'https://b.example/1', 'https://c.example/1'].map((url) => pages.load(url, { background: false }));
    await settle();
    expect(network.started).toEqual(['https://a.example/1', 'https://b.example/1']);
    network.release('https://a.example/1');
    await settle();
    expect(network.started).toEqual(['https://a.example/1', 'https://b.example/1', 'https://a.example/2']);
    network.release('https://b.example/1');
    network.release('https://a.example/2');
    await settle();
    network.release('https://c.example/1');
    await expect(Promise.all(answers)).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'extracted', url: 'https://c.example/1' })]));
  });

  it('serves the reader’s pages before background ones, and background ones only once the feeds are quiet', async () => {
    const network = heldNetwork();
    let quiet: () => void = () => undefined;
    const pages = queue(network, { concurrency: 1, whenQuiet: () => new Promise<void>((resolve) => (quiet = resolve)) });
    const background = pages.load('https://a.example/background', { background: true });
    await settle();
    expect(network.started).toEqual([]);
    const asked = pages.load('https://b.example/asked', { background: false });
    await settle();
    expect(network.started).toEqual(['https://b.example/asked']);
    network.release('https://b.example/asked');
    await expect(asked).resolves.toMatchObject({ kind: 'extracted' });
    await settle();
    expect(network.started).toEqual(['https://b.example/asked']);
    quiet();
    await settle();
    expect(network.started).toEqual(['https://b.example/asked', 'https://a.example/background']);
    network.release('https://a.example/background');
    await expect(background).resolves.toMatchObject({ kind: 'extracted' });
  });

  it('fetches a page asked for twice once, and moves it ahead when the reader asks for it', async () => {
    const network = heldNetwork();
    const pages = queue(network, { concurrency: 1 });
    const first = pages.load('https://a.example/1', { background: true });
    const second = pages.load('https://b.example/2', { background: true });
    const again = pages.load('https://b.example/2', { background: false });
    await settle();
    expect(network.started).toEqual(['https://a.example/1']);
    network.release('https://a.example/1');
    await settle();
    expect(network.started).toEqual(['https://a.example/1', 'https://b.example/2']);
    network.release('https://b.example/2');
    const [one, two, three] = await Promise.all([first, second, again]);
    expect(one).toMatchObject({ url: 'https://a.example/1' });
    expect(two).toEqual(three);
  });

  it('leaves a host alone in the background after it says it is busy, while the reader may still ask it', async () => {
    let clock = 1_000_000;
    const network = heldNetwork();
    const pages = queue(network, { concurrency: 2, now: () => clock });
    const busy = pages.load('https://a.example/1', { background: true });
    await settle();
    network.fail('https://a.example/1', new PageProblem({ kind: 'failed', reason: 'http', status: 429, detail: 'a.example answered 429' }, 120));
    await expect(busy).resolves.toMatchObject({ kind: 'failed', reason: 'http', status: 429 });
    const later = pages.load('https://a.example/2', { background: true });
    await settle();
    expect(network.started).toEqual(['https://a.example/1']);
    const asked = pages.load('https://a.example/3', { background: false });
    await settle();
    expect(network.started).toEqual(['https://a.example/1', 'https://a.example/3']);
    network.release('https://a.example/3');
    await asked;
    clock += 121_000;
    pages.load('https://b.example/wake', { background: false });
    await settle();
    expect(network.started).toContain('https://a.example/2');
    network.release('https://a.example/2');
    await expect(later).resolves.toMatchObject({ kind: 'extracted' });
    pages.close();
  });

  it('refuses what is no web address, and background pages past its length', async () => {
    const network = heldNetwork();
    const pages = queue(network, { concurrency: 1, maxQueued: 1 });
    await expect(pages.load('file:///etc/passwd', { background: false })).resolves.toMatchObject({ kind: 'failed', reason: 'not-a-page' });
    pages.load('https://a.example/1', { background: true });
    pages.load('https://a.example/2', { background: true });
    await expect(pages.load('https://a.example/3', { background: true })).resolves.toMatchObject({ kind: 'failed', reason: 'busy' });
    pages.close();
  });
});

describe('whenFeedsQuiet', () => {
  it('waits for the network to be back, then for the poller to be idle', async () => {
    const listeners = new Set<() => void>();
    let offline = true;
    let idle: () => void = () => undefined;
    const feeds = {
      whenIdle: () => new Promise<void>((resolve) => (idle = resolve)),
      connectivity: {
        get isOffline() {
          return offline;
        },
        onChange: (listener: () => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
    };
    let quiet = false;
    void whenFeedsQuiet(feeds).then(() => (quiet = true));
    await settle();
    offline = false;
    for (const listener of [...listeners]) listener();
    await settle();
    expect(quiet).toBe(false);
    expect(listeners.size).toBe(0);
    idle();
    await settle();
    expect(quiet).toBe(true);
  });
});

