import type { MainMessage } from '../../shared/model/mainMessage';
import type { FeedDetails, ParsedArticle } from '../../shared/model/article';
import type { NotificationSettings } from '../../shared/model/desktop';
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
  /** The last fetch's failure, in English words for the user; null when it worked. */
  error: string | null;
  /** The same failure as a code for the window to word (not indexed); absent from records stored before there were codes. */
  errorMessage?: MainMessage | null;
  /** The server said 410 Gone: the feed is no longer polled. */
  gone: Flag;
  /** What the last successful read had to repair or leave out, in words for the user; empty for a clean feed. */
  warnings: string[];
  /** The same notes as codes, in the same order, when every one had a code (not indexed). */
  warningMessages?: MainMessage[];
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
  /**
   * Whether the whole article is fetched from its page: `auto` for feeds that carry only summaries (detected from
   * the feed alone), `always`, or `never`.
   */
  fullText: FullTextSetting;
  /** Images of this feed's articles are kept for reading offline; false loads them from the web when shown. */
  cacheImages: Flag;
  /** Only the newest N articles of this feed are kept (starred and unread ones always); null for the app's rule. */
  keepLast: number | null;
  /**
   * The newest `sortTime` among the articles of this feed that retention removed (retention.ts): an article the feed
   * still lists, at or before it and no longer stored, was removed, and is not stored again as new. Absent until the
   * first removal.
   */
  removedThrough?: number;
  /** Whether this feed's new articles are told in a notification; absent (feeds stored before it) means they are. */
  notify?: Flag;
}

export type { FeedErrorKind };

export type FullTextSetting = 'auto' | 'always' | 'never';

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
  /** 1 when the feed carries only a summary of the article (ParsedArticle.summaryOnly): its page is worth reading. */
  summaryOnly?: Flag;
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
export type BodyRecord = { key: string; baseUrl?: string | null; fullText?: FullTextRecord | null } & BodyFields;

/** The whole article as its page has it, for feeds that carry only a summary; kept as the page sent it, sanitised when shown. */
export interface FullTextRecord {
  html: string;
  /** The page's address after redirects: relative addresses in `html` resolve against it. */
  url: string;
  fetchedAt: number;
  /** What the page says of itself (`<html lang>`, `og:locale`, canonical link, `og:site_name`); null when it says nothing. */
  language: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
}

/** The reader's preferences, one row per key. */
export interface ReaderPreferences {
  /** Most wanted first: decides which version of a story the list shows. */
  preferredLanguages: string[];
  /** Left out of every list, count and language view. */
  hiddenLanguages: string[];
  /** How often feeds are checked and how large one may be; the main process is told on every change. */
  pollSettings: PollSettings;
}

/** How long articles are kept (retention.ts): an age in days, null for ever. Starred articles are always kept. */
export interface RetentionRules {
  readDays: number | null;
  unreadDays: number | null;
}

/** Where retention's background passes have got to (retention.ts), and what the last one did. */
export interface RetentionProgress {
  /** Read articles older than this (a `sortTime`) were looked at under the rule of `readDays`. */
  examinedBefore: number;
  readDays: number | null;
  /** Feeds that had a rule of their own (`keepLast`) then: their old articles were left to that rule. */
  ownRuleFeeds: string[];
  /** When every old article was last looked at, not only those that aged since the pass before. */
  fullPassAt: number;
  lastRun: { at: number; removed: number } | null;
}

/** Rows of the settings table kept by the module they belong to, beside the reader's preferences. */
export interface ModuleSettings {
  notifications: NotificationSettings;
  retention: RetentionRules;
  retentionProgress: RetentionProgress;
  summaryFlags: SummaryFlagsProgress;
}

/**
 * How far the reading of old articles for the summary-only flag has got (summaryFlags.ts): it walks the articles
 * stored before it started, newest first, and stops at the oldest.
 */
export interface SummaryFlagsProgress {
  /** Articles first seen from this time on were flagged as they were stored. */
  startedAt: number;
  /** The last article read, in newest-first order; null before the first batch. */
  after: { sortTime: number; key: string } | null;
  done: boolean;
}

type StoredSettings = ReaderPreferences & ModuleSettings;

export type SettingRecord = { [K in keyof StoredSettings]: { key: K; value: StoredSettings[K] } }[keyof StoredSettings];
