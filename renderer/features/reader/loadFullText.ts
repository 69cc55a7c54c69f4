import type { Bridge } from '../../../shared/ipc/contract';
import type { FullTextAnswer } from '../../../shared/model/fullText';
import type { TidingsDb } from '../../db/database';
import { addsToFeedText, storeFullText } from '../../db/fullText';

/** How asking for one article's page ended, as the reading pane tells it. */
export type LoadOutcome =
  | { kind: 'stored' }
  /** The page reads no longer than the feed's own text: nothing was stored. */
  | { kind: 'no-more' }
  /** The article was removed meanwhile. */
  | { kind: 'gone' }
  | Extract<FullTextAnswer, { kind: 'failed' }>;

/**
 * Reads the whole article from its page now, ahead of any background work, and stores it with the article's body.
 * Never throws: a main process that does not answer is a page that could not be reached.
 */
export async function loadFullText(db: TidingsDb, bridge: Bridge, key: string, url: string): Promise<LoadOutcome> {
  let answer: FullTextAnswer;
  try {
    answer = await bridge.invoke('article:fullText', { url });
  } catch (error) {
    return { kind: 'failed', reason: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  if (answer.kind === 'failed') return answer;
  const body = await db.bodies.get(key);
  if (!body) return { kind: 'gone' };
  if (!addsToFeedText(body, answer)) return { kind: 'no-more' };
  return (await storeFullText(db, key, answer)) ? { kind: 'stored' } : { kind: 'gone' };
}
