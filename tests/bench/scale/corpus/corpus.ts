import type { ParsedArticle } from '../../../../shared/model/article';
import { articleSearchTerms } from '../../../../shared/search/articleTerms';
import { articleDigest } from '../../../../shared/util/articleDigest';
import { Random, seedOf } from './random';
import { corpusLanguages, languageShares, type CorpusLanguage } from './vocabulary';
import { TextMaker } from './text';

/** A feed of the generated store. */
export interface FeedPlan {
  index: number;
  /** Shaped like the app's own feed ids (UUIDs), so keys and indexes are as long as a reader's. */
  id: string;
  url: string;
  host: string;
  title: string;
  language: CorpusLanguage | null;
  folderId: string | null;
  articles: number;
  /** The wire feed's articles all stay unread: it is the 50,000-article view that is marked read at once. */
  keepUnread: boolean;
}

export interface FolderPlan {
  id: string;
  name: string;
  position: number;
}

export interface CorpusPlan {
  seed: number;
  total: number;
  feeds: FeedPlan[];
  folders: FolderPlan[];
  /** The folder of the wire feed, which holds `unreadShare` of the store, every article unread. */
  unreadFolderId: string;
  /** Article times run from `start` to `end` (epoch milliseconds). */
  start: number;
  end: number;
  /** Slices of time the store is filled in, oldest first, as a reader's refreshes would have brought it. */
  epochs: number;
}

/** One generated article as a fetch brings it, with the marks the reader has since given it. */
export interface GeneratedArticle {
  article: ParsedArticle;
  read: boolean;
  starred: boolean;
}

export const defaultSeed = 20_261_206;
const feedCount = 2_000;
const folderCount = 40;
const wireFeeds = 1;
/** 50,000 of a million: the view that "mark all read" clears. */
export const unreadShare = 0.05;
const day = 86_400_000;
const end = Date.UTC(2026, 10, 30);
const span = 730 * day;

const folderNames = [
  'World', 'Politics', 'Economy', 'Markets', 'Technology', 'Science', 'Health', 'Climate', 'Culture', 'Film', 'Music', 'Books',
  'Sport', 'Football', 'Travel', 'Food', 'Design', 'Security', 'Open source', 'Programming', 'Space', 'Energy', 'Cities', 'Education',
  'Law', 'Media', 'Photography', 'History', 'Asia', 'Europe', 'Americas', 'Africa', 'Middle East', 'Local', 'Podcasts', 'Blogs',
  'Research', 'Startups', 'Gaming', 'Weekend',
];
const mastheads = ['Courier', 'Herald', 'Times', 'Post', 'Review', 'Journal', 'Gazette', 'Observer', 'Chronicle', 'Dispatch', 'Ledger', 'Tribune', 'Weekly', 'Notes', 'Digest'];

