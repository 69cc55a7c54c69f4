import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebApp } from '../../electron/web/webApp';
import type { RequestOf, ResponseOf, InvokeChannel } from '../../shared/ipc/contract';
import type { DeliveredPollResult, Subscription } from '../../shared/model/feed';
import { openEventStream } from '../fixtures/loopback/eventStream';
import { startFeedServer, type FeedServer } from '../fixtures/loopback/feedServer';
import { frenchArticleTitle } from '../fixtures/loopback/frenchArticle';

// The web harness as a window meets it: calls over POST /ipc/<channel>, results over the event stream, the real
// poller and feed pipeline behind them, and a publisher on 127.0.0.1.
describe('nothing fetched is lost', () => {
  let feeds: FeedServer;
  let app: Awaited<ReturnType<typeof startWebApp>>;
  let rendererDir: string;
  let streams: Array<{ close: () => Promise<void> }>;

  beforeEach(async () => {
    feeds = await startFeedServer();
    rendererDir = mkdtempSync(join(tmpdir(), 'tidings-deliveries-'));
    app = await startWebApp({ port: 0, rendererDir, backend: { poller: { intervalMs: 60 * 60_000 } } });
    streams = [];
  });

  afterEach(async () => {
    for (const stream of streams) await stream.close().catch(() => undefined);
    await app.close();
    await feeds.close();
    rmSync(rendererDir, { recursive: true, force: true });
  });

  async function call<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const response = await fetch(new URL(`ipc/${channel}`, app.url), { method: 'POST', body: JSON.stringify(request) });
    const body = (await response.json()) as { ok: true; value: ResponseOf<C> } | { ok: false; error: string };
    if (!body.ok) throw new Error(body.error);
    return body.value;
  }

  /** A window's event stream, opened as a page opens it, then the call the writer makes once it is open. */
  async function connectWriter(database = 'profile-1') {
    const stream = await openEventStream(app.url);
    streams.push(stream);
    const { resent } = await call('poller:writer', { database });
    return { stream, resent };
  }

  const subscription = (feedId: string, path: string): Subscription => ({
    feedId,
    url: feeds.url(path),
    validators: { etag: null, lastModified: null },
    lastFetchedAt: null,
  });
  const deliveriesOf = (results: DeliveredPollResult[]) => results.map((result) => result.delivery);
  const titles = (result: DeliveredPollResult | undefined) =>
    result?.outcome.kind === 'updated' ? result.outcome.feed.articles.map((article) => article.title) : null;

  it('pushes every result not acknowledged again each time the writer’s event stream opens, until it is stored', async () => {
    const first = await connectWriter();
    await call('poller:subscribe', { subscriptions: [subscription('news', '/news.xml'), subscription('science', '/science.xml')] });
    const fetched = await first.stream.results(2);
    // The window goes before storing anything.
    await first.stream.close();

    const second = await connectWriter();
    expect(second.resent).toBe(2);
    expect(await second.stream.results(2)).toEqual(fetched);
    const news = fetched.find((result) => result.feedId === 'news') as DeliveredPollResult;
    expect(await call('poller:stored', { deliveries: [news.delivery] })).toEqual({ held: 1 });
    await second.stream.close();

    const third = await connectWriter();
    expect(third.resent).toBe(1);
    expect((await third.stream.results(1)).map((result) => result.feedId)).toEqual(['science']);
    const science = fetched.find((result) => result.feedId === 'science') as DeliveredPollResult;
    expect(await call('poller:stored', { deliveries: [science.delivery] })).toEqual({ held: 0 });

    expect((await connectWriter()).resent).toBe(0);
  });

  it('sends on the next refresh only the articles not stored yet, and all of them again after a result no one stored', async () => {
    const { stream } = await connectWriter();
    await call('poller:subscribe', { subscriptions: [subscription('news', '/news.xml')] });
    const cold = await stream.results(1);
    expect(titles(cold[0])).toEqual([frenchArticleTitle]);
    await call('poller:stored', { deliveries: deliveriesOf(cold) });

    // The publisher sends the whole feed again (no validators here): nothing in it is new.
    await call('poller:refresh', {});
    const unchanged = await stream.results(1);
    expect(unchanged[0]?.outcome.kind).toBe('updated');
    expect(titles(unchanged[0])).toEqual([]);
    await call('poller:stored', { deliveries: deliveriesOf(unchanged) });

    feeds.publish({ guid: 'later', title: 'Un autre article', html: '<p>Plus tard.</p>', published: new Date('2024-06-28T10:00:00Z'), path: '/articles/later' });
    await call('poller:refresh', {});
    const [fresh] = await stream.results(1);
    expect(titles(fresh)).toEqual(['Un autre article']);

    // Never acknowledged: the next fetch sends the new article again.
    await call('poller:refresh', {});
    const again = await stream.results(1);
    expect(titles(again[0])).toEqual(['Un autre article']);
    await call('poller:stored', { deliveries: deliveriesOf(again) });

    await call('poller:refresh', {});
    expect(titles((await stream.results(1))[0])).toEqual([]);
  });

  it('sends everything again to a writer of another database', async () => {
    const { stream } = await connectWriter('profile-1');
    await call('poller:subscribe', { subscriptions: [subscription('news', '/news.xml')] });
    await call('poller:stored', { deliveries: deliveriesOf(await stream.results(1)) });

    const other = await connectWriter('profile-2');
    await call('poller:refresh', {});
    expect(titles((await other.stream.results(1))[0])).toEqual([frenchArticleTitle]);
  });

  it('starts no fetch while paused, and fetches again once resumed', async () => {
    const { stream } = await connectWriter();
    await call('poller:subscribe', { subscriptions: [subscription('news', '/news.xml')] });
    await stream.results(1);
    const hits = () => feeds.hits.get('/news.xml') ?? 0;

    expect(await call('poller:pause', { paused: true, reason: 'storage-full' })).toEqual({ paused: true });
    expect(await call('poller:refresh', {})).toEqual({ started: 0 });
    expect(hits()).toBe(1);

    expect(await call('poller:pause', { paused: false, reason: 'storage-full' })).toEqual({ paused: false });
    expect(await call('poller:refresh', {})).toEqual({ started: 1 });
    await stream.results(1);
    expect(hits()).toBe(2);
  });
});
