import { mainMessage, type MainMessage } from '../../../../shared/model/mainMessage';
import { FeedProblem, verbatim } from '../../http/feedProblem';
import { closeTruncated, HTML_ENTITIES_FIX, repairXml, splitItems, usesHtmlEntities, wrapRawHtml, type Repair } from '../repairXml';
import { attributesOf, listOf } from '../xmlValues';
import type { ParsedDocument, ParseOnce } from './feedParser';
import { fieldsOf } from './nodes';

export interface Reading {
  output: ParsedDocument;
  /** Problems the reading recovered from, in words a user can act on. */
  errors: MainMessage[];
}

const notAFeedMessage = /Feed not recognized|Unable to parse XML/;

const notAFeed = mainMessage('otherXml');

const feedRoot = /<(rss|feed|(\w+:)?RDF)[\s>]/;

/**
 * Strict first; on failure, repair what feeds commonly get wrong, then close a truncated document, then read the items
 * one by one and leave out those that will not parse. Throws FeedProblem when the text is not a feed.
 */
export async function parseLeniently(text: string, parseOnce: ParseOnce): Promise<Reading> {
  let firstError: unknown;
  try {
    const output = await parseOnce(text);
    return await withRawHtmlRead(text, { output, errors: usesHtmlEntities(text) ? [HTML_ENTITIES_FIX] : [] }, parseOnce);
  } catch (error) {
    firstError = error;
  }
  // Markup before the root (a PHP warning's <br /><b>Warning</b>) makes the first element look like the document's.
  if (errorMatches(firstError, notAFeedMessage) && !feedRoot.test(text)) throw new FeedProblem(notAFeed, 'not-a-feed');
  const repaired = repairXml(text);
  let complaint: unknown;
  try {
    return { output: await parseOnce(repaired.text), errors: repaired.fixes };
  } catch (error) {
    // The complaint about the repaired text names the damage that is left.
    complaint = error;
  }
  const closed = closeTruncated(repaired.text);
  if (closed) {
    try {
      return { output: await parseOnce(closed.text), errors: [...repaired.fixes, ...closed.fixes] };
    } catch {
      // Items may still be read one by one.
    }
  }
  const salvaged = await parseItemByItem(repaired, parseOnce);
  if (salvaged) return salvaged;
  if (errorMatches(complaint, notAFeedMessage)) throw new FeedProblem(notAFeed, 'not-a-feed');
  throw new FeedProblem(mainMessage('unreadable', { reason: complaintLine(complaint, repaired.text) }), 'parse');
}

/** Markup that xml2js turned into elements where HTML was meant (see wrapRawHtml): its text would come apart. */
const htmlFields = ['title', 'description', 'content:encoded', 'content', 'summary'];

function isMarkupTree(node: unknown): boolean {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return false;
  if (attributesOf(node).type?.toLowerCase() === 'xhtml') return false;
  return Object.keys(node).some((key) => key !== '_' && key !== '$');
}

/** A feed that parsed, but with raw HTML read as XML elements, is read again with that HTML taken as HTML. */
async function withRawHtmlRead(text: string, reading: Reading, parseOnce: ParseOnce): Promise<Reading> {
  const items = reading.output.items;
  if (!items.some((item) => htmlFields.some((field) => listOf(fieldsOf(item)?.[field]).some(isMarkupTree)))) return reading;
  const wrapped = wrapRawHtml(text);
  if (!wrapped) return reading;
  try {
    return { output: await parseOnce(wrapped.text), errors: [...reading.errors, ...wrapped.fixes] };
  } catch {
    return reading;
  }
}

/** One broken item costs that item, not the feed: each is tried inside the document's shell, and the rest are kept. */
async function parseItemByItem(repaired: Repair, parseOnce: ParseOnce): Promise<Reading | null> {
  const pieces = splitItems(repaired.text);
  if (!pieces || pieces.items.length === 0) return null;
  const parses = async (items: string[]): Promise<boolean> => {
    try {
      await parseOnce(pieces.head + items.join('\n') + pieces.tail);
      return true;
    } catch {
      return false;
    }
  };
  if (!(await parses([]))) return null;
  const kept: string[] = [];
  for (const item of pieces.items) if (await parses([item])) kept.push(item);
  if (kept.length === 0) return null;
  const output = await parseOnce(pieces.head + kept.join('\n') + pieces.tail);
  const dropped = pieces.items.length - kept.length;
  const note = dropped > 0 ? mainMessage('articlesLeftOut', { dropped, total: pieces.items.length }) : mainMessage('partsLeftOut');
  return { output, errors: [...repaired.fixes, note] };
}

function errorMatches(error: unknown, pattern: RegExp): boolean {
  return error instanceof Error && pattern.test(error.message);
}

function firstLine(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').trim() || 'unknown error';
}

/**
 * The parser's complaint in a reader's words. rss-parser meets a missing <channel> with a TypeError about reading
 * properties of undefined, which says nothing to whoever runs the feed.
 */
function complaintLine(error: unknown, text: string): MainMessage {
  if (!(error instanceof TypeError)) return verbatim(firstLine(error));
  if (/<rss[\s>]/.test(text) && !/<channel[\s>]/.test(text)) return mainMessage('noChannel');
  return mainMessage('notRssOrAtom');
}
