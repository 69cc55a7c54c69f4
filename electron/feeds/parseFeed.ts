import Parser from 'rss-parser';
import type { ParsedArticle, ParsedFeed } from '../../shared/model/article';

const parser = new Parser();

/** Parses an XML feed document into Tidings' model. Throws with a user-readable message when it is not a feed. */
export async function parseFeed(text: string, feedUrl: string): Promise<ParsedFeed> {
  if (/^\s*(<!doctype html|<html)/i.test(text)) throw new Error('Not a feed: the address answered with a web page');
  let output: Parser.Output<Record<string, unknown>>;
  try {
    output = await parser.parseString(text);
  } catch (error) {
    throw new Error(`Not a readable feed: ${firstLine(error)}`);
  }
  const siteUrl = absolute(output.link, feedUrl);
  return {
    title: output.title?.trim() || new URL(feedUrl).hostname,
    siteUrl,
    language: null,
    articles: output.items.map((item) => toArticle(item, siteUrl ?? feedUrl)),
    errors: [],
  };
}

function toArticle(item: Parser.Item, base: string): ParsedArticle {
  const url = absolute(item.link, base);
  const published = item.isoDate ?? null;
  const contentHtml = item.content ?? item.summary ?? '';
  return {
    id: item.guid ?? url ?? `${item.title ?? ''}|${published ?? ''}`,
    title: (item.title ?? '').trim() || '(untitled)',
    url,
    published,
    updated: null,
    author: item.creator ?? null,
    language: null,
    contentHtml,
    excerpt: (item.contentSnippet ?? '').slice(0, 240),
    enclosures: item.enclosure ? [{ url: item.enclosure.url, type: item.enclosure.type ?? null, length: null }] : [],
    categories: item.categories ?? [],
    alternates: [],
    translation: null,
    sourceLinks: [],
    credits: [],
  };
}

function absolute(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}
