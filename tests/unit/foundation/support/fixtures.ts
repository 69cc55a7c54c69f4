import type { ParsedArticle, ParsedFeed } from '../../../../shared/model/article';
import { blankArticle, blankFeed } from '../../../fixtures/model/parsedArticle';
import type { FeedPollResult, FetchOutcome, Subscription, Validators } from '../../../../shared/model/feed';

export const noValidators: Validators = { etag: null, lastModified: null };

/** One parsed item, as the feed pipeline hands it over; only what a test cares about needs saying. */
export function parsedArticle(id: string, overrides: Partial<ParsedArticle> = {}): ParsedArticle {
  return blankArticle({
    id,
    title: `Article ${id}`,
    url: `https://example.com/articles/${encodeURIComponent(id)}`,
    language: 'en',
    contentHtml: `<p>Body of ${id}</p>`,
    excerpt: `Body of ${id}`,
    ...overrides,
  });
}

export function parsedFeed(articles: ParsedArticle[], overrides: Partial<ParsedFeed> = {}): ParsedFeed {
  return blankFeed({ title: 'Example News', siteUrl: 'https://example.com/', language: 'en', articles, ...overrides });
}

export function updated(
  articles: ParsedArticle[],
  overrides: { feed?: Partial<ParsedFeed>; validators?: Validators; movedTo?: string | null } = {},
): FetchOutcome {
  return {
    kind: 'updated',
    feed: parsedFeed(articles, overrides.feed),
    validators: overrides.validators ?? noValidators,
    movedTo: overrides.movedTo ?? null,
  };
}

export function pollResult(feedId: string, url: string, outcome: FetchOutcome, fetchedAt: number): FeedPollResult {
  return { feedId, url, fetchedAt, outcome };
}

export function subscription(feedId: string, lastFetchedAt: number | null, overrides: Partial<Subscription> = {}): Subscription {
  return { feedId, url: `https://${feedId}.example/feed.xml`, validators: noValidators, lastFetchedAt, ...overrides };
}
