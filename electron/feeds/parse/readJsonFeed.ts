import { mainMessage, type MainMessage } from '../../../shared/model/mainMessage';
import { FeedProblem, verbatim } from '../http/feedProblem';
import { textToHtml } from '../normalise/plainText';
import { lenientTitleHtml } from './titleHtml';
import { refuseUnboundedJson } from './documentBounds';
import { emptyFeedDetails, emptyItem, type RawFeed, type RawItem } from './rawFeed';
import { distinctPeople, personFromText } from './people';
import type { Category, Comments, Enclosure, FeedDetails, Person } from '../../../shared/model/article';
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

/** A size, duration or count, from a number or a numeric string; null when absent, negative or not a number. */
function nonNegative(value: unknown): number | null {
  const text = str(value);
  const number = Number(text);
  return text !== null && Number.isFinite(number) && number >= 0 ? number : null;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The objects of a feed's item list; anything else is skipped and counted in `errors`. */
function itemObjects(list: unknown[], errors: MainMessage[]): Json[] {
  const items = list.filter(isObject);
  if (items.length < list.length) errors.push(mainMessage('itemsNotObjects', { count: list.length - items.length }));
  return items;
}

/**
 * JSON Feed titles, summaries and descriptions are meant as plain text, but publishers put markup and entities in
 * them as in RSS; read as titles are, `Why <template> matters` keeps its words and `<b>New</b>` is markup.
 */
function textAsHtml(value: string | null): string | null {
  return value === null ? null : lenientTitleHtml(value);
}

// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/).

/**
 * A JSON Feed author: `{ name, url, avatar }` (the avatar is not kept), or, from some writers, a bare name. The spec
 * allows a `mailto:` url, which is the author's email, not a page.
 */
function jsonPerson(value: unknown): Person | null {
  if (!isObject(value)) return personFromText(str(value));
  const named = personFromText(str(value.name));
  const url = str(value.url);
  const mailto = url !== null && /^mailto:/i.test(url) ? trimmed(url.slice('mailto:'.length).split('?')[0]) : null;
  return { name: named?.name ?? null, email: named?.email ?? mailto, url: mailto === null ? url : null };
}

/** The first of `authors` (1.1) and `author` (1.0) that names anyone: 1.1 writers often keep both, or an empty list. */
function jsonPeople(...candidates: unknown[]): Person[] {
  for (const candidate of candidates) {
    const people = distinctPeople(listOf(candidate).map(jsonPerson));
    if (people.length > 0) return people;
  }
  return [];
}

function tags(value: unknown): Category[] {
  const terms = listOf(value).flatMap((tag) => str(tag) ?? []);
  return [...new Set(terms)].map((term) => ({ term, scheme: null, label: null }));
}

/** An attachment's `title` is not kept: the model has no place for it (1.1 uses it to group one file's formats). */
function attachment(value: unknown): Enclosure[] {
  if (!isObject(value)) return [];
  const url = str(value.url);
  return url ? [{ url, type: str(value.mime_type), length: nonNegative(value.size_in_bytes), duration: nonNegative(value.duration_in_seconds) }] : [];
}

function jsonItem(item: Json, feedAuthors: Person[]): RawItem {
  const contentHtml = str(item.content_html);
  const contentText = str(item.content_text);
  const summary = str(item.summary);
  const url = str(item.url);
  const externalUrl = str(item.external_url);
  // Item authors default to the feed's (1.1, "authors").
  const authors = jsonPeople(item.authors, item.author);
  return {
    ...emptyItem(),
    guid: str(item.id),
    title: textAsHtml(str(item.title)),
    link: url ?? externalUrl,
    published: str(item.date_published),
    updated: str(item.date_modified),
    authors: authors.length > 0 ? authors : feedAuthors,
    contentHtml: contentHtml ?? (contentText ? textToHtml(contentText) : null),
    // Some writers copy the body into the summary; a copy is no summary of its own.
    summaryHtml: summary === null || summary === contentText || summary === contentHtml ? null : textAsHtml(summary),
    enclosures: listOf(item.attachments).flatMap(attachment),
    categories: tags(item.tags),
    // `image` is the article's main picture; `banner_image` is meant to be shown above it, wide, when there is no other.
    imageUrl: str(item.image) ?? str(item.banner_image),
    language: languageTag(str(item.language)),
    // external_url names the page the item is about, when it lives elsewhere: the original, for a translation.
    declaredSources: url && externalUrl ? [{ kind: 'external_url', value: externalUrl }] : [],
  };
}

/** `expired` (no more updates will come) is not kept: the model has no place for it yet. */
function jsonFeedDetails(document: Json, authors: Person[]): FeedDetails {
  return {
    ...emptyFeedDetails(),
    description: textAsHtml(str(document.description)),
    // `icon` is the large picture (512 × 512); `favicon` the small one, for lists.
    iconUrl: str(document.favicon),
    imageUrl: str(document.icon),
    authors,
    selfUrl: str(document.feed_url),
  };
}

function readJsonFeedDocument(document: Json, itemList: unknown[]): RawFeed {
  const errors: MainMessage[] = [];
  const version = str(document.version);
  if (!version?.includes('jsonfeed.org/version/1')) errors.push(mainMessage('noJsonFeedVersion'));
  const feedAuthors = jsonPeople(document.authors, document.author);
  const items = itemObjects(itemList, errors);
  return {
    format: 'json-feed',
    title: textAsHtml(str(document.title)),
    siteUrl: str(document.home_page_url),
    language: languageTag(str(document.language)),
    base: null,
    suggestedIntervalSeconds: null,
    details: jsonFeedDetails(document, feedAuthors),
    items: items.map((item) => jsonItem(item, feedAuthors)),
    errors,
  };
}

// RSS-in-JSON (scripting.com's rss.json): RSS 2.0 elements as properties, attributes beside the text.

/**
 * The text of an RSS-in-JSON element. An element with attributes is an object, its text under `#value`
 * (`value` in some writers); a repeated element is an array, of which the first counts.
 */
function elementText(value: unknown): string | null {
  if (Array.isArray(value)) return elementText(value[0]);
  return isObject(value) ? str(value['#value'] ?? value.value) : str(value);
}

/** An attribute of an element (of the first, when it is repeated); null when the element is plain text. */
function attribute(value: unknown, name: string): string | null {
  if (Array.isArray(value)) return attribute(value[0], name);
  return isObject(value) ? str(value[name]) : null;
}

/** `isPermaLink` arrives as the string "false" (translated from XML) or as a boolean. */
function guidIsPermaLink(guid: unknown): boolean {
  return !(isObject(guid) && String(guid.isPermaLink).trim().toLowerCase() === 'false');
}

function rssJsonEnclosures(value: unknown): Enclosure[] {
  return listOf(value).flatMap((enclosure) => {
    const url = attribute(enclosure, 'url');
    return url ? [{ url, type: attribute(enclosure, 'type'), length: nonNegative(attribute(enclosure, 'length')), duration: null }] : [];
  });
}

function rssJsonPeople(...values: unknown[]): Person[] {
  return distinctPeople(values.flatMap(listOf).map((value) => personFromText(elementText(value))));
}

/** `<category domain="…">` and dc:subject, each term once per vocabulary. */
function rssJsonCategories(...values: unknown[]): Category[] {
  const seen = new Set<string>();
  const categories: Category[] = [];
  for (const node of values.flatMap(listOf)) {
    const term = elementText(node);
    const scheme = attribute(node, 'domain');
    const key = `${scheme ?? ''}\u0000${term ?? ''}`;
    if (term === null || seen.has(key)) continue;
    seen.add(key);
    categories.push({ term, scheme, label: null });
  }
  return categories;
}

/** RSS `comments` (the page), `slash:comments` (how many) and `wfw:commentRss` (their feed). */
function rssJsonComments(item: Json): Comments | null {
  const comments = { url: elementText(item.comments), count: nonNegative(elementText(item['slash:comments'])), feedUrl: elementText(item['wfw:commentRss'] ?? item['wfw:commentrss']) };
  return comments.url === null && comments.count === null && comments.feedUrl === null ? null : comments;
}

/** <source url="…">Channel</source>: the feed the item was taken from, as the XML reader reports it. */
function rssJsonSource(value: unknown): RawItem['declaredSources'] {
  const url = attribute(value, 'url');
  return url ? [{ kind: 'atom:source', value: url, label: elementText(value) }] : [];
}

function rssJsonItem(item: Json): RawItem {
  const guid = elementText(item.guid);
  const description = elementText(item.description);
  return {
    ...emptyItem(),
    guid,
    title: textAsHtml(elementText(item.title)),
    link: elementText(item.link) ?? (guid !== null && guidIsPermaLink(item.guid) && /^https?:\/\//i.test(guid) ? guid : null),
    published: elementText(item.pubDate) ?? elementText(item['dc:date']),
    updated: elementText(item['atom:updated']) ?? elementText(item['dcterms:modified']),
    authors: rssJsonPeople(item['dc:creator'], item.author),
    contentHtml: elementText(item['content:encoded']) ?? description,
    summaryHtml: description,
    enclosures: rssJsonEnclosures(item.enclosure),
    categories: rssJsonCategories(item.category, item['dc:subject']),
    comments: rssJsonComments(item),
    language: languageTag(elementText(item.language) ?? elementText(item['dc:language'])),
    declaredSources: rssJsonSource(item.source),
  };
}

function ttlSeconds(value: unknown): number | null {
  const minutes = Number(elementText(value));
  return Number.isFinite(minutes) && minutes > 0 ? minutes * 60 : null;
}

/** `<atom:link rel="self">`, the feed's own address, among the channel's atom:links. */
function selfLink(value: unknown): string | null {
  const self = listOf(value).find((link) => attribute(link, 'rel')?.toLowerCase() === 'self');
  return attribute(self, 'href');
}

function rssJsonDetails(channel: Json): FeedDetails {
  return {
    ...emptyFeedDetails(),
    description: elementText(channel.description),
    // RSS <image> is a picture up to 144 × 400: the larger one, not an icon.
    imageUrl: attribute(channel.image, 'url') ?? attribute(channel['itunes:image'], 'href'),
    authors: rssJsonPeople(channel.managingEditor, channel['dc:creator']),
    categories: rssJsonCategories(channel.category, channel['dc:subject']),
    updated: elementText(channel.lastBuildDate),
    published: elementText(channel.pubDate) ?? elementText(channel['dc:date']),
    rights: elementText(channel.copyright) ?? elementText(channel['dc:rights']),
    generator: elementText(channel.generator),
    selfUrl: selfLink(channel['atom:link']),
  };
}

/**
 * RSS-in-JSON: an RSS 2.0 document in JSON syntax, elements as properties. The values are RSS's own, so
 * descriptions are HTML and dates RFC 822, as in the XML.
 */
function readRssInJson(rss: Json): RawFeed {
  const channel = rss.channel;
  if (!isObject(channel)) throw new FeedProblem(mainMessage('rssInJsonWithoutChannel'), 'parse');
  const errors: MainMessage[] = [];
  // A channel with one item may give it as an object rather than a one-element array.
  const items = itemObjects(listOf(channel.item), errors);
  return {
    format: 'rss-json',
    title: textAsHtml(elementText(channel.title)),
    siteUrl: elementText(channel.link),
    language: languageTag(elementText(channel.language) ?? elementText(channel['dc:language'])),
    base: null,
    suggestedIntervalSeconds: ttlSeconds(channel.ttl),
    details: rssJsonDetails(channel),
    items: items.map(rssJsonItem),
    errors,
  };
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/** Reads JSON Feed 1.0 and 1.1, and RSS-in-JSON. Throws FeedProblem for JSON that is neither, or nests too deep. */
export function readJsonFeed(text: string): RawFeed {
  refuseUnboundedJson(text);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new FeedProblem(mainMessage('brokenJson', { reason: verbatim(error instanceof Error ? error.message : String(error)) }), 'parse');
  }
  if (isObject(document) && Array.isArray(document.items)) return readJsonFeedDocument(document, document.items);
  if (isObject(document) && isObject(document.rss)) return readRssInJson(document.rss);
  throw new FeedProblem(mainMessage('otherJson'), 'not-a-feed');
}
