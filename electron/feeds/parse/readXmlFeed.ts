import { lenientTitleHtml } from './titleHtml';
import { refuseUnboundedMarkup } from './documentBounds';
import { atomTitle } from './atomText';
import type { RawFeed, RawItem } from './rawFeed';
import { xhtmlAsCdata } from './repairXml';
import { attributesOf, languageTag, listOf, textOf, trimmed } from './xmlValues';
import { feedBase } from './xml/bases';
import { prefixRenames, useReadNames, type PrefixRenames } from './xml/elementNames';
import { feedDetails } from './xml/feedDetails';
import { parserFor, type XmlReadOptions } from './xml/feedParser';
import { atomItem } from './xml/atomItem';
import type { ItemContext } from './xml/itemContext';
import { peopleOf } from './xml/itemPeople';
import { linksOf } from './xml/links';
import { fieldsOf, firstText, type Fields } from './xml/nodes';
import { parseLeniently } from './xml/parseLeniently';
import { rssItem } from './xml/rssItem';
import { suggestedInterval } from './xml/updateInterval';
import { unprefixRss } from './xmlPrefixes';

export type { XmlReadOptions };

// The format reader for XML feeds: rss-parser (over xml2js) recognises the format and gives the elements; the modules
// in xml/ read them, the channel's into RawFeed.details and each item's into a RawItem.

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 text. Throws FeedProblem when the text is not a feed, or nests or holds more
 * elements than any feed does (documentBounds.ts).
 */
export async function readXmlFeed(text: string, feedUrl: string, options: XmlReadOptions = {}): Promise<RawFeed> {
  refuseUnboundedMarkup(text);
  text = unprefixRss(text);
  const { output, errors } = await parseLeniently(xhtmlAsCdata(text), parserFor(options));
  const feed = output.feedElement;
  const renames = prefixRenames([{ $: output.rootAttributes }, feed]);
  useReadNames(feed, renames);
  const isAtom = output.format === 'atom';
  const base = feedBase(output.rootAttributes, feed.$, feedUrl);
  const feedAuthors = isAtom ? peopleOf(feed.author, feed['dc:creator']) : [];
  const around: ItemContext = { base: base ?? feedUrl, xmlBase: base, feedAuthors, renames };
  return {
    format: output.format,
    title: isAtom ? atomTitle(listOf(feed.title)[0]) : rssFeedTitle(feed),
    // The link without rel (or rel="alternate"), never rel="self": that is the feed itself.
    siteUrl: isAtom ? linksOf(listOf(feed.link)).main : trimmed(textOf(feed.link)),
    language: languageTag(textOf(feed.language) ?? textOf(feed['dc:language']) ?? attributesOf(feed)['xml:lang']),
    base,
    suggestedIntervalSeconds: suggestedInterval(feed),
    details: feedDetails(feed, output.format, feedAuthors, base),
    items: output.items.map((item) => readItem(item, isAtom, around)),
    errors,
    itemContext: JSON.stringify([output.format, output.rootAttributes ?? null, feed.$ ?? null, base, feedAuthors]),
  };
}

function readItem(element: unknown, isAtom: boolean, around: ItemContext): RawItem {
  // An empty <item/> comes as an empty string.
  const item = fieldsOf(element) ?? {};
  useReadNames(item, itemRenames(item, around.renames));
  return isAtom ? atomItem(item, around) : rssItem(item, around);
}

/** Namespaces are mostly declared on the root; an item may declare its own. */
function itemRenames(item: Fields, inherited: PrefixRenames): PrefixRenames {
  return item.$ === undefined ? inherited : prefixRenames([item], inherited);
}

function rssFeedTitle(channel: Fields): string | null {
  const title = firstText(channel.title, channel['dc:title']);
  return title === null ? null : lenientTitleHtml(title);
}
