import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { categoryLabel, type Enclosure, type ParsedFeed } from '../../shared/model/article';
import { decodeOpmlBytes } from '../../shared/opml/decodeOpmlBytes';
import { looksLikeOpml } from '../../shared/opml/looksLikeOpml';
import { readOpmlBytes } from '../../shared/opml/readOpml';
import type { OpmlReading } from '../../shared/opml/opmlTypes';
import { fetchFeed } from '../feeds/fetchFeed';
import { proxyFromEnvironment } from '../feeds/http/proxy/environmentProxy';
import { readFeedDocument } from '../feeds/parse/readFeedDocument';
import { inlineFeedReader } from '../feeds/worker/feedReader';
import { opmlListing } from './opmlListing';

/**
 * `npm run --silent inspect -- <url-or-file> [--json]`: shows what Tidings makes of a feed, or what importing an OPML
 * file (named `.opml`, or whose content is OPML) would bring.
 * With --json, prints exactly one JSON document on stdout; failures print one line on stderr and exit 1.
 */

type Result = { ok: true; feed: ParsedFeed } | { ok: false; error: string };

function appVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function inspect(target: string): Promise<Result> {
  if (/^https?:\/\//i.test(target)) {
    const outcome = await fetchFeed({ url: target, validators: { etag: null, lastModified: null } }, {
      appVersion: appVersion(),
      reader: inlineFeedReader,
      sanitise: true,
      proxy: proxyFromEnvironment(),
    });
    if (outcome.kind === 'updated') return { ok: true, feed: outcome.feed };
    if (outcome.kind === 'failed') return { ok: false, error: outcome.error };
    return { ok: false, error: 'The server answered "not modified" to a request that asked for the whole feed' };
  }
  let body: Buffer;
  const path = resolve(target);
  try {
    body = readFileSync(path);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    return { ok: false, error: code === 'ENOENT' ? `No such file: ${target}` : `Could not read ${target}: ${code || String(error)}` };
  }
  const reading = await readFeedDocument({ body, contentType: null, url: pathToFileURL(path).href, fetchedAt: Date.now(), sanitise: true });
  if (reading.kind === 'feed') return { ok: true, feed: reading.feed };
  if (reading.kind === 'web-page') {
    const listed = reading.feeds.map((feed) => feed.url).join(', ');
    return { ok: false, error: `Not a feed: the file is a web page${listed ? ` that points to ${listed}` : ''}` };
  }
  return { ok: false, error: reading.error };
}

/** The file's OPML reading; null when the target is an address, cannot be read, or is no OPML, for the feed path to handle. */
function opmlReading(target: string): OpmlReading | null {
  if (/^https?:\/\//i.test(target)) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(target));
  } catch {
    return null;
  }
  // The start is enough to tell, and a large feed is not decoded twice.
  const isOpml = /\.opml$/i.test(target) || looksLikeOpml(decodeOpmlBytes(bytes.subarray(0, 4096)));
  return isOpml ? readOpmlBytes(bytes) : null;
}

function asJson(feed: ParsedFeed): unknown {
  return {
    feed: { title: feed.title, siteUrl: feed.siteUrl, language: feed.language, details: feed.details },
    articles: feed.articles.map((article) => ({
      id: article.id,
      title: article.title,
      url: article.url,
      published: article.published,
      updated: article.updated,
      author: article.author,
      authors: article.authors,
      contributors: article.contributors,
      language: article.language,
      excerpt: article.excerpt,
      summaryHtml: article.summaryHtml,
      contentHtml: article.contentHtml,
      categories: article.categories,
      enclosures: article.enclosures,
      imageUrl: article.imageUrl,
      comments: article.comments,
      geo: article.geo,
      alternates: article.alternates.map(({ language, url }) => ({ language, url })),
      translation: article.translation ? { from: article.translation.from, originalUrl: article.translation.originalUrl } : null,
      sourceLinks: article.sourceLinks.map(({ url, label }) => ({ url, label })),
      credits: article.credits,
    })),
    errors: feed.errors,
  };
}

/** `…/042.mp3 (audio/mpeg, 41.2 MB, 43:01)`: what a listener wants to know before fetching an enclosure. */
function enclosureLine(enclosure: Enclosure): string {
  const facts = [enclosure.type ?? enclosure.medium ?? 'unknown type'];
  if (enclosure.length !== null) facts.push(enclosure.length < 1e6 ? `${Math.ceil(enclosure.length / 1e3)} kB` : `${(enclosure.length / 1e6).toFixed(1)} MB`);
  if (enclosure.duration !== null) facts.push(clockTime(enclosure.duration));
  return `${enclosure.url} (${facts.join(', ')})`;
}

function clockTime(seconds: number): string {
  const whole = Math.round(seconds);
  const [hours, minutes, rest] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const twoDigits = (value: number): string => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${twoDigits(minutes)}:${twoDigits(rest)}` : `${minutes}:${twoDigits(rest)}`;
}

function shortened(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function summary(feed: ParsedFeed): string {
  const lines = [`${feed.title}${feed.language ? ` [${feed.language}]` : ''}${feed.siteUrl ? ` — ${feed.siteUrl}` : ''}`];
  const { description, iconUrl, imageUrl } = feed.details;
  if (description) lines.push(`  ${shortened(description, 160)}`);
  if (iconUrl) lines.push(`  icon: ${iconUrl}`);
  if (imageUrl) lines.push(`  image: ${imageUrl}`);
  lines.push(`${feed.articles.length} articles`);
  for (const article of feed.articles) {
    const details = [article.published?.slice(0, 10), article.language, article.author].filter(Boolean).join(' · ');
    lines.push(`  • ${article.title}${details ? `  (${details})` : ''}`);
    if (article.url) lines.push(`    ${article.url}`);
    if (article.categories.length > 0) lines.push(`    categories: ${[...new Set(article.categories.map(categoryLabel))].join(', ')}`);
    for (const enclosure of article.enclosures) lines.push(`    enclosure: ${enclosureLine(enclosure)}`);
    for (const alternate of article.alternates) lines.push(`    also in ${alternate.language}: ${alternate.url}`);
    if (article.translation) lines.push(`    translated from ${article.translation.from ?? 'another language'}${article.translation.originalUrl ? `: ${article.translation.originalUrl}` : ''}`);
    if (article.credits.length > 0) lines.push(`    credits: ${article.credits.join('; ')}`);
  }
  for (const error of feed.errors) lines.push(`! ${error}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const target = argv.find((argument) => !argument.startsWith('--'));
  if (!target) {
    process.stderr.write('Usage: npm run --silent inspect -- <url-or-file> [--json]\n');
    return 2;
  }
  const opml = opmlReading(target);
  if (opml?.kind === 'failed') {
    process.stderr.write(`${opml.error}\n`);
    return 1;
  }
  if (opml) {
    process.stdout.write(`${json ? JSON.stringify(opml, null, 2) : opmlListing(opml)}\n`);
    return 0;
  }
  const result = await inspect(target);
  if (!result.ok) {
    process.stderr.write(`${result.error}\n`);
    return 1;
  }
  process.stdout.write(`${json ? JSON.stringify(asJson(result.feed), null, 2) : summary(result.feed)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
