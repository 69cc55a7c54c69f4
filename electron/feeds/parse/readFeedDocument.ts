import type { ParsedFeed } from '../../../shared/model/article';
import { decodeText } from '../decode/decodeText';
import { findFeedLinks, type DiscoveredFeed } from '../discover/findFeedLinks';
import { FeedProblem } from '../http/feedProblem';
import { normaliseFeedChanges } from '../normalise/normaliseFeed';
import { looksLikeJson, readJsonFeed } from './readJsonFeed';
import { readXmlFeed } from './readXmlFeed';

/** One document to read: what the fetch brought back. Plain data, so it can cross to a worker. */
export interface FeedDocument {
  body: Uint8Array;
  contentType: string | null;
  /** The address the document came from, the base for relative links. */
  url: string;
  /** Epoch milliseconds. */
  fetchedAt: number;
  /** See NormaliseOptions.sanitise. */
  sanitise: boolean;
  /** The digests of the items the reader has stored: those are left out (see normaliseFeedChanges). */
  storedItems?: readonly string[];
}

export type DocumentReading =
  | {
      kind: 'feed';
      feed: ParsedFeed;
      suggestedIntervalSeconds: number | null;
      /** Every item's digest, stored ones included; only when the document came with `storedItems`. */
      itemDigests?: string[];
    }
  | { kind: 'web-page'; feeds: DiscoveredFeed[] }
  | { kind: 'unreadable'; error: string };

function looksLikeHtml(text: string, contentType: string | null): boolean {
  // XHTML pages open with an XML declaration; error pages often with <head> or <body>, without <html>.
  const head = text.slice(0, 2048).replace(/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/, '');
  if (/^<!doctype\s+html|^<(html|head|body)[\s>]/i.test(head)) return true;
  return /html/i.test(contentType ?? '') && !/<(rss|feed|\w+:RDF|RDF)[\s>]/.test(text.slice(0, 4096));
}

/** Why a document with no markup at all is no feed, in the words of what it is. */
function notMarkup(text: string): string | null {
  if (text.includes('<')) return null;
  const opening = text.trimStart().slice(0, 200).split('\n')[0]?.trim().slice(0, 80) ?? '';
  if (opening === '') return 'The feed is empty: the address answered with nothing but white space';
  return `Not a feed: the address answered with plain text (“${opening}”)`;
}

/** Decodes, parses, normalises and sanitises one document. Never throws. */
export async function readFeedDocument(document: FeedDocument): Promise<DocumentReading> {
  try {
    if (document.body.byteLength === 0) return { kind: 'unreadable', error: 'The feed is empty: the address answered with no content' };
    const decoded = decodeText(document.body, document.contentType);
    const text = decoded.text;
    if (looksLikeHtml(text, document.contentType)) return { kind: 'web-page', feeds: findFeedLinks(text, document.url) };
    const json = looksLikeJson(text);
    const noMarkup = json ? null : notMarkup(text);
    if (noMarkup) return { kind: 'unreadable', error: noMarkup };
    const raw = json ? readJsonFeed(text) : await readXmlFeed(text, document.url);
    if (decoded.warning) raw.errors.unshift(decoded.warning);
    const options = { feedUrl: document.url, fetchedAt: document.fetchedAt, sanitise: document.sanitise };
    const { feed, itemDigests } = normaliseFeedChanges(raw, options, document.storedItems ?? null);
    return { kind: 'feed', feed, suggestedIntervalSeconds: raw.suggestedIntervalSeconds, ...(itemDigests ? { itemDigests } : {}) };
  } catch (error) {
    if (error instanceof FeedProblem) return { kind: 'unreadable', error: error.message };
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { kind: 'unreadable', error: `Not a readable feed: ${message}` };
  }
}
