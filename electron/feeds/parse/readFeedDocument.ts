import { mainMessage, type MainMessage } from '../../../shared/model/mainMessage';
import { unreadable, type DocumentReading, type FeedDocument } from './documentReading';
import { decodeText } from '../decode/decodeText';
import { windows1252JsonEscapes, windows1252References } from '../decode/windows1252';
import { findFeedLinks } from '../discover/findFeedLinks';
import { FeedProblem, verbatim } from '../http/feedProblem';
import { normaliseFeedChanges, type FeedChanges } from '../normalise/normaliseFeed';
import { markedItems, readAroundKnown, rememberReading, type KnownMarkup } from './knownMarkup';
import type { RawFeed } from './rawFeed';
import { looksLikeJson, readJsonFeed } from './readJsonFeed';
import { readXmlFeed } from './readXmlFeed';
import { expandDeclaredEntities } from './repairXml';

function looksLikeHtml(text: string, contentType: string | null): boolean {
  // XHTML pages open with an XML declaration; error pages often with <head> or <body>, without <html>.
  const head = text.slice(0, 2048).replace(/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/, '');
  if (/^<!doctype\s+html|^<(html|head|body)[\s>]/i.test(head)) return true;
  return /html/i.test(contentType ?? '') && !/<([\w.-]+:)?(rss|feed|RDF)[\s>]/.test(text.slice(0, 4096));
}

/** Why a document with no markup at all is no feed, in the words of what it is. */
function notMarkup(text: string): MainMessage | null {
  if (text.includes('<')) return null;
  const opening = text.trimStart().slice(0, 200).split('\n')[0]?.trim().slice(0, 80) ?? '';
  if (opening === '') return mainMessage('whiteSpaceOnly');
  return mainMessage('plainText', { opening });
}


/**
 * XML with what its reader would misread settled first: references to C1 controls (`&#146;`, meaning ’), and the
 * entities the document's DOCTYPE declares.
 */
function xmlToRead(text: string): string {
  return expandDeclaredEntities(windows1252References(text));
}

function feedReading(raw: RawFeed, { feed, itemDigests }: FeedChanges, knownMarkup: KnownMarkup | null): DocumentReading {
  return {
    kind: 'feed',
    feed,
    suggestedIntervalSeconds: raw.suggestedIntervalSeconds,
    ...(itemDigests ? { itemDigests } : {}),
    ...(knownMarkup ? { knownMarkup } : {}),
  };
}

/** Decodes, parses, normalises and sanitises one document. Never throws. */
export async function readFeedDocument(document: FeedDocument): Promise<DocumentReading> {
  try {
    if (document.body.byteLength === 0) return unreadable(mainMessage('emptyBody'), 'not-a-feed');
    const decoded = decodeText(document.body, document.contentType);
    const text = decoded.text;
    const base = document.baseUrl ?? document.url;
    if (looksLikeHtml(text, document.contentType)) return { kind: 'web-page', feeds: findFeedLinks(text, base) };
    const json = looksLikeJson(text);
    const noMarkup = json ? null : notMarkup(text);
    if (noMarkup) return unreadable(noMarkup, 'not-a-feed');
    // The base goes apart from the feed's address, which names the feed: in stored items' digests, in provenance.
    const options = { feedUrl: document.url, fetchedAt: document.fetchedAt, sanitise: document.sanitise, ...(document.baseUrl ? { baseUrl: document.baseUrl } : {}) };
    const storedItems = document.storedItems ?? null;
    if (json) {
      const raw = readJsonFeed(windows1252JsonEscapes(text));
      if (decoded.warning) raw.errors.unshift(decoded.warning);
      return feedReading(raw, normaliseFeedChanges(raw, options, storedItems), null);
    }
    const xml = xmlToRead(text);
    const read = (markup: string) => readXmlFeed(markup, base);
    // Items are told apart in the markup only for a reader that keeps what it stored, which is what makes it pay.
    const marked = storedItems && !decoded.warning ? markedItems(xml) : null;
    if (marked && storedItems && document.knownMarkup) {
      const around = await readAroundKnown(xml, marked, document.knownMarkup, read, options, storedItems);
      if (around) return feedReading(around.raw, around.changes, around.known);
    }
    const raw = await read(xml);
    if (decoded.warning) raw.errors.unshift(decoded.warning);
    const changes = normaliseFeedChanges(raw, options, storedItems);
    return feedReading(raw, changes, marked && rememberReading(marked, raw, changes));
  } catch (error) {
    // Reading raises only not-a-feed and parse problems; anything else thrown is the parser failing on the feed.
    if (error instanceof FeedProblem) return unreadable(error.told, error.reason === 'not-a-feed' ? 'not-a-feed' : 'parse');
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return unreadable(mainMessage('unreadable', { reason: verbatim(message) }), 'parse');
  }
}
