import { describe, expect, it } from 'vitest';
import type { FetchedOutcome } from '../../../electron/feeds/fetchFeed';
import type { KnownMarkup } from '../../../electron/feeds/parse/knownMarkup';
import { Deliveries, heldArticlesPerFeed, pushThroughEmit } from '../../../electron/poller/deliveries';
import type { DeliveredPollResult, FetchOutcome } from '../../../shared/model/feed';
import { articlesToText, type ArticlesText } from '../../../electron/feeds/worker/articlesText';
import { eventRecorder } from '../foundation/support/events';
import { noValidators, parsedArticle, updated } from '../foundation/support/fixtures';

function ledger() {
  const recorder = eventRecorder();
  const deliveries = new Deliveries(pushThroughEmit(recorder.emit));
  let clock = 1_000;
  const deliver = (feedId: string, outcome: FetchedOutcome) => {
    deliveries.deliver({ feedId, url: `https://${feedId}.example/feed.xml`, fetchedAt: (clock += 1), outcome });
    return recorder.results().at(-1)?.delivery ?? -1;
  };
  return { deliveries, recorder, deliver };
}

const withArticles = (ids: string[], itemDigests?: string[]): FetchedOutcome => ({
  ...updated(ids.map((id) => parsedArticle(id))),
  ...(itemDigests ? { itemDigests } : {}),
});
const articleIds = (outcome: FetchOutcome | undefined) => (outcome?.kind === 'updated' ? outcome.feed.articles.map((article) => article.id) : null);

describe('results held until stored', () => {
  it('numbers every result and pushes it, and pushes what is not acknowledged again, oldest first', () => {
    const { deliveries, recorder, deliver } = ledger();
    const a = deliver('a', withArticles(['a1']));
    const b = deliver('b', withArticles(['b1']));
    expect(b).toBeGreaterThan(a);

    expect(deliveries.resend()).toBe(2);
    expect(recorder.results().slice(2).map((result) => [result.feedId, result.delivery])).toEqual([
      ['a', a],
      ['b', b],
    ]);
  });

  it('lets an acknowledged result go: it is not pushed again', () => {
    const { deliveries, recorder, deliver } = ledger();
    const a = deliver('a', withArticles(['a1']));
    deliver('b', withArticles(['b1']));

    expect(deliveries.acknowledge([a])).toBe(1);
    recorder.events.length = 0;
    deliveries.resend();
    expect(recorder.results().map((result) => result.feedId)).toEqual(['b']);
    expect(deliveries.acknowledge([a, 999])).toBe(1);
  });

  it('never sends the item digests to the window', () => {
    const { recorder, deliver } = ledger();
    deliver('a', withArticles(['a1'], ['digest-a1']));
    expect(recorder.results()[0]?.outcome).not.toHaveProperty('itemDigests');
  });
});

describe('at most one result held per feed', () => {
  it('holds one result per feed however many fetches no window stored', () => {
    const { deliveries, deliver } = ledger();
    for (let round = 0; round < 50; round += 1) {
      deliver('a', withArticles([`a${round}`]));
      deliver('b', { kind: 'not-modified', validators: noValidators });
      deliver('c', { kind: 'failed', error: 'The server answered 500', gone: false });
    }
    expect(deliveries.heldCount).toBe(3);
  });

  it('keeps the articles of an unstored result when a 304 follows it, with the 304’s validators and time', () => {
    const { deliveries, recorder, deliver } = ledger();
    deliver('a', withArticles(['a1', 'a2']));
    const etag = { etag: '"v2"', lastModified: null };
    const later = deliver('a', { kind: 'not-modified', validators: etag });

    const pushed = recorder.results().at(-1);
    expect(pushed?.delivery).toBe(later);
    expect(articleIds(pushed?.outcome)).toEqual(['a1', 'a2']);
    expect(pushed?.outcome.kind === 'updated' && pushed.outcome.validators).toEqual(etag);
    expect(pushed?.fetchedAt).toBe((recorder.results()[0]?.fetchedAt ?? 0) + 1);

    recorder.events.length = 0;
    deliveries.resend();
    expect(articleIds(recorder.results()[0]?.outcome)).toEqual(['a1', 'a2']);
  });

  it('keeps the articles of an unstored result when a failure follows it, and still pushes the failure', () => {
    const { deliveries, recorder, deliver } = ledger();
    const first = deliver('a', withArticles(['a1']));
    deliver('a', { kind: 'failed', error: 'Could not reach a.example', gone: false });
    expect(recorder.results().at(-1)?.outcome.kind).toBe('failed');

    recorder.events.length = 0;
    deliveries.resend();
    expect(recorder.results().map((result) => [result.delivery, articleIds(result.outcome)])).toEqual([[first, ['a1']]]);
  });

  it('keeps an unstored article the feed no longer lists when a newer fetch takes the result’s place', () => {
    const { deliveries, recorder, deliver } = ledger();
    deliver('a', withArticles(['gone-since', 'a2']));
    deliver('a', withArticles(['a3', 'a2']));
    recorder.events.length = 0;
    deliveries.resend();
    expect(articleIds(recorder.results()[0]?.outcome)).toEqual(['a3', 'a2', 'gone-since']);
  });

  it('holds a bounded number of articles per feed when no window stores for a long time', () => {
    const { deliveries, recorder, deliver } = ledger();
    for (let round = 0; round < 60; round += 1) deliver('busy', withArticles(Array.from({ length: 20 }, (_, index) => `r${round}-${index}`)));
    recorder.events.length = 0;
    deliveries.resend();
    const ids = articleIds(recorder.results()[0]?.outcome) ?? [];
    expect(ids).toHaveLength(heldArticlesPerFeed);
    expect(ids.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, index) => `r59-${index}`));
  });

  it('ignores the acknowledgement of a result that a newer one replaced: the newer is still held', () => {
    const { deliveries, deliver } = ledger();
    const older = deliver('a', withArticles(['a1']));
    deliver('a', withArticles(['a2']));
    expect(deliveries.acknowledge([older])).toBe(1);
  });
});

