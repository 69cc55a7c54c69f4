import type { FeedDetails, ParsedArticle } from '../../shared/model/article';
import type { FeedErrorKind } from '../../shared/model/feed';
import type { PollSettings } from '../../shared/model/pollSettings';

/** IndexedDB cannot index booleans, so flags are stored as 0 or 1. */
export type Flag = 0 | 1;

export interface FeedRecord {
  id: string;
  url: string;
  /** What the feed calls itself, kept up to date on every fetch. */
  title: string;
  /** The user's own name for the feed, shown instead of `title` when set. */
  customTitle: string | null;
  siteUrl: string | null;
  language: string | null;
  /** What the feed says of itself (description, icon, authors…), as of its last successful read. */
  details: FeedDetails;
  /** The reader's correction for a feed that declares the wrong language; its articles take this one. */
  languageOverride: string | null;
  folderId: string | null;
  addedAt: number;
  lastFetchedAt: number | null;
  etag: string | null;
  lastModified: string | null;
  /** The last fetch's failure, in words for the user; null when it worked. */
  error: string | null;
  /** The server said 410 Gone: the feed is no longer polled. */
  gone: Flag;
  /** What the last successful read had to repair or leave out, in words for the user; empty for a clean feed. */
  warnings: string[];
  /** The reader's interval for this feed, in minutes; null for the default. */
  pollIntervalMinutes: number | null;
  /** The publisher's lower bound on the interval (ttl, sy:updatePeriod, max-age), in seconds, as last sent. */
  publisherIntervalSeconds: number | null;
  /** Where the reader put the feed among its folder's feeds; null keeps it in name order after those placed. */
  position: number | null;
  /** The reader stopped checking this feed; its articles stay. */
  paused: Flag;
  /**
   * When the reader unsubscribed. The feed is out of the sources pane and the poller at once; its articles go when
   * the undo time is over, except starred ones, which keep the row so they still name their feed.
   */
  unsubscribedAt: number | null;
  /** The last fetch that worked, whether or not it brought anything new. */
  lastSucceededAt: number | null;
  /** Fetches failed in a row since the last that worked. */
  failures: number;
  /** What kind of failure the last was, for the health view's sorting; null when the last fetch worked. */
  errorKind: FeedErrorKind | null;
  /** The mean size in bytes of the documents the feed sent over its last full reads (feedSize.ts); absent before one. */
  averageBytes?: number;
  /** How many reads `averageBytes` stands for, up to feedSize.ts's window. */
  sizeReads?: number;
  /** The feed's icon as a `data:` address, fetched once by the main process; null when none was found. */
  icon: string | null;
  /** When the icon was last looked for; null until it has been. */
  iconCheckedAt: number | null;
}

export type { FeedErrorKind };

export interface FolderRecord {
  id: string;
  name: string;
  /** The folder it sits in; null at the top level. */
  parentId: string | null;
  /** Order among its siblings. */
  position: number;
  /** Shown shut in the sources pane. */
  collapsed: Flag;
}

/** What the article list needs, and nothing heavier: bodies live in their own table. */
export interface ArticleRecord {
  /** `${feedId} ${articleId}`: one feed's article is stored once however often it is fetched. */
  key: string;
  feedId: string;
  articleId: string;
  title: string;
  url: string | null;
  author: string | null;
  published: string | null;
  /** Epoch milliseconds to sort by: the published date, else when Tidings first saw the article. */
  sortTime: number;
  firstSeenAt: number;
  read: Flag;
  starred: Flag;
  /** The language shown and indexed: the feed's override when it has one, else what the pipeline found. */
  language: string | null;
  /** What the pipeline found, kept so that removing a feed's override restores it. */
  detectedLanguage: string | null;
  /** 0 to 1: how sure the pipeline was of `detectedLanguage`. */
  languageConfidence: number | null;
  /** The original's language when the article is a translation. */
  translationFrom: string | null;
  /** Shared by the versions of one story (translations, rewrites of one original); null when nothing ties it to others. */
  storyKey: string | null;
  excerpt: string;
  /** The article's picture for the list; absent on rows stored before schema 6. */
  imageUrl?: string | null;
  /** Present (equal to `sortTime`) only while unread: the unread indexes hold unread rows alone. */
  unreadTime?: number;
  /** Present (equal to `sortTime`) only while starred. */
  starredTime?: number;
  /** What the feed said of the article, digested: a fetch that says the same again writes nothing. */
  digest: string;
}

/** Articles of one feed in one language: the unit every count is a sum of. */
export interface CountRecord {
  /** `${feedId}|${language}`, the language empty when unknown. */
  key: string;
  feedId: string;
  language: string | null;
  total: number;
  unread: number;
  starred: number;
}

/** How far a schema version's batched data move has come (see migrations/schemaVersion.ts). */
export interface BackfillRecord {
  version: number;
  /** The primary key of the last row moved; absent before the first batch. */
  after?: string;
  moved: number;
  done: boolean;
}

/** What a body holds besides its key: the heavy part of an article, read only when it is opened. */
export type BodyFields = Pick<
  ParsedArticle,
  | 'contentHtml'
  | 'summaryHtml'
  | 'authors'
  | 'contributors'
  | 'enclosures'
  | 'categories'
  | 'imageUrl'
  | 'comments'
  | 'geo'
  | 'alternates'
  | 'translation'
  | 'sourceLinks'
  | 'credits'
>;

/**
 * A body as stored. `contentHtml` is kept as the feed sent it and sanitised when shown; bodies stored by earlier
 * versions hold it sanitised already, and have no `baseUrl` (their addresses are absolute). Bodies stored before
 * schema 6 lack the fields it added and hold categories as plain strings: read them through `bodyOf` (bodies.ts).
 */
export type BodyRecord = { key: string; baseUrl?: string | null } & BodyFields;

/** The reader's preferences, one row per key. */
export interface ReaderPreferences {
  /** Most wanted first: decides which version of a story the list shows. */
  preferredLanguages: string[];
  /** Left out of every list, count and language view. */
  hiddenLanguages: string[];
  /** How often feeds are checked and how large one may be; the main process is told on every change. */
  pollSettings: PollSettings;
}

export type SettingRecord = { [K in keyof ReaderPreferences]: { key: K; value: ReaderPreferences[K] } }[keyof ReaderPreferences];
