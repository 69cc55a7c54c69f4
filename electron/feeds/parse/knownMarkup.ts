import { digestText } from '../../../shared/util/articleDigest';
import { normaliseAround, type FeedChanges, type NormaliseOptions, type RememberedItem } from '../normalise/normaliseFeed';
import { itemSpans, withoutSpans, type ItemSpan } from './itemSpans';
import type { RawFeed } from './rawFeed';

// Most of a feed is the same from one fetch to the next: a few items come, a few go. Reading it again costs mostly the
// XML parse and the normalising of every item, both of which give what they gave last time for an unchanged item. So
// the reader remembers, per feed, what each item's markup read as; the next fetch leaves the remembered markup out of
// the text it parses, and reads only what is new.

/** What a feed's last stored reading gave, by the digest of each item's markup. Plain data, to cross to a worker. */
export interface KnownMarkup {
  /** What the items were read within (FeedChanges.context): markup read in another context reads otherwise. */
  context: string;
  items: Map<string, RememberedItem>;
}

/** An XML document's items: where each lies, and the digest of its markup. */
export interface MarkedItems {
  spans: ItemSpan[];
  digests: string[];
}

/** The items of an XML feed's text, or null when the scan cannot tell them (itemSpans). */
export function markedItems(xml: string): MarkedItems | null {
  const spans = itemSpans(xml);
  return spans && { spans, digests: spans.map(([start, end]) => digestText(xml.slice(start, end))) };
}

/**
 * What to remember of a whole reading: every item whose reading was clean and does not hang on the time of the fetch.
 * Null when the reading cannot be paired item for item with the markup (the format reader found other items than the
 * scan, recovered from damage, or had to tell repeated ids apart), or the format gives no context.
 */
export function rememberReading(marked: MarkedItems, raw: RawFeed, changes: FeedChanges): KnownMarkup | null {
  const { remembered, context } = changes;
  if (!remembered || context === null || raw.errors.length > 0 || remembered.length !== marked.digests.length) return null;
  const items = new Map<string, RememberedItem>();
  remembered.forEach((item, index) => {
    if (item) items.set(marked.digests[index] ?? '', item);
  });
  return { context, items };
}

/** A reading of only the items not remembered, with what to remember of it. */
export interface ReadingAround {
  raw: RawFeed;
  changes: FeedChanges;
  known: KnownMarkup;
}

/**
 * Reads the document leaving out the items `known` remembers; null when that cannot be trusted to give what a whole
 * reading would (nothing remembered is there, the context changed, the reader found other items than the scan, or
 * recovered from damage, or an item read now repeats a remembered id): the caller then reads the whole document.
 */
export async function readAroundKnown(
  xml: string,
  marked: MarkedItems,
  known: KnownMarkup,
  read: (xml: string) => Promise<RawFeed>,
  options: NormaliseOptions,
  storedItems: readonly string[],
): Promise<ReadingAround | null> {
  const carriedSpans: ItemSpan[] = [];
  const carried: RememberedItem[] = [];
  const readDigests: string[] = [];
  const items = new Map<string, RememberedItem>();
  marked.spans.forEach((span, index) => {
    const digest = marked.digests[index] ?? '';
    const item = known.items.get(digest);
    if (item) {
      carriedSpans.push(span);
      carried.push(item);
      items.set(digest, item);
    } else readDigests.push(digest);
  });
  if (carried.length === 0) return null;
  const raw = await read(withoutSpans(xml, carriedSpans)).catch(() => null);
  if (!raw || raw.errors.length > 0 || raw.items.length !== readDigests.length) return null;
  const changes = normaliseAround(raw, options, storedItems, carried);
  if (!changes?.remembered || changes.context !== known.context) return null;
  changes.remembered.forEach((item, index) => {
    if (item) items.set(readDigests[index] ?? '', item);
  });
  return { raw, changes, known: { context: known.context, items } };
}
