import { describe, expect, it } from 'vitest';
import { joinedText, jsonAround, jsonTransport, type ResultText } from '../../../electron/handlers/eventText';
import { articlesToText } from '../../../electron/feeds/worker/articlesText';
import type { EventChannel } from '../../../shared/ipc/contract';
import { noValidators, parsedArticle, updated } from './support/fixtures';

describe('events as JSON text', () => {
  it('sends a result whose articles came as text as the JSON of the whole result, and other events as their JSON', () => {
    const sent: Array<[EventChannel, string | ResultText]> = [];
    const { emit, pushResult } = jsonTransport((event, json) => sent.push([event, json]));
    const articles = [parsedArticle('a1', { title: 'Hà Nội "hôm nay"' }), parsedArticle('a2')];
    const whole = { feedId: 'f', url: 'https://example.com/feed', fetchedAt: 1, delivery: 2, outcome: updated(articles) };
    const { outcome } = whole;
    if (outcome.kind !== 'updated') throw new Error('an updated outcome');

    pushResult({ ...whole, outcome: { ...outcome, feed: { ...outcome.feed, articles: [] } } }, articlesToText(articles));
    pushResult({ ...whole, outcome: { kind: 'not-modified', validators: noValidators } }, null);
    emit('poller:progress', { running: false, done: 1, total: 1 });

    const [result, notModified, progress] = sent.map(([event, json]) => [event, JSON.parse(typeof json === 'string' ? json : joinedText(json))]);
    expect(result).toEqual(['poller:result', whole]);
    expect(notModified).toEqual(['poller:result', { ...whole, outcome: { kind: 'not-modified', validators: noValidators } }]);
    expect(progress).toEqual(['poller:progress', { running: false, done: 1, total: 1 }]);
    expect(typeof sent[0]?.[1]).toBe('object');
  });

  it('refuses a path that does not lead through objects', () => {
    expect(() => jsonAround({ outcome: 'failed' }, ['outcome', 'feed'])).toThrow(/not an object/);
    expect(jsonAround({ a: 1, b: { c: [] } }, ['b', 'c'])).toEqual(['{"a":1,"b":{"c":', '}}']);
  });
});
