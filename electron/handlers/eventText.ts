import type { Emit, EventChannel } from '../../shared/ipc/contract';
import { deliveryFirst } from '../../shared/ipc/resultJson';
import type { DeliveredPollResult } from '../../shared/model/feed';
import type { ArticlesText } from '../feeds/worker/articlesText';
import type { PushResult } from '../poller/deliveries';

/**
 * The emit and the push of a transport that carries each event as its JSON text (both shells' do): `send` gets the
 * text, or a result's in parts, its articles' text as the parse worker made it. A result's text starts with its
 * delivery number (resultJson.ts), read there by the window's writer without reading the rest.
 */
export function jsonTransport(send: (event: EventChannel, json: string | ResultText) => void): { emit: Emit; pushResult: PushResult } {
  const emit: Emit = (event, payload) => send(event, JSON.stringify(payload));
  const pushResult: PushResult = (result, articles) =>
    articles && result.outcome.kind === 'updated' ? send('poller:result', resultText(deliveryFirst(result), articles)) : emit('poller:result', deliveryFirst(result));
  return { emit, pushResult };
}

/**
 * A pushed result's JSON text in three parts, the articles' own JSON text between the rest: how both shells send a
 * result whose articles the parse worker gave as text (articlesText.ts), without making objects of them in main.
 */
export interface ResultText {
  before: string;
  articles: Uint8Array;
  after: string;
}

export function resultText(result: DeliveredPollResult, articles: ArticlesText): ResultText {
  const [before, after] = jsonAround(result, ['outcome', 'feed', 'articles']);
  return { before, articles: articles.json, after };
}

/** The three parts as one string, for a transport that sends strings. */
export function joinedText({ before, articles, after }: ResultText): string {
  return `${before}${new TextDecoder().decode(articles)}${after}`;
}

/**
 * The JSON of `value` in two parts, before and after the member at `path` (a chain of keys, each naming an object but
 * the last): what goes between is that member's value, written by the caller as JSON it already has. The member is
 * moved last in each object on the way, so that where it goes is known without searching the text.
 */
export function jsonAround(value: object, path: readonly [string, ...string[]]): [before: string, after: string] {
  const [key, ...rest] = path;
  const { [key]: inner, ...others } = value as Record<string, unknown>;
  const whole = JSON.stringify({ ...others, [key]: null });
  const placeholder = 'null}';
  if (!whole.endsWith(`${JSON.stringify(key)}:${placeholder}`)) throw new Error(`jsonAround: ${key} cannot be moved last`);
  const before = whole.slice(0, -placeholder.length);
  if (rest.length === 0) return [before, '}'];
  if (typeof inner !== 'object' || inner === null) throw new Error(`jsonAround: ${key} is not an object`);
  const [innerBefore, innerAfter] = jsonAround(inner, rest as [string, ...string[]]);
  return [before + innerBefore, `${innerAfter}}`];
}
