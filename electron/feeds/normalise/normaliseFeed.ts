import { feedNotes, type ParsedArticle, type ParsedFeed } from '../../../shared/model/article';
import { mainMessage, type MainMessage } from '../../../shared/model/mainMessage';
import { annotateArticleInDetail, type DeclaredSource } from '../../../shared/lang/annotate';
import { articleSearchTerms } from '../../../shared/search/articleTerms';
import { articleDigest, digestText } from '../../../shared/util/articleDigest';
import { normaliseLanguageTag } from '../../../shared/lang/tags';
import type { RawFeed, RawItem } from '../parse/rawFeed';
import { sanitiseHtml } from '../sanitise/sanitiseHtml';
import { articleId, repeatedId } from './articleId';
import { normaliseDate, toIsoSeconds } from './parseDate';
import { excerptOf, excerptOfText, toPlainText } from './plainText';
import { resolveWebUrl } from '../../../shared/util/url';
import { plainCategories } from './categories';
import { validPoint, webComments } from './commentsAndPlace';
import { webEnclosures } from './enclosures';
import { normaliseFeedDetails } from './feedDetails';
import { displayNames, plainPeople } from './people';
import { isSummaryFeed, isSummaryOnly, summarySigns, type SummarySigns } from '../../../shared/model/summaryOnly';

export interface NormaliseOptions {
  /** The address the feed is followed at: its identity, in digests and provenance. */
  feedUrl: string;
  /**
   * Where the server said the document is (Content-Location): the base for relative addresses in place of feedUrl,
   * never the feed's identity.
   */
  baseUrl?: string;
  /** Epoch milliseconds; future dates are clamped to it. */
  fetchedAt: number;
  /**
   * False leaves contentHtml and summaryHtml as the feed sent them, as the app wants them: the reading pane sanitises
   * an article when it is opened, over Chromium's DOM. True sanitises here, over jsdom, for the command-line inspector.
   */
  sanitise: boolean;
}

/**
 * What the feed's relative addresses mean when it has no xml:base: its own address, or, for a feed read from a file,
 * which has no web address of its own, its site's address, the next best.
 */
function feedBaseOf(feed: RawFeed, options: NormaliseOptions): string {
  const documentUrl = options.baseUrl ?? options.feedUrl;
  return /^https?:/i.test(documentUrl) ? documentUrl : (resolveWebUrl(feed.siteUrl, null) ?? documentUrl);
}

