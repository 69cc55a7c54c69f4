import { languages, type LanguageWords } from './words';

/**
 * The peer benchmark's publishers, made up deterministically from a seed: many feeds of news text in several languages
 * and formats, a few of them broken in the ways real feeds break, most gaining a few items at every epoch.
 */
export interface WorkloadShape {
  feeds: number;
  /** Feeds are spread over loopback addresses 127.0.0.1 … 127.0.0.<hosts>. */
  hosts: number;
  seed: number;
  minItems: number;
  maxItems: number;
  minItemBytes: number;
  maxItemBytes: number;
  /** Share of feeds that are broken: malformed, 404, 500, or stalled before answering. */
  faultyShare: number;
  stallMs: number;
  /** Share of (answering) feeds that gain items at each epoch after the first, and how many each. */
  gainingShare: number;
  itemsPerEpoch: number;
}

export const peerShape: WorkloadShape = {
  feeds: 1000,
  hosts: 50,
  seed: 16,
  minItems: 10,
  maxItems: 100,
  minItemBytes: 200,
  maxItemBytes: 8000,
  faultyShare: 0.02,
  stallMs: 4000,
  gainingShare: 0.8,
  itemsPerEpoch: 3,
};

export type FeedFormat = 'rss' | 'atom' | 'json';
export type Fault = 'none' | 'malformed' | 'not-found' | 'server-error' | 'stall';
export const faults: readonly Exclude<Fault, 'none'>[] = ['malformed', 'not-found', 'server-error', 'stall'];

export interface FeedSpec {
  index: number;
  /** 0-based: the feed is served on 127.0.0.<host + 1>. */
  host: number;
  format: FeedFormat;
  language: LanguageWords;
  baseItems: number;
  fault: Fault;
  title: string;
  path: string;
}

