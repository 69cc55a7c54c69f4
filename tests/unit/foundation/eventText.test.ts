import { describe, expect, it } from 'vitest';
import { joinedText, jsonAround, jsonTransport, type ResultText } from '../../../electron/handlers/eventText';
import { articlesToText } from '../../../electron/feeds/worker/articlesText';
import type { EventChannel } from '../../../shared/ipc/contract';
import { deliveryInJson } from '../../../shared/ipc/resultJson';
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

  it('starts every result’s text with its delivery number, which the window’s writer reads without reading the rest', () => {
    const sent: string[] = [];
    const { pushResult } = jsonTransport((_event, json) => sent.push(typeof json === 'string' ? json : joinedText(json)));
    const articles = [parsedArticle('a1', { title: '{"delivery":9,' })];
    // The delivery number last in the object, as a merge of two results may leave it.
    const result = { feedId: '{"delivery":7,', url: 'https://example.com/feed', fetchedAt: 1, outcome: updated(articles), delivery: 41 };
    const { outcome } = result;
    if (outcome.kind !== 'updated') throw new Error('an updated outcome');

    pushResult({ ...result, outcome: { ...outcome, feed: { ...outcome.feed, articles: [] } } }, articlesToText(articles));
    pushResult({ ...result, delivery: 42, outcome: { kind: 'not-modified', validators: noValidators } }, null);

    expect(sent.map(deliveryInJson)).toEqual([41, 42]);
    expect(JSON.parse(sent[0] ?? '')).toEqual(result);
    // A text that does not start with one is not guessed at.
    expect(deliveryInJson(JSON.stringify({ feedId: 'f', delivery: 3 }))).toBeNull();
    expect(deliveryInJson('{"delivery":"3",')).toBeNull();
  });

  it('refuses a path that does not lead through objects', () => {
    expect(() => jsonAround({ outcome: 'failed' }, ['outcome', 'feed'])).toThrow(/not an object/);
    expect(jsonAround({ a: 1, b: { c: [] } }, ['b', 'c'])).toEqual(['{"a":1,"b":{"c":', '}}']);
  });
});