describe('articles that came as text from the parse worker', () => {
  const asText = (ids: string[]): FetchedOutcome => {
    const outcome = updated([]);
    return { ...outcome, articlesText: articlesToText(ids.map((id) => parsedArticle(id))) };
  };

  it('pushes them as the text they came as, holds them so, and a window through emit gets the articles', () => {
    const pushed: Array<{ result: DeliveredPollResult; articles: ArticlesText | null }> = [];
    const deliveries = new Deliveries((result, articles) => pushed.push({ result, articles }));
    const text = asText(['a1', 'a2']);
    deliveries.deliver({ feedId: 'a', url: 'https://a.example/feed.xml', fetchedAt: 1, outcome: text });
    deliveries.resend();
    expect(pushed.map(({ articles }) => articles)).toEqual([text.articlesText, text.articlesText]);
    expect(pushed.map(({ result }) => articleIds(result.outcome))).toEqual([[], []]);

    const { recorder, deliver } = ledger();
    deliver('a', asText(['a1', 'a2']));
    expect(articleIds(recorder.results()[0]?.outcome)).toEqual(['a1', 'a2']);
  });

  it('keeps them through a 304, and merges them with a newer result’s, newest first', () => {
    const { deliveries, recorder, deliver } = ledger();
    deliver('a', asText(['gone-since', 'a2']));
    deliver('a', { kind: 'not-modified', validators: { etag: '"v2"', lastModified: null } });
    expect(articleIds(recorder.results().at(-1)?.outcome)).toEqual(['gone-since', 'a2']);
    deliver('a', asText(['a3', 'a2']));
    recorder.events.length = 0;
    deliveries.resend();
    expect(articleIds(recorder.results()[0]?.outcome)).toEqual(['a3', 'a2', 'gone-since']);
  });
});

describe('what is remembered as stored', () => {
  it('remembers a feed’s item digests only once the result that carried them is acknowledged', () => {
    const { deliveries, deliver } = ledger();
    const first = deliver('a', withArticles(['a1', 'a2'], ['d1', 'd2']));
    expect(deliveries.storedItems('a')).toEqual([]);
    deliveries.acknowledge([first]);
    expect(deliveries.storedItems('a')).toEqual(['d1', 'd2']);

    // Not acknowledged: what is remembered stays that of the last stored result.
    deliver('a', withArticles(['a3'], ['d1', 'd2', 'd3']));
    expect(deliveries.storedItems('a')).toEqual(['d1', 'd2']);
  });

  it('hands the next fetch the markup a stored result remembered, never one not yet stored, and never to the window', () => {
    const { deliveries, recorder, deliver } = ledger();
    const markup = (context: string): KnownMarkup => ({ context, items: new Map([['m1', { id: 'a1', digest: 'd1', summary: { eligible: true, short: false, truncated: false } }]]) });
    const first = deliver('a', { ...withArticles(['a1'], ['d1']), knownMarkup: markup('first') });
    expect(recorder.results()[0]?.outcome).not.toHaveProperty('knownMarkup');
    expect(deliveries.remembered('a')).toEqual({ storedItems: [] });
    deliveries.acknowledge([first]);
    expect(deliveries.remembered('a')).toEqual({ storedItems: ['d1'], knownMarkup: markup('first') });

    // A newer result taking an unstored one's place stands for the feed's items as its own reading found them.
    deliver('a', { ...withArticles(['a2'], ['d2']), knownMarkup: markup('second') });
    const third = deliver('a', { ...withArticles(['a3'], ['d3']), knownMarkup: markup('third') });
    expect(deliveries.remembered('a').knownMarkup?.context).toBe('first');
    deliveries.acknowledge([third]);
    expect(deliveries.remembered('a').knownMarkup?.context).toBe('third');
    deliveries.acknowledge([deliver('a', { kind: 'not-modified', validators: noValidators })]);
    expect(deliveries.remembered('a').knownMarkup?.context).toBe('third');
  });

  it('remembers, for a result that took an older one’s place, the items of both', () => {
    const { deliveries, deliver } = ledger();
    deliver('a', withArticles(['a1'], ['d1']));
    const newer = deliver('a', withArticles(['a2'], ['d2']));
    deliveries.acknowledge([newer]);
    expect([...deliveries.storedItems('a')].sort()).toEqual(['d1', 'd2']);
  });

  it('leaves what is remembered alone when a 304 or a failure is acknowledged', () => {
    const { deliveries, deliver } = ledger();
    deliveries.acknowledge([deliver('a', withArticles(['a1'], ['d1']))]);
    deliveries.acknowledge([deliver('a', { kind: 'not-modified', validators: noValidators })]);
    deliveries.acknowledge([deliver('a', { kind: 'failed', error: 'Timed out', gone: false })]);
    expect(deliveries.storedItems('a')).toEqual(['d1']);
  });

  it('forgets feeds no longer subscribed, and everything when another database is written to', () => {
    const { deliveries, deliver } = ledger();
    deliveries.acknowledge([deliver('a', withArticles(['a1'], ['da'])), deliver('b', withArticles(['b1'], ['db']))]);
    deliveries.keepStoredItemsOf(new Set(['b']));
    expect(deliveries.storedItems('a')).toEqual([]);
    expect(deliveries.storedItems('b')).toEqual(['db']);
    deliveries.forgetStoredItems();
    expect(deliveries.storedItems('b')).toEqual([]);
  });
});
