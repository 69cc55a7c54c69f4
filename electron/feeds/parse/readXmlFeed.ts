import Parser from 'rss-parser';
import type { DeclaredSource } from '../../../shared/lang/annotate';
import { resolveUrl } from '../../../shared/util/url';
import { textToHtml, toPlainText } from '../normalise/plainText';
import { lenientTitleHtml, plainTextAsHtml } from './titleHtml';
import { FeedProblem } from '../http/feedProblem';
import { liftBodies, restoreBodies } from './liftBodies';
import { emptyItem, type RawFeed, type RawItem } from './rawFeed';
import { closeTruncated, HTML_ENTITIES_FIX, repairXml, splitItems, usesHtmlEntities, wrapRawHtml, xhtmlAsCdata, type Repair } from './repairXml';
import { attributesOf, deepText, languageTag, listOf, textOf, trimmed } from './xmlValues';

type Fields = Record<string, unknown>;

const feedFields: Array<[string, string, { keepArray: boolean }]> = [
  ['$', 'attributes', { keepArray: true }],
  ['dc:language', 'dcLanguage', { keepArray: true }],
  ['sy:updatePeriod', 'updatePeriod', { keepArray: true }],
  ['sy:updateFrequency', 'updateFrequency', { keepArray: true }],
  ['title', 'titleNodes', { keepArray: true }],
  ['author', 'authorNodes', { keepArray: true }],
  ['link', 'linkNodes', { keepArray: true }],
];

/** rss-parser's per-item builders, and the builders of the RSS family, which receive the whole document. */
interface ParserInternals {
  parseItemRss(item: Fields, fields: unknown): Fields;
  parseItemAtom(entry: Fields): Fields;
  buildRSS0_9(document: Fields): Fields;
  buildRSS1(document: Fields): Fields;
  buildRSS2(document: Fields): Fields;
  buildAtomFeed(document: Fields): Fields;
}

const rssBuilderNames = ['buildRSS0_9', 'buildRSS1', 'buildRSS2'] as const;

/**
 * rss-parser reads the XML and recognises the format; the items are read here from the elements as xml2js gives them.
 * Its own item builders copy some thirty fields, strip every body to a text snippet (a regex pass and an entity
 * decoding per item) and convert dates with `new Date(x).toISOString()`, which throws on a bad Atom date and loses the
 * whole feed. Tidings uses none of that, and it cost more than a tenth of the parse.
 */
function newParser(): Parser<Fields, Fields> {
  const parser = new Parser<Fields, Fields>({ customFields: { feed: feedFields as unknown as string[] }, defaultRSS: 2 });
  const internals = parser as unknown as ParserInternals;
  internals.parseItemRss = (item: Fields): Fields => item;
  internals.parseItemAtom = (entry: Fields): Fields => entry;
  // rss-parser reads the channel only, so the attributes of <rss> or <rdf:RDF> (an xml:base there) are taken aside
  // here. Atom needs no such step: its root is the <feed> whose attributes the feed's custom fields keep.
  for (const name of rssBuilderNames) {
    const build = internals[name].bind(parser);
    internals[name] = (document: Fields): Fields => ({ ...build(document), rootAttributes: attributesOf(Object.values(document)[0]), builtAs: name });
  }
  // The builder rss-parser picked is the format: sniffing the text for `<feed` misreads an Atom feed whose root comes
  // after a long comment or stylesheet, and then every entry loses its id, link, date and content.
  const buildAtom = internals.buildAtomFeed.bind(parser);
  internals.buildAtomFeed = (document: Fields): Fields => ({ ...buildAtom(document), builtAs: 'buildAtomFeed' });
  return parser;
}

/**
 * XHTML content (`type="xhtml"`) that xhtmlAsCdata could not take as text (self-closing, already holding CDATA, or
 * running into the next entry) reaches here as the tree xml2js made of it, which rss-parser's builder writes back out.
 */
const xhtmlWriter = new Parser<Fields, Fields>() as unknown as ParserInternals;

function xhtmlMarkup(node: unknown): string | null {
  // Without its own attributes: written out, they would become a <div type="xhtml" xml:base="…"> around the body.
  const children = Object.fromEntries(Object.entries(node as Fields).filter(([key]) => key !== '$'));
  const written = xhtmlWriter.parseItemAtom({ content: [children] }).content;
  return typeof written === 'string' ? written : null;
}

type Output = Fields & Parser.Output<Fields>;

const notAFeedMessage = /Feed not recognized|Unable to parse XML/;

