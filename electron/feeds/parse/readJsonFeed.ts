import { FeedProblem } from '../http/feedProblem';
import { textToHtml } from '../normalise/plainText';
import { emptyItem, type RawFeed, type RawItem } from './rawFeed';
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

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((person) => {
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
    title: str(item.title),
    link: str(item.url) ?? str(item.external_url),
    published: str(item.date_published),
    updated: str(item.date_modified),
    authors: authors.length > 0 ? authors : feedAuthors,
    contentHtml: str(item.content_html) ?? (contentText ? textToHtml(contentText) : null),
    summaryHtml: str(item.summary),
    enclosures: (Array.isArray(item.attachments) ? item.attachments : []).flatMap((attachment) => {
      if (!isObject(attachment)) return [];
      const url = str(attachment.url);
      const size = Number(attachment.size_in_bytes);
      return url ? [{ url, type: str(attachment.mime_type), length: Number.isFinite(size) && size >= 0 ? size : null }] : [];
    }),
    categories: (Array.isArray(item.tags) ? item.tags : []).flatMap((tag) => (str(tag) ? [str(tag) as string] : [])),
    language: languageTag(str(item.language)),
    // external_url names the page the item is about, when it lives elsewhere: the original, for a translation.
    declaredSources: str(item.url) && str(item.external_url) ? [{ kind: 'external_url', value: str(item.external_url) as string }] : [],
  };
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/** Reads JSON Feed 1.0 and 1.1. Throws FeedProblem for JSON that is not a JSON Feed. */
export function readJsonFeed(text: string): RawFeed {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new FeedProblem(`Not a readable feed: the JSON is broken (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(document) || !Array.isArray(document.items)) {
    throw new FeedProblem('Not a feed: the address answered with JSON that is not a JSON Feed');
  }
  const errors: string[] = [];
  const version = str(document.version);
  if (!version?.includes('jsonfeed.org/version/1')) errors.push('The JSON Feed does not declare a version; read it as 1.1');
  const feedAuthors = names(document.authors ?? document.author);
  const items = document.items.filter(isObject);
  if (items.length < document.items.length) errors.push(`${document.items.length - items.length} items were not objects and were skipped`);
  return {
    format: 'json-feed',
    title: str(document.title),
    siteUrl: str(document.home_page_url),
    language: languageTag(str(document.language)),
    base: null,
    suggestedIntervalSeconds: null,
    items: items.map((item) => jsonItem(item, feedAuthors)),
    errors,
  };
}
