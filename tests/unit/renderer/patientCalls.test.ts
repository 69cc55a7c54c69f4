import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../../renderer/ipc/httpBridge';
import { inTurns, patientCallsAtOnce } from '../../../renderer/ipc/patientCalls';

const answer = (value: unknown) => new Response(JSON.stringify({ ok: true, value }), { headers: { 'Content-Type': 'application/json' } });

/** A main process that holds background pages and icons until told, and answers everything else at once. */
function holdingMain() {
  const held: Array<() => void> = [];
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: URL, init: RequestInit) => {
    const channel = url.pathname.replace('/ipc/', '');
    asked.push(channel);
    const request = JSON.parse(String(init.body)) as { background?: boolean };
    if (channel === 'feeds:icon' || (channel === 'article:fullText' && request.background)) {
      return new Promise<Response>((resolve) => held.push(() => resolve(answer({ kind: 'none' }))));
    }
    return Promise.resolve(answer(channel === 'poller:stored' ? { held: 0 } : null));
  });
  return { held, asked };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('calls over HTTP that the main process may hold', () => {
  it('leaves connections for the calls someone waits on: held calls are asked a few at a time, each kind in its lane', async () => {
    const main = holdingMain();
    const bridge = createHttpBridge('http://127.0.0.1:9/');
    const icons = Array.from({ length: 4 }, (_, index) =>
      bridge.invoke('feeds:icon', { iconUrl: null, imageUrl: null, siteUrl: `https://site${index}.example/`, feedUrl: `https://site${index}.example/feed` }),
    );
    const pages = Array.from({ length: 2 }, (_, index) => bridge.invoke('article:fullText', { url: `https://site.example/${index}`, background: true }));
    await Promise.resolve();
    expect(main.asked.filter((channel) => channel === 'feeds:icon')).toHaveLength(patientCallsAtOnce.icons);
    expect(main.asked.filter((channel) => channel === 'article:fullText')).toHaveLength(patientCallsAtOnce.backgroundPages);

    // The writer's acknowledgement and a page the reader opened go at once.
    await expect(bridge.invoke('poller:stored', { deliveries: [1] })).resolves.toEqual({ held: 0 });
    expect(main.asked).toContain('poller:stored');
    void bridge.invoke('article:fullText', { url: 'https://site.example/opened' });
    expect(main.asked.filter((channel) => channel === 'article:fullText')).toHaveLength(patientCallsAtOnce.backgroundPages + 1);

    // Every held call is asked in its turn.
    for (let turn = 0; turn < 7; turn += 1) {
      main.held.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await Promise.all([...icons, ...pages]);
    expect(main.asked.filter((channel) => channel === 'feeds:icon')).toHaveLength(4);
  });
});

describe('inTurns', () => {
  it('runs tasks at most so many at a time, in the order they came, and passes on failures', async () => {
    const turns = inTurns(2);
    const started: number[] = [];
    const finish: Array<() => void> = [];
    const tasks = [0, 1, 2, 3].map((index) =>
      turns(
        () =>
          new Promise<number>((resolve, reject) => {
            started.push(index);
            finish[index] = () => (index === 1 ? reject(new Error('no')) : resolve(index));
          }),
      ),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    finish[1]?.();
    await expect(tasks[1]).rejects.toThrow('no');
    expect(started).toEqual([0, 1, 2]);
    finish[0]?.();
    finish[2]?.();
    await tasks[2];
    finish[3]?.();
    await expect(Promise.all([tasks[0], tasks[2], tasks[3]])).resolves.toEqual([0, 2, 3]);
  });
});