function uuidOf(random: Random): string {
  const hex = random.hex(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function languageOf(random: Random): CorpusLanguage | null {
  if (random.chance(0.01)) return null;
  let target = random.next();
  for (const language of corpusLanguages) {
    target -= languageShares[language];
    if (target < 0) return language;
  }
  return 'en';
}

/** Splits `total` in proportion to `weights`, largest remainders first, so the parts add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/**
 * The store's shape: 2,000 feeds in 12 languages (1 % unknown), 40 folders holding 60 % of them, article counts per
 * feed heavy-tailed (a few feeds with thousands, most with a few hundred), over two years. One wire feed, in a folder
 * of its own, holds 5 % of the articles, all unread; elsewhere articles older than 45 days are 97 % read and newer ones
 * 45 %.
 */
export function planCorpus(total: number, seed = defaultSeed): CorpusPlan {
  const random = new Random(seedOf(seed, 1));
  const folders = folderNames.slice(0, folderCount).map((name, position) => ({ id: uuidOf(random), name, position }));
  const unreadFolder: FolderPlan = { id: uuidOf(random), name: 'Wire services', position: folders.length };
  const wireTotal = Math.round(total * unreadShare);
  const weights = Array.from({ length: feedCount - wireFeeds }, () => Math.min(60, (1 - random.next()) ** (-1 / 1.3)));
  const counts = [...apportion(wireTotal, Array.from({ length: wireFeeds }, () => 1)), ...apportion(total - wireTotal, weights)];
  const texts = new TextMaker(seed);
  const feeds = counts.map((articles, index): FeedPlan => {
    const wire = index < wireFeeds;
    const language = wire ? (corpusLanguages[index % 4] ?? 'en') : languageOf(random);
    const host = `feed${index}.${language ?? 'xx'}.news.example`;
    const masthead = wire ? `Wire ${index + 1}` : `${texts.name(random, language ?? 'en')} ${random.pick(mastheads)}`;
    return {
      index,
      id: uuidOf(random),
      url: `https://${host}/feed.xml`,
      host,
      title: masthead,
      language,
      folderId: wire ? unreadFolder.id : random.chance(0.6) ? random.pick(folders).id : null,
      articles,
      keepUnread: wire,
    };
  });
  return { seed, total, feeds, folders: [...folders, unreadFolder], unreadFolderId: unreadFolder.id, start: end - span, end, epochs: 100 };
}

export function articleUrl(feed: FeedPlan, index: number): string {
  return `https://${feed.host}/news/${100_000 + index}.html`;
}

/** The articles of a feed that fall in one epoch: indexes ascend with time. */
export function epochRange(plan: CorpusPlan, feed: FeedPlan, epoch: number): [from: number, to: number] {
  return [Math.ceil((epoch * feed.articles) / plan.epochs), Math.ceil(((epoch + 1) * feed.articles) / plan.epochs)];
}

/** When the fetch that brought an epoch's articles happened. */
export function epochFetchedAt(plan: CorpusPlan, epoch: number): number {
  return plan.start + ((epoch + 1) * (plan.end - plan.start)) / plan.epochs;
}

/**
 * Article `index` of a feed, made from its own seed so that any article can be made alone and in any order. The
 * digest and the search terms are computed here, as the feed pipeline computes them off the window's thread, so the
 * store does not.
 */
export function makeArticle(plan: CorpusPlan, feed: FeedPlan, index: number, texts: TextMaker): GeneratedArticle {
  const random = new Random(seedOf(plan.seed, feed.index, index));
  const time = plan.start + ((index + random.next()) / Math.max(1, feed.articles)) * (plan.end - plan.start);
  const url = articleUrl(feed, index);
  let language: CorpusLanguage | null = feed.language;
  let translation: ParsedArticle['translation'] = null;
  const roll = random.next();
  if (roll < 0.05 && feed.language) {
    // A translation of an article from a feed in another language, published about the same time.
    const original = plan.feeds[(feed.index + 1 + Math.floor(random.next() * (plan.feeds.length - 1))) % plan.feeds.length];
    if (original && original.articles > 0 && original.language && original.language !== feed.language) {
      translation = { from: original.language, originalUrl: articleUrl(original, Math.floor((index / Math.max(1, feed.articles)) * original.articles)) };
    }
  } else if (roll < 0.06) {
    language = random.pick(corpusLanguages);
  }
  const textLanguage = language ?? 'en';
  const title = texts.title(random, textLanguage);
  const { html, text } = texts.body(random, textLanguage, random.int(300, 800), url);
  const author = random.chance(0.6) ? texts.name(random, textLanguage) : null;
  const article: ParsedArticle = {
    id: url,
    title,
    url,
    published: new Date(time).toISOString(),
    updated: null,
    author,
    authors: author ? [{ name: author, email: null, url: null }] : [],
    contributors: [],
    language,
    languageConfidence: language ? Math.round((0.6 + random.next() * 0.4) * 100) / 100 : null,
    contentHtml: html,
    summaryHtml: null,
    baseUrl: null,
    excerpt: texts.excerpt(text),
    enclosures: random.chance(0.02) ? [{ url: `https://${feed.host}/media/${index}.mp3`, type: 'audio/mpeg', length: random.int(1e6, 6e7), duration: null }] : [],
    categories: Array.from({ length: random.int(0, 3) }, () => ({ term: texts.word(random, textLanguage), scheme: null, label: null })),
    imageUrl: null,
    comments: null,
    geo: null,
    alternates: [],
    translation,
    sourceLinks: [],
    credits: random.chance(0.03) ? ['Reuters', 'AFP'] : [],
  };
  article.digest = articleDigest(article);
  article.searchTerms = articleSearchTerms(article);
  const read = !feed.keepUnread && (time < plan.end - 45 * day ? random.chance(0.97) : random.chance(0.45));
  return { article, read, starred: random.chance(0.004) };
}
