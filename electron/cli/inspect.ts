import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ParsedFeed } from '../../shared/model/article';
import { fetchFeed } from '../feeds/fetchFeed';
import { readFeedDocument } from '../feeds/parse/readFeedDocument';
import { inlineFeedReader } from '../feeds/worker/feedReader';

/**
 * `npm run --silent inspect -- <url-or-file> [--json]`: shows what Tidings makes of a feed.
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
    const outcome = await fetchFeed({ url: target, validators: { etag: null, lastModified: null } }, { appVersion: appVersion(), reader: inlineFeedReader, sanitise: true });
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

function asJson(feed: ParsedFeed): unknown {
  return {
    feed: { title: feed.title, siteUrl: feed.siteUrl, language: feed.language },
    articles: feed.articles.map((article) => ({
      id: article.id,
      title: article.title,
      url: article.url,
      published: article.published,
      author: article.author,
      language: article.language,
      contentHtml: article.contentHtml,
      alternates: article.alternates.map(({ language, url }) => ({ language, url })),
      translation: article.translation ? { from: article.translation.from, originalUrl: article.translation.originalUrl } : null,
      sourceLinks: article.sourceLinks.map(({ url, label }) => ({ url, label })),
      credits: article.credits,
    })),
    errors: feed.errors,
  };
}

function summary(feed: ParsedFeed): string {
  const lines = [`${feed.title}${feed.language ? ` [${feed.language}]` : ''}${feed.siteUrl ? ` — ${feed.siteUrl}` : ''}`, `${feed.articles.length} articles`];
  for (const article of feed.articles) {
    const details = [article.published?.slice(0, 10), article.language, article.author].filter(Boolean).join(' · ');
    lines.push(`  • ${article.title}${details ? `  (${details})` : ''}`);
    if (article.url) lines.push(`    ${article.url}`);
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
  const result = await inspect(target);
  if (!result.ok) {
    process.stderr.write(`${result.error}\n`);
    return 1;
  }
  process.stdout.write(`${json ? JSON.stringify(asJson(result.feed), null, 2) : summary(result.feed)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