export interface XmlReadOptions {
  /** Long bodies are read apart from the parser (see liftBodies); false, for tests, leaves every body to the parser. */
  liftBodies?: boolean;
}

type ParseOnce = (text: string) => Promise<Output>;

function parserFor({ liftBodies: lifting = true }: XmlReadOptions): ParseOnce {
  if (!lifting) return (text) => newParser().parseString(text);
  return async (text) => {
    const lifted = liftBodies(text);
    return restoreBodies(await newParser().parseString(lifted.text), lifted.bodies);
  };
}

interface Reading {
  output: Output;
  errors: string[];
}

/**
 * Strict first; on failure, repair what feeds commonly get wrong, then close a truncated document, then read the items
 * one by one and leave out those that will not parse.
 */
async function parseLeniently(text: string, parseOnce: ParseOnce): Promise<Reading> {
  let firstError: unknown;
  try {
    const output = await parseOnce(text);
    return await withRawHtmlRead(text, { output, errors: usesHtmlEntities(text) ? [HTML_ENTITIES_FIX] : [] }, parseOnce);
  } catch (error) {
    firstError = error;
  }
  // Markup before the root (a PHP warning's <br /><b>Warning</b>) makes the first element look like the document's.
  if (errorMatches(firstError, notAFeedMessage) && !feedRoot.test(text)) throw new FeedProblem(notAFeed);
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
  if (errorMatches(complaint, notAFeedMessage)) throw new FeedProblem(notAFeed);
  throw new FeedProblem(`Not a readable feed: ${complaintLine(complaint, repaired.text)}`);
}

const notAFeed = 'Not a feed: the address answered with XML that is not RSS or Atom';

const feedRoot = /<(rss|feed|(\w+:)?RDF)[\s>]/;

/** Markup that xml2js turned into elements where HTML was meant (see wrapRawHtml): its text would come apart. */
const htmlFields = ['title', 'description', 'content:encoded', 'content', 'summary'];

function isMarkupTree(node: unknown): boolean {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return false;
  if (attributesOf(node).type?.toLowerCase() === 'xhtml') return false;
  return Object.keys(node).some((key) => key !== '_' && key !== '$');
}

/** A feed that parsed, but with raw HTML read as XML elements, is read again with that HTML taken as HTML. */
async function withRawHtmlRead(text: string, reading: Reading, parseOnce: ParseOnce): Promise<Reading> {
  const items = reading.output.items as Fields[];
  if (!items.some((item) => htmlFields.some((field) => listOf(item[field]).some(isMarkupTree)))) return reading;
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
  const note =
    dropped > 0
      ? `${dropped} of ${pieces.items.length} articles were too damaged to read and were left out; the others were kept`
      : 'Parts of the feed between its articles could not be read and were left out; every article was kept';
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
function complaintLine(error: unknown, text: string): string {
  if (!(error instanceof TypeError)) return firstLine(error);
  if (/<rss[\s>]/.test(text) && !/<channel[\s>]/.test(text)) return 'the RSS document has no <channel>';
  return 'the document is not laid out as RSS or Atom';
}

const periodSeconds: Record<string, number> = { hourly: 3600, daily: 86_400, weekly: 604_800, monthly: 2_592_000, yearly: 31_536_000 };

/** The longest of the publisher's hints (ttl, sy:updatePeriod and sy:updateFrequency): each is a lower bound. */
function suggestedInterval(output: Fields): number | null {
  const ttl = Number(textOf(output.ttl));
  const fromTtl = Number.isFinite(ttl) && ttl > 0 ? ttl * 60 : null;
  const period = periodSeconds[trimmed(textOf(output.updatePeriod))?.toLowerCase() ?? ''];
  const frequency = Number(textOf(output.updateFrequency) ?? 1);
  const fromPeriod = period ? Math.round(period / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1)) : null;
  return fromTtl === null ? fromPeriod : Math.max(fromTtl, fromPeriod ?? 0);
}

/** Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 text. Throws FeedProblem when the text is not a feed. */
export async function readXmlFeed(text: string, feedUrl: string, options: XmlReadOptions = {}): Promise<RawFeed> {
  const { output, errors } = await parseLeniently(xhtmlAsCdata(text), parserFor(options));
  const feedAttributes = (output.attributes ?? {}) as Record<string, string>;
  const isAtom = output.builtAs === 'buildAtomFeed';
  const base = feedBase(output, feedUrl);
  // An Atom entry without an author of its own has the feed's (RFC 4287, 4.2.1).
  const feedAuthors = isAtom ? authorNames(listOf(output.authorNodes)) : [];
  return {
    format: isAtom ? 'atom' : output.builtAs === 'buildRSS1' ? 'rdf' : 'rss',
    title: isAtom ? atomTitle(listOf(output.titleNodes)[0]) : rssFeedTitle(output),
    // rss-parser takes an Atom feed's first link when none says rel="alternate", which is often rel="self": the feed.
    siteUrl: isAtom ? linkAlternates(listOf(output.linkNodes)).main : trimmed(typeof output.link === 'string' ? output.link : null),
    language: languageTag(textOf(output.language) ?? textOf(output.dcLanguage) ?? feedAttributes['xml:lang']),
    base,
    suggestedIntervalSeconds: suggestedInterval(output),
    items: output.items.map((item) => (isAtom ? atomItem(item, base ?? feedUrl, feedAuthors) : rssItem(item, base ?? feedUrl))),
    errors,
  };
}

function rssFeedTitle(output: Fields): string | null {
  const title = trimmed(typeof output.title === 'string' ? output.title : textOf(output.titleNodes));
  return title === null ? null : lenientTitleHtml(title);
}

/**
 * The xml:base in force for the channel or Atom feed: its own, resolved against the root element's, which is
 * resolved against the feed's address (xml:base nests). Null when neither says anything.
 */
function feedBase(output: Fields, feedUrl: string): string | null {
  const rootBase = resolveUrl(attributesOf({ $: output.rootAttributes })['xml:base'], feedUrl);
  const ownBase = resolveUrl(attributesOf({ $: output.attributes })['xml:base'], rootBase ?? feedUrl);
  return ownBase ?? rootBase;
}

/** The item's own xml:base, resolved; null when it has none, so the feed's base applies. */
function itemBase(item: Fields, inherited: string): string | null {
  const own = attributesOf(item)['xml:base'];
  return own ? resolveUrl(own, inherited) : null;
}

