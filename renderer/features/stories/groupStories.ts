import type { ListSort } from '../../db/paging';
import type { ArticleRecord } from '../../db/records';

/** Versions of one story, as the list shows them: once, in the version the reader would rather read. */
export interface Story {
  /** The version the row shows and opens. */
  shown: ArticleRecord;
  /** Every listed version, the shown one included. */
  versions: ArticleRecord[];
  /** One version for each other language the story is listed in, by language code; each is a tag on the row. */
  otherLanguages: ArticleRecord[];
}

/**
 * Groups listed articles by story. The version shown is the newest in the reader's most preferred language that has one,
 * else the newest of all. Stories come newest first by the version shown (oldest first when the list is so sorted); an
 * article without a story key is a story alone.
 */
export function groupStories(articles: readonly ArticleRecord[], preferredLanguages: readonly string[], sort: ListSort = 'newest'): Story[] {
  const groups = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    const group = article.storyKey ?? `article ${article.key}`;
    const versions = groups.get(group);
    if (versions) versions.push(article);
    else groups.set(group, [article]);
  }
  const rank = (article: ArticleRecord) => {
    const index = article.language === null ? -1 : preferredLanguages.indexOf(article.language);
    return index === -1 ? preferredLanguages.length : index;
  };
  const stories = [...groups.values()].map((versions): Story => {
    const newestFirst = [...versions].sort((a, b) => b.sortTime - a.sortTime);
    const shown = newestFirst.reduce((best, candidate) => (rank(candidate) < rank(best) ? candidate : best));
    return { shown, versions: newestFirst, otherLanguages: otherLanguages(shown, newestFirst) };
  });
  const sign = sort === 'newest' ? 1 : -1;
  // Stable: stories as old as each other stay in the order the list read them.
  return stories.sort((a, b) => sign * (b.shown.sortTime - a.shown.sortTime));
}

/** The newest version in each language other than the shown one's, by language code. */
export function otherLanguages(shown: ArticleRecord, newestFirst: readonly ArticleRecord[]): ArticleRecord[] {
  const byLanguage = new Map<string, ArticleRecord>();
  for (const version of newestFirst) {
    if (version.language === null || version.language === shown.language || byLanguage.has(version.language)) continue;
    byLanguage.set(version.language, version);
  }
  return [...byLanguage.values()].sort((a, b) => (a.language ?? '').localeCompare(b.language ?? ''));
}