function normaliseItem(item: RawItem, feed: RawFeed, feedBase: string, options: NormaliseOptions): ParsedArticle {
  const base = item.base ?? feed.base ?? feedBase;
  const url = resolveWebUrl(item.link, base);
  const published = normaliseDate(item.published, options.fetchedAt);
  const updated = normaliseDate(item.updated, options.fetchedAt);
  // An item with only a summary shows it as its content; an empty content is no content.
  const rawHtml = item.contentHtml || item.summaryHtml || '';
  // An explicit xml:base is what the publisher says relative references mean; without one the article's own page is.
  // The reading pane resolves the article's links and pictures against it, so only a web address will do.
  const baseUrl = firstWebAddress(item.contentBase, item.base, feed.base, url, feedBase);
  const title = toPlainText(item.title ?? '');
  // A summary beside a content of its own; without one, the excerpt comes from the body once its provenance lines are
  // out (normaliseFeed).
  const summary = item.contentHtml && item.summaryHtml && item.summaryHtml !== item.contentHtml ? item.summaryHtml : null;
  const authors = plainPeople(item.authors, base);
  return {
    id: articleId({ guid: item.guid, url, title, date: item.published ?? item.updated }),
    title: title || excerptOf(rawHtml, 80) || '(untitled)',
    url,
    published: published ?? updated,
    updated,
    author: displayNames(authors),
    authors,
    contributors: plainPeople(item.contributors, base),
    language: normaliseLanguageTag(item.language),
    languageConfidence: null,
    contentHtml: options.sanitise ? sanitiseHtml(rawHtml, baseUrl) : rawHtml,
    summaryHtml: summary !== null && options.sanitise ? sanitiseHtml(summary, baseUrl) : summary,
    baseUrl,
    // The list shows the publisher's own summary where there is one; the reading pane shows the content.
    excerpt: summary ? excerptOf(summary) : '',
    enclosures: webEnclosures(item.enclosures, base),
    categories: plainCategories(item.categories),
    imageUrl: resolveWebUrl(item.imageUrl, base),
    comments: webComments(item.comments, base),
    geo: validPoint(item.geo),
    // hreflang may carry a region or script (pt-BR, zh-Hant); Tidings speaks of languages by their primary subtag.
    alternates: item.alternates.flatMap((alternate) => {
      const alternateUrl = resolveWebUrl(alternate.url, base);
      const language = normaliseLanguageTag(alternate.language);
      return alternateUrl && language ? [{ language, url: alternateUrl }] : [];
    }),
    translation: null,
    sourceLinks: [],
    credits: [],
  };
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The first of these absolute addresses that is a web address; null when none is. */
function firstWebAddress(...addresses: Array<string | null>): string | null {
  for (const address of addresses) {
    const web = resolveWebUrl(address, null);
    if (web !== null) return web;
  }
  return null;
}

/**
 * What reads as an address rather than an outlet's name: a path, or a scheme with no space after its colon
 * (`javascript:alert(1)`, `file:///etc/passwd`, but not `Reuters: London`).
 */
const addressLike = /^(?:[a-z][a-z0-9+.-]*:\S|\/|\.{1,2}\/)/i;

/**
 * Declared sources with their addresses made absolute; an outlet's name in dc:source stays as it is. A source whose
 * address is no web address is dropped, not kept as a name.
 */
function resolvedSources(item: RawItem, feed: RawFeed, options: NormaliseOptions): DeclaredSource[] {
  const base = item.base ?? feed.base ?? options.baseUrl ?? options.feedUrl;
  return item.declaredSources.flatMap((source) => {
    if (!addressLike.test(source.value)) return [source];
    const value = resolveWebUrl(source.value, base);
    return value === null ? [] : [{ ...source, value }];
  });
}

/** An article as the feed engine makes it, before its language and provenance are read. */
export interface NormalisedItem {
  article: ParsedArticle;
  /** Where the item says it comes from, addresses made absolute. */
  declaredSources: DeclaredSource[];
  /** What the item shows of being a summary of its page (summaryOnly.ts). */
  summary: SummarySigns;
}

/** The feed engine's part: the format reader's values made into Tidings' model, one article per item. */
export function normaliseItems(feed: RawFeed, options: NormaliseOptions): NormalisedItem[] {
  const feedBase = feedBaseOf(feed, options);
  return feed.items.map((item) => {
    const article = normaliseItem(item, feed, feedBase, options);
    return { article, declaredSources: resolvedSources(item, feed, options), summary: summarySigns(article, item.title) };
  });
}

function hasRepeatedIds(ids: readonly string[]): boolean {
  return new Set(ids).size < ids.length;
}

/** Oldest first, undated last; ISO 8601 UTC strings sort as their instants do. */
function byPublished(a: ParsedArticle, b: ParsedArticle): number {
  const [first, second] = [a.published ?? '\uffff', b.published ?? '\uffff'];
  return first < second ? -1 : first > second ? 1 : 0;
}

/**
 * Feeds do give two different articles one guid (a podcast reusing an episode's, a blog re-posting under a day's
 * address). Dropping the second loses an article; so the oldest keeps the id, which it most likely had when it was
 * first fetched alone, and each other gets one of its own from its title, date and address. Only exact repeats are
 * dropped.
 */
function tellApart(items: NormalisedItem[], notes: MainMessage[]): NormalisedItem[] {
  const groups = new Map<string, ParsedArticle[]>();
  for (const { article } of items) {
    const group = groups.get(article.id);
    if (group) group.push(article);
    else groups.set(article.id, [article]);
  }
  const renamed = new Map<ParsedArticle, string>();
  const repeats = new Set<ParsedArticle>();
  for (const [id, group] of groups) {
    if (group.length < 2) continue;
    const [oldest, ...others] = [...group].sort(byPublished);
    const seen = new Set<string>(oldest ? [fingerprint(oldest)] : []);
    for (const article of others) {
      const print = fingerprint(article);
      if (seen.has(print)) repeats.add(article);
      else renamed.set(article, repeatedId(id, print));
      seen.add(print);
    }
  }
  const kept = items.flatMap((item) => {
    if (repeats.has(item.article)) return [];
    const id = renamed.get(item.article);
    return [id === undefined ? item : { ...item, article: { ...item.article, id } }];
  });
  if (renamed.size > 0) notes.push(mainMessage('sharedIds', { count: renamed.size }));
  if (repeats.size > 0) notes.push(mainMessage('repeatedArticles', { count: repeats.size }));
  return kept;
}

/** What tells two articles with one id apart: an exact repeat has the same title, date and address. */
function fingerprint(article: ParsedArticle): string {
  return `${article.title}\n${article.published ?? ''}\n${article.url ?? ''}`;
}

/** Turns what a format reader found into Tidings' model, annotating each article's language and provenance. */
export function normaliseFeed(feed: RawFeed, options: NormaliseOptions): ParsedFeed {
  return normaliseFeedChanges(feed, options, null).feed;
}

/**
 * As normaliseFeed, but an item whose digest is among `storedItems` (an item the reader has stored as it is now) is
 * left out before its language and provenance are read, the costly part; `itemDigests` then gives every item's
 * digest, stored ones included. With `storedItems` null, every item is read and no digest is computed.
 */
export function normaliseFeedChanges(feed: RawFeed, options: NormaliseOptions, storedItems: readonly string[] | null): FeedChanges {
  const changes = normaliseAround(feed, options, storedItems, []);
  // Only carried items can clash with the ones read; with none, repeated ids are told apart here.
  if (!changes) throw new Error('normaliseAround refused a whole reading');
  return changes;
}

/** A feed's changes, and what reading each item gave, for the reader to remember by the item's markup (knownMarkup.ts). */
export interface FeedChanges {
  feed: ParsedFeed;
  itemDigests: string[] | null;
  /**
   * One per item of the raw feed, in its order: what reading it gave, null for an item whose reading depends on the
   * time of the fetch (a date in the future, read as the fetch's). Null in all when ids repeat (tellApart renames).
   */
  remembered: Array<RememberedItem | null> | null;
  /** What the items were read within: the format reader's context with the feed's language and address. */
  context: string | null;
}

/** What reading an item gave, enough to leave the same markup unread next time. */
export interface RememberedItem {
  /** Its article's id. */
  id: string;
  /** Its digest among the feed's items (itemDigests). */
  digest: string;
  /** What it shows of being a summary: the feed's verdict is judged over every item. */
  summary: SummarySigns;
}

/**
 * As normaliseFeedChanges for a feed of which only some items were read: `carried` are the others, as remembered from
 * an earlier reading with the same context. They count in the feed's summary verdict and in `itemDigests`. Null when an
 * item read now shares its id with another, carried or read: telling them apart needs every item read.
 */
export function normaliseAround(
  feed: RawFeed,
  options: NormaliseOptions,
  storedItems: readonly string[] | null,
  carried: readonly RememberedItem[],
): FeedChanges | null {
  const language = normaliseLanguageTag(feed.language);
  const notes = [...feed.errors];
  const items = normaliseItems(feed, options);
  const repeated = hasRepeatedIds([...items.map(({ article }) => article.id), ...carried.map((item) => item.id)]);
  if (repeated && carried.length > 0) return null;
  // Ids are settled first, from every item, so that an item left out as stored keeps the id it was stored under.
  const unique = repeated ? tellApart(items, notes) : items;
  const readDigests = storedItems ? unique.map((item) => itemDigest(item, language, options.feedUrl)) : null;
  const stored = new Set(storedItems);
  // Judged over every item, stored ones too: the feed is what carries summaries, whatever this fetch brought.
  const summaryFeed = isSummaryFeed([...unique.map((item) => item.summary), ...carried.map((item) => item.summary)]);
  const articles = unique.flatMap(({ article, declaredSources, summary }, index) => {
    if (readDigests && stored.has(readDigests[index] ?? '')) return [];
    const annotated = annotateArticleInDetail(article, { language, url: options.feedUrl, declaredSources });
    // The opening was read for language detection already; the excerpt is the start of the same text.
    const excerpt = annotated.article.excerpt || excerptOfText(annotated.openingText);
    // Search terms are read here, in the worker, so that the window only stores them.
    return [{ ...annotated.article, excerpt, searchTerms: articleSearchTerms(annotated.article), summaryOnly: isSummaryOnly(summary, summaryFeed) }];
  });
  const fetchTime = toIsoSeconds(options.fetchedAt);
  return {
    feed: {
      title: toPlainText(feed.title ?? '') || hostName(options.feedUrl),
      siteUrl: resolveWebUrl(feed.siteUrl, feed.base ?? options.baseUrl ?? options.feedUrl),
      language,
      details: normaliseFeedDetails(feed.details, feed.base ?? feedBaseOf(feed, options), options.fetchedAt),
      articles,
      ...feedNotes(notes),
      summaryOnly: summaryFeed,
    },
    itemDigests: readDigests ? [...readDigests, ...carried.map((item) => item.digest)] : null,
    remembered:
      readDigests && !repeated
        ? unique.map(({ article, summary }, index) =>
            article.published === fetchTime || article.updated === fetchTime ? null : { id: article.id, digest: readDigests[index] ?? '', summary },
          )
        : null,
    context:
      feed.itemContext === undefined
        ? null
        : JSON.stringify([feed.itemContext, language, feed.siteUrl, options.feedUrl, options.baseUrl ?? null, options.sanitise]),
  };
}

/** Everything annotation reads of an item, its id included: an item with the same digest annotates the same. */
function itemDigest({ article, declaredSources }: NormalisedItem, feedLanguage: string | null, feedUrl: string): string {
  return digestText([article.id, articleDigest(article), JSON.stringify(declaredSources), feedLanguage ?? '', feedUrl].join('\u0000'));
}