/** A 32-bit mix of the numbers given (murmur3's finaliser over a running hash): the same inputs, the same number. */
export function mix(...values: number[]): number {
  let hash = 0x9e3779b9;
  for (const value of values) {
    hash = Math.imul(hash ^ (value | 0), 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
  }
  return hash >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const formatPaths: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

export function feedSpecs(shape: WorkloadShape = peerShape): FeedSpec[] {
  const next = random(mix(shape.seed, 1));
  // The broken feeds, spread evenly over the kinds of breakage, at seeded places.
  const faulty = Math.round(shape.feeds * shape.faultyShare);
  const order = Array.from({ length: shape.feeds }, (_, index) => index);
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
  }
  const faultOf = new Map(order.slice(0, faulty).map((feed, rank) => [feed, faults[rank % faults.length] ?? 'stall']));
  return Array.from({ length: shape.feeds }, (_, index) => {
    const pick = random(mix(shape.seed, 2, index));
    const formatDraw = pick();
    const format: FeedFormat = formatDraw < 0.5 ? 'rss' : formatDraw < 0.85 ? 'atom' : 'json';
    const language = languages[index % languages.length] ?? languages[0];
    if (!language) throw new Error('no languages');
    const baseItems = shape.minItems + Math.floor(pick() * (shape.maxItems - shape.minItems + 1));
    return {
      index,
      host: index % shape.hosts,
      format,
      language,
      baseItems,
      fault: faultOf.get(index) ?? 'none',
      title: `${capitalise(phrase(language, random(mix(shape.seed, 3, index)), 3))} ${index}`,
      path: `/feeds/${index}/${formatPaths[format]}`,
    };
  });
}

/** Whether the feed gains items when the publisher moves to `epoch` (2 and later). */
export function gainsAt(spec: FeedSpec, epoch: number, shape: WorkloadShape = peerShape): boolean {
  return epoch >= 2 && random(mix(shape.seed, 4, spec.index, epoch))() < shape.gainingShare;
}

export function itemsAt(spec: FeedSpec, epoch: number, shape: WorkloadShape = peerShape): number {
  let items = spec.baseItems;
  for (let step = 2; step <= epoch; step += 1) if (gainsAt(spec, step, shape)) items += shape.itemsPerEpoch;
  return items;
}

/** Whether a reader gets the feed's items: broken feeds give none, stalled ones all of them, late. */
export function answers(spec: FeedSpec): boolean {
  return spec.fault === 'none' || spec.fault === 'stall';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function phrase(language: LanguageWords, next: () => number, length: number): string {
  const words = Array.from({ length }, () => language.words[Math.floor(next() * language.words.length)] ?? '');
  return words.join(language.unspaced ? '' : ' ');
}

function sentence(language: LanguageWords, next: () => number): string {
  return capitalise(phrase(language, next, 8 + Math.floor(next() * 14))) + language.stop;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Item {
  id: string;
  title: string;
  link: string;
  author: string;
  published: Date;
  html: string;
}

const firstDay = Date.UTC(2025, 0, 1);

/** Item `position` of a feed, oldest first; its HTML is 0.2–8 KB, spread log-uniformly (many short, a few long). */
export function item(spec: FeedSpec, position: number, shape: WorkloadShape = peerShape): Item {
  const next = random(mix(shape.seed, 5, spec.index, position));
  const { language } = spec;
  const target = Math.round(shape.minItemBytes * Math.pow(shape.maxItemBytes / shape.minItemBytes, next()));
  const site = `https://news-${spec.host + 1}.example`;
  const link = `${site}/${spec.index}/${position}`;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < target) {
    const sentences = Array.from({ length: 2 + Math.floor(next() * 4) }, () => sentence(language, next));
    if (paragraphs.length === 1) sentences.splice(1, 0, `<a href="${link}/more">${phrase(language, next, 3)}</a>${language.stop}`);
    if (paragraphs.length === 2) sentences[0] = `<em>${sentences[0] ?? ''}</em>`;
    const paragraph = `<p>${sentences.join(language.unspaced ? '' : ' ')}</p>`;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return {
    id: `urn:peer:${spec.index}:${position}`,
    title: capitalise(phrase(language, next, 6 + Math.floor(next() * 6))),
    link,
    author: capitalise(phrase(language, next, 2)),
    // Newer items have later dates; every date is in the past.
    published: new Date(firstDay + position * 3_600_000 + spec.index * 61_000),
    html: paragraphs.join('\n'),
  };
}

function rssItem(entry: Item): string {
  return `<item><title>${escapeXml(entry.title)}</title><link>${entry.link}</link><guid isPermaLink="false">${entry.id}</guid><pubDate>${entry.published.toUTCString()}</pubDate><dc:creator>${escapeXml(entry.author)}</dc:creator><description><![CDATA[${entry.html}]]></description></item>`;
}

function atomEntry(entry: Item): string {
  const date = entry.published.toISOString();
  return `<entry><id>${entry.id}</id><title>${escapeXml(entry.title)}</title><link href="${entry.link}"/><published>${date}</published><updated>${date}</updated><author><name>${escapeXml(entry.author)}</name></author><content type="html">${escapeXml(entry.html)}</content></entry>`;
}

function jsonItem(entry: Item): string {
  return JSON.stringify({
    id: entry.id,
    url: entry.link,
    title: entry.title,
    content_html: entry.html,
    date_published: entry.published.toISOString(),
    authors: [{ name: entry.author }],
  });
}

export const itemRenderers: Record<FeedFormat, (entry: Item) => string> = { rss: rssItem, atom: atomEntry, json: jsonItem };

export const contentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** The whole document from its rendered items, oldest first (the document lists them newest first). */
export function feedDocument(spec: FeedSpec, renderedItems: readonly string[], updated: Date): string {
  const newestFirst = [...renderedItems].reverse();
  const site = `https://news-${spec.host + 1}.example/${spec.index}`;
  const title = escapeXml(spec.title);
  if (spec.format === 'rss') {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${title}</title><link>${site}</link><description>${title}</description><language>${spec.language.tag}</language><lastBuildDate>${updated.toUTCString()}</lastBuildDate>\n${newestFirst.join('\n')}\n</channel></rss>\n`;
  }
  if (spec.format === 'atom') {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${spec.language.tag}"><title>${title}</title><id>${site}</id><updated>${updated.toISOString()}</updated><link href="${site}"/>\n${newestFirst.join('\n')}\n</feed>\n`;
  }
  return `{"version":"https://jsonfeed.org/version/1.1","title":${JSON.stringify(spec.title)},"home_page_url":"${site}","language":"${spec.language.tag}","items":[\n${newestFirst.join(',\n')}\n]}\n`;
}

/** A feed cut short in its header: no reader can find an item in it. */
export const malformedDocument = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Broken feed</ti';