function linkAlternates(nodes: unknown[]): {
  main: string | null;
  alternates: Array<{ language: string; url: string }>;
  enclosures: RawItem['enclosures'];
  canonical: string | null;
} {
  let main: string | null = null;
  let canonical: string | null = null;
  const alternates: Array<{ language: string; url: string }> = [];
  const enclosures: RawItem['enclosures'] = [];
  for (const node of nodes) {
    const attributes = attributesOf(node);
    const href = trimmed(attributes.href ?? textOf(node));
    if (!href) continue;
    const rel = (attributes.rel ?? 'alternate').toLowerCase();
    if (rel === 'canonical') canonical ??= href;
    else if (rel === 'enclosure') {
      enclosures.push({ url: href, type: trimmed(attributes.type), length: numberOrNull(attributes.length) });
    } else if (rel === 'alternate') {
      const language = languageTag(attributes.hreflang);
      if (language) alternates.push({ language, url: href });
      if (main === null && !language && opensInBrowser(href)) main = href;
    }
  }
  return { main: main ?? alternates.find((alternate) => opensInBrowser(alternate.url))?.url ?? null, alternates, enclosures, canonical };
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;

/** Relative, or http(s): an entry's gemini: or gopher: alternate is no page to open, and must not hide its web one. */
function opensInBrowser(href: string): boolean {
  return !scheme.test(href) || /^https?:/i.test(href);
}

function numberOrNull(value: string | null | undefined): number | null {
  const number = Number(value);
  return value && Number.isFinite(number) && number >= 0 ? number : null;
}

/** RSS <author> is meant to be "email (Name)"; the name is what a reader wants to see. */
export function rssAuthorName(value: string): string | null {
  const inParens = /^\S+@\S+\s*\((.+)\)\s*$/.exec(value.trim());
  return trimmed(inParens?.[1] ?? value);
}

function personName(node: unknown): string | null {
  const name = textOf((node as Fields | null)?.name) ?? textOf(node);
  return name ? rssAuthorName(name) : null;
}

function categoriesOf(...lists: unknown[]): string[] {
  const seen = new Set<string>();
  for (const node of lists.flatMap(listOf)) {
    const value = trimmed(attributesOf(node).label ?? attributesOf(node).term ?? textOf(node));
    if (value) seen.add(toPlainText(value));
  }
  return [...seen];
}

function mediaEnclosures(item: Fields): RawItem['enclosures'] {
  const nodes = [...listOf(item['media:content']), ...listOf(item['media:group']).flatMap((group) => listOf((group as Fields)['media:content']))];
  return nodes.flatMap((node) => {
    const attributes = attributesOf(node);
    const url = trimmed(attributes.url);
    return url ? [{ url, type: trimmed(attributes.type) ?? trimmed(attributes.medium), length: numberOrNull(attributes.fileSize) }] : [];
  });
}

function dedupeEnclosures(list: RawItem['enclosures']): RawItem['enclosures'] {
  const seen = new Set<string>();
  return list.filter((enclosure) => !seen.has(enclosure.url) && Boolean(seen.add(enclosure.url)));
}

/**
 * dc:source (an address or an outlet's name), RSS <source url="…">Channel</source> and Atom <source> (the feed an entry
 * was syndicated from), and a canonical link.
 */
function declaredSources(item: Fields, canonical: string | null): DeclaredSource[] {
  const sources: DeclaredSource[] = [];
  for (const node of listOf(item['dc:source'])) {
    const value = trimmed(textOf(node) ?? attributesOf(node)['rdf:resource']);
    if (value) sources.push({ kind: 'dc:source', value });
  }
  for (const node of listOf(item.source)) {
    const fields = (node ?? {}) as Fields;
    const atomLink = linkAlternates(listOf(fields.link)).main;
    const value = trimmed(attributesOf(node).url) ?? atomLink ?? trimmed(textOf(fields.id));
    const label = trimmed(textOf(fields.title)) ?? (attributesOf(node).url ? trimmed(textOf(node)) : null);
    if (value) sources.push({ kind: 'atom:source', value, label: label ? toPlainText(label) : null });
  }
  if (canonical) sources.push({ kind: 'canonical', value: canonical });
  return sources;
}

/** The first text of the elements given, trimmed; null when none has any. */
function firstText(...nodes: unknown[]): string | null {
  for (const node of nodes) {
    const text = trimmed(textOf(node));
    if (text !== null) return text;
  }
  return null;
}

/**
 * A guid is the item's address unless isPermaLink="false" says otherwise, provided it looks like one: absolute, or a
 * path from the site's root (resolved later, like a relative <link>). Opaque guids (`1559104147038`, `blog:post-1`)
 * marked by default as permalinks are common, and are no address.
 */
function guidAddress(guid: string | null, node: unknown): string | null {
  if (guid === null || attributesOf(node).isPermaLink?.trim().toLowerCase() === 'false') return null;
  return /^(https?:\/\/|\/)/i.test(guid) ? guid : null;
}

/** The body element chosen, and what its own xml:base and xml:lang say (Atom content carries them often). */
function bodyAttributes(node: unknown, inheritedBase: string): { base: string | null; language: string | null } {
  const attributes = attributesOf(node);
  const base = attributes['xml:base'];
  return { base: base ? resolveUrl(base, inheritedBase) : null, language: languageTag(attributes['xml:lang']) };
}

function rssItem(item: Fields, feedBase: string): RawItem {
  const links = linkAlternates(listOf(item['atom:link']));
  const plainLink = trimmed(listOf(item.link).map(textOf).find((value) => trimmed(value)) ?? null);
  const guidNode = listOf(item.guid)[0];
  const guid = trimmed(textOf(guidNode));
  const authors = authorNames([...listOf(item['dc:creator']), ...listOf(item.author)]);
  const enclosureNodes = listOf(item.enclosure).flatMap((node) => {
    const attributes = attributesOf(node);
    const url = trimmed(attributes.url);
    return url ? [{ url, type: trimmed(attributes.type), length: numberOrNull(attributes.length) }] : [];
  });
  const descriptionNode = listOf(item.description)[0];
  const encodedNode = listOf(item['content:encoded'])[0];
  const description = trimmed(textOf(descriptionNode));
  const encoded = trimmed(textOf(encodedNode));
  const base = itemBase(item, feedBase);
  const body = bodyAttributes(encoded !== null ? encodedNode : descriptionNode, base ?? feedBase);
  const title = firstText(item.title, item['dc:title']);
  return {
    ...emptyItem(),
    guid: guid ?? trimmed(attributesOf(item)['rdf:about']),
    title: title === null ? mediaTitle(item) : lenientTitleHtml(title),
    link: plainLink ?? links.main ?? guidAddress(guid, guidNode),
    base,
    contentBase: body.base,
    published: firstText(item.pubDate, item['dc:date']),
    updated: firstText(item['atom:updated'], item.modified, item['dcterms:modified']),
    // Podcast hosts often name the episode's author in iTunes' element only.
    authors: authors.length > 0 ? authors : authorNames(listOf(item['itunes:author'])),
    contentHtml: encoded ?? description ?? mediaDescription(item),
    summaryHtml: description,
    enclosures: dedupeEnclosures([...enclosureNodes, ...links.enclosures, ...mediaEnclosures(item)]),
    categories: categoriesOf(item.category, item['dc:subject']),
    alternates: links.alternates,
    language: languageTag(textOf(item['dc:language']) ?? textOf(item.language) ?? attributesOf(item)['xml:lang']) ?? body.language,
    declaredSources: declaredSources(item, links.canonical),
  };
}

/** Media RSS elements, on the item or in its <media:group> or <media:content>: where YouTube puts a video's text. */
function mediaNodes(item: Fields, name: string): unknown[] {
  const own = listOf(item[name]);
  if (own.length > 0) return own;
  const groups = listOf(item['media:group']);
  const containers = [...groups, ...groups.flatMap((group) => listOf((group as Fields | null)?.['media:content'])), ...listOf(item['media:content'])];
  return containers.flatMap((container) => listOf((container as Fields | null)?.[name]));
}

function mediaTitle(item: Fields): string | null {
  const node = mediaNodes(item, 'media:title')[0];
  const title = trimmed(textOf(node));
  if (title === null) return null;
  return attributesOf(node).type?.toLowerCase() === 'html' ? lenientTitleHtml(title) : plainTextAsHtml(title);
}

/** media:description is plain text unless type="html" says otherwise; the body of an item that has no other. */
function mediaDescription(item: Fields): string | null {
  const node = mediaNodes(item, 'media:description')[0];
  const description = trimmed(textOf(node));
  if (description === null) return null;
  return attributesOf(node).type?.toLowerCase() === 'html' ? description : textToHtml(description);
}

/** Atom text constructs (content, summary): `text` becomes HTML, `html` is taken as it is, `xhtml` is written out. */
function atomHtml(node: unknown): string | null {
  if (node === undefined) return null;
  const attributes = attributesOf(node);
  if (attributes.src) return null;
  const type = (attributes.type ?? 'text').toLowerCase();
  const value = textOf(node) ?? (node !== null && typeof node === 'object' ? xhtmlMarkup(node) : null);
  if (value === null) return null;
  return type === 'text' || type === 'text/plain' ? textToHtml(value) : trimmed(value);
}

/** An Atom title as HTML: `text`, the default, is words even where they look like tags (`The <dialog> element`). */
function atomTitle(node: unknown): string | null {
  const value = trimmed(textOf(node)) ?? deepText(node);
  if (value === null) return null;
  const type = (attributesOf(node).type ?? 'text').toLowerCase();
  if (type === 'text' || type === 'text/plain') return plainTextAsHtml(value);
  return type === 'xhtml' ? value : lenientTitleHtml(value);
}

function authorNames(nodes: unknown[]): string[] {
  return [...new Set(nodes.map(personName).filter((name): name is string => name !== null))];
}

/**
 * RFC 4287, 4.2.1: an entry's own authors, else those of the feed it was copied from (its <source>), else the
 * authors of the feed that carries it.
 */
function atomAuthors(item: Fields, feedAuthors: string[]): string[] {
  const own = authorNames(listOf(item.author));
  if (own.length > 0) return own;
  const fromSource = authorNames(listOf(item.source).flatMap((source) => listOf((source as Fields | null)?.author)));
  return fromSource.length > 0 ? fromSource : feedAuthors;
}

function atomItem(item: Fields, feedBase: string, feedAuthors: string[]): RawItem {
  const links = linkAlternates(listOf(item.link));
  const contentNode = listOf(item.content)[0];
  const summaryNode = listOf(item.summary)[0];
  const content = atomHtml(contentNode);
  const summary = atomHtml(summaryNode);
  const base = itemBase(item, feedBase);
  const body = bodyAttributes(content !== null ? contentNode : summaryNode, base ?? feedBase);
  return {
    ...emptyItem(),
    guid: trimmed(textOf(item.id)),
    title: atomTitle(listOf(item.title)[0]) ?? mediaTitle(item),
    link: links.main,
    base,
    contentBase: body.base,
    published: firstText(item.published, item.issued, item['dc:date']),
    updated: firstText(item.updated, item.modified),
    authors: atomAuthors(item, feedAuthors),
    contentHtml: content ?? (summary === null ? mediaDescription(item) : null),
    summaryHtml: summary,
    enclosures: dedupeEnclosures([...links.enclosures, ...mediaEnclosures(item)]),
    categories: categoriesOf(item.category),
    alternates: links.alternates,
    language: languageTag(attributesOf(item)['xml:lang']) ?? body.language,
    declaredSources: declaredSources(item, links.canonical),
  };
}
