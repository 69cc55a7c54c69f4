import { FeedProblem } from '../http/feedProblem';
import { textToHtml } from '../normalise/plainText';
import { lenientTitleHtml } from './titleHtml';
import { emptyItem, type RawFeed, type RawItem } from './rawFeed';
import { rssAuthorName } from './readXmlFeed';
import { languageTag, trimmed } from './xmlValues';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return trimmed(value);
  if (typeof value === 'number') return String(value);
  return null;
}

/** A byte count, from a number or a numeric string; null when absent or not a size. */
function byteCount(value: unknown): number | null {
  const text = str(value);
  const number = Number(text);
  return text !== null && Number.isFinite(number) && number >= 0 ? number : null;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The objects of a feed's item list; anything else is skipped and counted in `errors`. */
function itemObjects(list: unknown[], errors: string[]): Json[] {
  const items = list.filter(isObject);
  if (items.length < list.length) errors.push(`${list.length - items.length} items were not objects and were skipped`);
  return items;
}

/** JSON Feed titles are meant as plain text, but publishers put markup and entities in them as in RSS. */
function titleOf(value: string | null): string | null {
  return value === null ? null : lenientTitleHtml(value);
}

function names(value: unknown): string[] {
  return listOf(value).flatMap((person) => {
    const name = isObject(person) ? str(person.name) : str(person);
    return name ? [name] : [];
  });
}

function jsonItem(item: Json, feedAuthors: string[]): RawItem {
  const contentText = str(item.content_text);
  const authors = names(item.authors ?? item.author);
  return {
    ...emptyItem(),
    guid: str(item.id),
    title: titleOf(str(item.title)),
    link: str(item.url) ?? str(item.external_url),
    published: str(item.date_published),
    updated: str(item.date_modified),
    authors: authors.length > 0 ? authors : feedAuthors,
    contentHtml: str(item.content_html) ?? (contentText ? textToHtml(contentText) : null),
    summaryHtml: str(item.summary),
    enclosures: (Array.isArray(item.attachments) ? item.attachments : []).flatMap((attachment) => {
      if (!isObject(attachment)) return [];
      const url = str(attachment.url);
      return url ? [{ url, type: str(attachment.mime_type), length: byteCount(attachment.size_in_bytes) }] : [];
    }),
    categories: (Array.isArray(item.tags) ? item.tags : []).flatMap((tag) => (str(tag) ? [str(tag) as string] : [])),
    language: languageTag(str(item.language)),
    // external_url names the page the item is about, when it lives elsewhere: the original, for a translation.
    declaredSources: str(item.url) && str(item.external_url) ? [{ kind: 'external_url', value: str(item.external_url) as string }] : [],
  };
}

/** JSON Feed 1.0 and 1.1. */
function readJsonFeedDocument(document: Json, itemList: unknown[]): RawFeed {
  const errors: string[] = [];
  const version = str(document.version);
  if (!version?.includes('jsonfeed.org/version/1')) errors.push('The JSON Feed does not declare a version; read it as 1.1');
  const feedAuthors = names(document.authors ?? document.author);
  const items = itemObjects(itemList, errors);
  return {
    format: 'json-feed',
    title: titleOf(str(document.title)),
    siteUrl: str(document.home_page_url),
    language: languageTag(str(document.language)),
    base: null,
    suggestedIntervalSeconds: null,
    items: items.map((item) => jsonItem(item, feedAuthors)),
    errors,
  };
}

/**
 * The text of an RSS-in-JSON element. An element with attributes is an object, its text under `#value`
 * (`value` in some writers); a repeated element is an array, of which the first counts.
 */
function elementText(value: unknown): string | null {
  if (Array.isArray(value)) return elementText(value[0]);
  return isObject(value) ? str(value['#value'] ?? value.value) : str(value);
}

/** `isPermaLink` arrives as the string "false" (translated from XML) or as a boolean. */
function guidIsPermaLink(guid: unknown): boolean {
  return !(isObject(guid) && String(guid.isPermaLink).trim().toLowerCase() === 'false');
}

function rssJsonEnclosures(value: unknown): RawItem['enclosures'] {
  return listOf(value).flatMap((enclosure) => {
    if (!isObject(enclosure)) return [];
    const url = str(enclosure.url);
    return url ? [{ url, type: str(enclosure.type), length: byteCount(enclosure.length) }] : [];
  });
}

function rssJsonTexts(...values: unknown[]): string[] {
  const texts = values.flatMap(listOf).map(elementText);
  return [...new Set(texts.filter((text): text is string => text !== null))];
}

/** <source url="…">Channel</source>: the feed the item was taken from, as the XML reader reports it. */
function rssJsonSource(value: unknown): RawItem['declaredSources'] {
  const url = isObject(value) ? str(value.url) : null;
  return url ? [{ kind: 'atom:source', value: url, label: elementText(value) }] : [];
}

function rssJsonItem(item: Json): RawItem {
  const guid = elementText(item.guid);
  const description = elementText(item.description);
  const authors = rssJsonTexts(item['dc:creator'], item.author).map(rssAuthorName);
  return {
    ...emptyItem(),
    guid,
    title: titleOf(elementText(item.title)),
    link: elementText(item.link) ?? (guid !== null && guidIsPermaLink(item.guid) && /^https?:\/\//i.test(guid) ? guid : null),
    published: elementText(item.pubDate) ?? elementText(item['dc:date']),
    updated: elementText(item['atom:updated']) ?? elementText(item['dcterms:modified']),
    authors: [...new Set(authors.filter((name): name is string => name !== null))],
    contentHtml: elementText(item['content:encoded']) ?? description,
    summaryHtml: description,
    enclosures: rssJsonEnclosures(item.enclosure),
    categories: rssJsonTexts(item.category, item['dc:subject']),
    language: languageTag(elementText(item.language) ?? elementText(item['dc:language'])),
    declaredSources: rssJsonSource(item.source),
  };
}

function ttlSeconds(value: unknown): number | null {
  const minutes = Number(elementText(value));
  return Number.isFinite(minutes) && minutes > 0 ? minutes * 60 : null;
}

/**
 * RSS-in-JSON (scripting.com's rss.json): an RSS 2.0 document in JSON syntax, elements as properties. The values
 * are RSS's own, so item descriptions are HTML and dates RFC 822, as in the XML.
 */
function readRssInJson(rss: Json): RawFeed {
  const channel = rss.channel;
  if (!isObject(channel)) throw new FeedProblem('Not a readable feed: the RSS-in-JSON document has no channel');
  const errors: string[] = [];
  // A channel with one item may give it as an object rather than a one-element array.
  const items = itemObjects(listOf(channel.item), errors);
  return {
    format: 'rss-json',
    title: titleOf(elementText(channel.title)),
    siteUrl: elementText(channel.link),
    language: languageTag(elementText(channel.language) ?? elementText(channel['dc:language'])),
    base: null,
    suggestedIntervalSeconds: ttlSeconds(channel.ttl),
    items: items.map(rssJsonItem),
    errors,
  };
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/** Reads JSON Feed 1.0 and 1.1, and RSS-in-JSON. Throws FeedProblem for JSON that is neither. */
export function readJsonFeed(text: string): RawFeed {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new FeedProblem(`Not a readable feed: the JSON is broken (${error instanceof Error ? error.message : String(error)})`);
  }
  if (isObject(document) && Array.isArray(document.items)) return readJsonFeedDocument(document, document.items);
  if (isObject(document) && isObject(document.rss)) return readRssInJson(document.rss);
  throw new FeedProblem('Not a feed: the address answered with JSON that is neither a JSON Feed nor RSS-in-JSON');
}
